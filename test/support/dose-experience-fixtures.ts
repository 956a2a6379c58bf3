/**
 * A ketamine program with doses, lots, settings and MEQ-30s for the dose–experience analysis
 * (test/integration/dose-experience.test.ts and the permission matrix): 12 started clients with
 * PHQ-9 at baseline, week 4 and month 3 (outcome-fixtures.ts); each has one dose on day 0 from one
 * of two lots, in one of two settings, and an MEQ-30 three hours later, every item answered 4 (a
 * complete mystical experience) for the first six and 2 for the others.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Agent, TestServer } from './harness.ts';
import { at, enrollWithScores, outcomeDefinition } from './outcome-fixtures.ts';
import { seedProgram, seedSession } from './programs-fixtures.ts';

const COMPLETE = ['screening', 'eligible', 'consented', 'active', 'completed'];
export const EXPERIENCE_SCORES: Array<Array<number | null>> = [
  [20, 8, 6],
  [16, 6, 4],
  [12, 4, 3],
  [22, 9, 10],
  [18, 10, null],
  [19, 8, 5],
  [18, 18, 20],
  [14, 12, null],
  [15, 14, 13],
  [11, 9, 8],
  [21, 11, null],
  [17, 16, 15],
];
/** mg/kg: 0.5 for the first four of each group, 1.0 for the rest (weight 80 kg). */
const doseOf = (i: number) => (i % 6 < 4 ? 40 : 80);

export interface ExperienceWorld {
  programId: string;
  clientIds: string[];
}

export async function seedExperienceWorld(
  server: TestServer,
  agent: Agent,
  organizationId: string,
  name: string,
): Promise<ExperienceWorld> {
  const db = server.ctx.db.kysely;
  const { programId } = await seedProgram(db, organizationId, { definition: outcomeDefinition(name) });
  const lots = ['K-A', 'K-B'].map((code) => ({ id: randomUUID(), code }));
  for (const l of lots)
    await db
      .insertInto('substance_lots')
      .values({
        id: l.id,
        organization_id: organizationId,
        code: `${l.code}-${name}`,
        substance_kind: 'ketamine-racemic',
        supplier: null,
        received_on: '2024-12-01',
        notes: null,
        created_by_user_id: null,
        created_at: at(-40),
      })
      .execute();
  const clientIds: string[] = [];
  for (const [i, scores] of EXPERIENCE_SCORES.entries()) {
    const { clientId, enrollmentId } = await enrollWithScores(server, agent, organizationId, programId, {
      path: COMPLETE,
      scores,
    });
    clientIds.push(clientId);
    const sessionId = await seedSession(db, organizationId, {
      programId,
      enrollmentId,
      name: 'Infusion',
      phase: 'immersion',
      dosing: { substance: 'ketamine', route: 'IV', mgPerKg: 0.5 },
      startsAt: at(0),
      endsAt: at(0.1),
      status: 'completed',
    });
    await db
      .insertInto('session_settings')
      .values({
        session_id: sessionId,
        organization_id: organizationId,
        music_program: i % 2 === 0 ? 'Wavepaths' : 'Johns Hopkins',
        sitters: 1,
        group_size: 1,
        eyeshades: i % 3 === 0 ? 'not-used' : 'worn',
        notes: null,
        updated_by_user_id: null,
        updated_at: at(0),
      })
      .execute();
    await db
      .insertInto('dosing_records')
      .values({
        id: randomUUID(),
        organization_id: organizationId,
        session_id: sessionId,
        enrollment_id: enrollmentId,
        client_id: clientId,
        substance: 'ketamine',
        substance_kind: 'ketamine-racemic',
        dose_mg: doseOf(i),
        dose_amount: doseOf(i),
        dose_unit: 'mg',
        weight_kg: 80,
        route: 'IV',
        lot_number: null,
        lot_id: lots[i < 6 ? 0 : 1]!.id,
        started_at: at(0),
        ended_at: null,
        discharge_ready: 0,
        discharged_at: null,
        discharge_note: null,
        notes: null,
        recorded_by_user_id: null,
        version: 1,
        created_at: at(0),
        updated_at: at(0),
      })
      .execute();
    const value = i < 6 ? 4 : 2;
    const answers = Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`q${k + 1}`, value]));
    const r = await agent.post(`/api/clients/${clientId}/responses`, {
      instrumentId: 'meq-30',
      answers,
      administeredAt: new Date(Date.parse(at(0)) + 3 * 3_600_000).toISOString(),
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  return { programId, clientIds };
}
