/**
 * The small outcome program of test/integration/outcomes.test.ts and meta-real-world.test.ts: one
 * infusion on day 0 and the PHQ-9 at day −7 (baseline), 28 (week 4) and 90 (month 3), each with a
 * ±7-day window, all closed long ago; and clients enrolled in it with a status history and scores
 * entered through the API (so the derived outcome rows come from the real write path).
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ProgramDefinition } from '../../src/domain/programs/types.ts';
import { type Agent, type TestServer, validClient } from './harness.ts';
import { testDefinition } from './programs-fixtures.ts';

export const START = '2025-01-06';
const DAY = 86_400_000;
/** The instant `day` days after the program's start, at 10:00 UTC. */
export const at = (day: number) => new Date(Date.parse(`${START}T10:00:00Z`) + day * DAY).toISOString();
/** The assessment days, in schedule order. */
export const ASSESSMENT_DAYS = [-7, 28, 90] as const;

export function outcomeDefinition(name: string): ProgramDefinition {
  return testDefinition({
    name,
    format: 'individual',
    sessions: [
      {
        key: 'infusion',
        name: 'Infusion',
        phase: 'immersion',
        kind: 'personal',
        dosing: { substance: 'ketamine', route: 'IV', mgPerKg: 0.5 },
        days: [0],
        startTime: '10:00',
        durationMinutes: 120,
        facilitatorsNeeded: 1,
        arms: null,
        description: '',
      },
    ],
    assessments: (
      [
        ['baseline', 'Baseline'],
        ['week-4', 'Week 4'],
        ['month-3', 'Month 3'],
      ] as const
    ).map(([key, label], i) => ({
      key,
      instrumentId: 'phq-9',
      label,
      anchor: 'start' as const,
      dosingNumbers: null,
      offset: { amount: ASSESSMENT_DAYS[i]!, unit: 'days' as const },
      window: { beforeDays: 7, afterDays: 7 },
      arms: null,
    })),
  });
}

/** PHQ-9 answers with this total (items filled with 3s, item 9 left at 0, so no safety alert). */
export function phq9AnswersFor(total: number): Record<string, number> {
  const out: Record<string, number> = {};
  let left = total;
  for (let i = 1; i <= 9; i++) {
    const v = i === 9 ? 0 : Math.min(3, left);
    out[`q${i}`] = v;
    left -= v;
  }
  if (left !== 0) throw new Error(`cannot make ${total} without item 9`);
  return out;
}

export interface OutcomePerson {
  /** Statuses after 'referred', in order; the last is the current one (none: still referred). */
  path: string[];
  /** PHQ-9 totals at the three assessments (null: not answered). */
  scores: Array<number | null>;
  /** Overrides of the client's fields. */
  client?: Record<string, unknown>;
  /** A fixed enrollment id (reports order clients by it); a random one otherwise. */
  enrollmentId?: string;
  /** The cohort the enrollment belongs to; none by default. */
  cohortId?: string;
}

/** Creates the client, enrolls them with their status history, and enters their scores. */
export async function enrollWithScores(
  server: TestServer,
  agent: Agent,
  organizationId: string,
  programId: string,
  person: OutcomePerson,
): Promise<{ clientId: string; enrollmentId: string }> {
  const db = server.ctx.db.kysely;
  const res = await agent.post('/api/clients', validClient({ email: null, ...person.client }));
  expect(res.statusCode, res.body).toBe(201);
  const clientId = (res.json() as { id: string }).id;
  const enrollmentId = person.enrollmentId ?? randomUUID();
  const status = person.path.at(-1) ?? 'referred';
  await db
    .insertInto('enrollments')
    .values({
      id: enrollmentId,
      organization_id: organizationId,
      client_id: clientId,
      program_id: programId,
      program_version: 1,
      cohort_id: person.cohortId ?? null,
      arm: null,
      condition: 'depression',
      start_date: START,
      status,
      status_reason: status === 'withdrawn' ? 'moved away' : null,
      status_changed_at: at(0),
      version: 1,
      created_at: at(-30),
      updated_at: at(0),
    })
    .execute();
  let from: string | null = null;
  for (const to of ['referred', ...person.path]) {
    await db
      .insertInto('enrollment_events')
      .values({
        id: randomUUID(),
        organization_id: organizationId,
        enrollment_id: enrollmentId,
        from_status: from,
        to_status: to,
        reason: null,
        user_id: null,
        at: at(-30),
      })
      .execute();
    from = to;
  }
  for (const [i, total] of person.scores.entries()) {
    if (total === null) continue;
    const r = await agent.post(`/api/clients/${clientId}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9AnswersFor(total),
      administeredAt: at(ASSESSMENT_DAYS[i]!),
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  return { clientId, enrollmentId };
}
