/**
 * The dose–experience–outcome analysis (issue 19 part 3) on both databases: each dose's MEQ-30 is
 * the one after it, cells by dose band, lot and setting count what was seeded, the later outcome
 * splits clients by a complete mystical experience and fits the mixed model with it as a
 * covariate; the read is audited; a researcher gets small cells withheld and no client named;
 * another organization's program is not found and bad input is a problem naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoseExperience, StaffDoseExperience } from '../../src/api/dose-experience.ts';
import { DATABASES } from '../support/databases.ts';
import { type ExperienceWorld, seedExperienceWorld } from '../support/dose-experience-fixtures.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('dose–experience–outcome analysis on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let clinician: Agent;
  let world: ExperienceWorld;
  const url = () => `/api/programs/${world.programId}/outcomes/dose-experience`;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Experience Clinic');
    other = await server.createOrg('Other Clinic');
    clinician = await server.as(org.users.clinician);
    world = await seedExperienceWorld(server, clinician, org.id, 'Ketamine series');
  }, 240_000);
  afterAll(async () => {
    await server?.close();
  });

  it('gives staff the acute experience per cell and the later outcome by it, and audits the read', async () => {
    const res = await clinician.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as StaffDoseExperience;
    expect([body.doses, body.rated, body.unjudged, body.hasCeq]).toEqual([12, 12, 0, false]);
    expect(body.instrument?.id).toBe('phq-9');
    expect(body.bandings).toEqual([
      expect.objectContaining({ substance: 'ketamine-racemic', unit: 'mg/kg', method: 'values', cuts: [] }),
    ]);
    expect(body.acute.doseBand.map((c) => [c.value, c.doses, c.complete.events])).toEqual([
      ['ketamine-racemic:1', 8, 4],
      ['ketamine-racemic:2', 4, 2],
    ]);
    const lots = body.acute.lot;
    expect(lots.map((c) => [c.doses, c.complete.events, c.meqTotal.mean])).toEqual([
      [6, 6, 4],
      [6, 0, 2],
    ]);
    expect(lots[0]!.complete.ci?.upper).toBe(100);
    expect(body.acute.musicProgram.map((c) => c.value)).toEqual(['Johns Hopkins', 'Wavepaths']);
    expect(body.acute.clientsPerSitter.map((c) => [c.value, c.doses])).toEqual([['1', 12]]);
    expect(body.completeDefinition.source).toMatch(/60% of maximum/);

    const later = body.later!;
    expect([later.withClients, later.withoutClients, later.unknownClients]).toEqual([6, 6, 0]);
    expect(later.timepoints.map((t) => t.key)).toHaveLength(2);
    const week4 = later.timepoints[0]!;
    expect([week4.with.expected, week4.with.assessed]).toEqual([6, 6]);
    // Week 4, with: 20→8, 16→6, 12→4, 22→9, 18→10, 19→8: five of six halved.
    expect([week4.with.response?.events, week4.with.response?.n]).toEqual([5, 6]);
    expect([week4.without.response?.events, week4.without.response?.n]).toEqual([0, 6]);
    expect(week4.responseDifference?.estimate).toBeCloseTo((5 / 6) * 100, 10);
    expect(later.model?.effect.mean).toBeLessThan(0);
    expect([later.model?.withClients, later.model?.withoutClients]).toEqual([6, 6]);

    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select(['entity_id', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'outcomes.dose-experience')
      .execute();
    expect(audit.map((a) => a.entity_id)).toContain(world.programId);
  });

  it('gives a researcher aggregates only, small cells withheld, no client named', async () => {
    const researcher = await server.as(org.users.researcher);
    const res = await researcher.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as DoseExperience;
    expect(body.deidentified).toBe(true);
    expect(body.minCellSize).toBe(5);
    for (const id of world.clientIds) expect(res.body).not.toContain(id);
    const band2 = body.acute.doseBand.find((c) => c.value === 'ketamine-racemic:2')!;
    expect(band2).toMatchObject({ suppressed: { threshold: 5 } });
    const lot = body.acute.lot[0]!;
    expect('suppressed' in lot).toBe(false);
    expect(body.later?.model).not.toHaveProperty('suppressed');
  });

  it("refuses another organization's program, an unknown instrument and an unknown parameter", async () => {
    const stranger = await server.as(other.users.clinician);
    expectProblem(await stranger.get(url()), 404);
    const bad = expectProblem(await clinician.get(`${url()}?instrument=gad-7`), 400);
    expect(JSON.stringify(bad)).toContain('instrument');
    expectProblem(await clinician.get(`${url()}?cohort=x`), 400);
    expectProblem(await clinician.get('/api/programs/not-a-uuid/outcomes/dose-experience'), 400);
  });

  it('refuses roles without outcome.read', async () => {
    const intake = await server.as(org.users.intake);
    expectProblem(await intake.get(url()), 403);
  });

  it('leaves out an MEQ-30 whose stored subscales cannot be judged, and says so', async () => {
    const db = server.ctx.db.kysely;
    const row = await db
      .selectFrom('questionnaire_responses')
      .select('id')
      .where('organization_id', '=', org.id)
      .where('client_id', '=', world.clientIds[0]!)
      .where('instrument_id', '=', 'meq-30')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('questionnaire_responses')
      .set({ subscales: '{}' })
      .where('id', '=', row.id)
      .execute();
    const body = (await clinician.get(url())).json() as StaffDoseExperience;
    expect([body.rated, body.unjudged]).toEqual([11, 1]);
  });
});
