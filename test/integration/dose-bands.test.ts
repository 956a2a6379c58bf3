/**
 * A program's own dose bands (issue 19 part 3) on both databases: a clinical lead sets them, the
 * dose–experience analysis then cuts at them and says "program"; bad edges, units or substances are
 * a problem naming the field; roles without program.manage cannot set them; another
 * organization's program is not found; clearing them brings the derived bands back; every change is
 * audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoseBandsOut } from '../../src/api/dose-bands.ts';
import type { StaffDoseExperience } from '../../src/api/dose-experience.ts';
import { DATABASES } from '../support/databases.ts';
import { type ExperienceWorld, seedExperienceWorld } from '../support/dose-experience-fixtures.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('program-defined dose bands on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let world: ExperienceWorld;
  const url = () => `/api/programs/${world.programId}/dose-bands`;
  const analysis = async () =>
    (
      await clinician.get(`/api/programs/${world.programId}/outcomes/dose-experience`)
    ).json() as StaffDoseExperience;
  const ketamine = (edges: unknown[], unit = 'mg/kg') => ({
    bands: [{ substanceKind: 'ketamine-racemic', unit, edges }],
  });

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Bands Clinic');
    clinician = await server.as(org.users.clinician);
    world = await seedExperienceWorld(server, clinician, org.id, 'Banded series');
  }, 240_000);
  afterAll(async () => {
    await server?.close();
  });

  it('derives the bands while the program sets none', async () => {
    const res = await clinician.get(url());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as DoseBandsOut;
    expect(body.bands).toEqual([]);
    expect(body.units['psilocybin-truffles']).toEqual(['g-fresh', 'g-dry']);
    expect((await analysis()).bandings[0]).toMatchObject({ method: 'values', unit: 'mg/kg' });
  });

  it('uses the bands a clinical lead sets, and audits the change', async () => {
    const res = await clinician.put(url(), ketamine([0.5, 0.75]));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as DoseBandsOut).bands).toEqual([
      { substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 0.75] },
    ]);
    const body = await analysis();
    expect(body.bandings[0]).toMatchObject({
      method: 'program',
      unit: 'mg/kg',
      cuts: [0.5, 0.75],
      unbanded: 0,
    });
    // 0.5 mg/kg falls in "≤ 0.5", 1.0 in "> 0.75"; the empty middle band is dropped.
    expect(body.acute.doseBand.map((c) => [c.value, c.doses])).toEqual([
      ['ketamine-racemic:1', 8],
      ['ketamine-racemic:3', 4],
    ]);
    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select(['entity_id'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'program.dose-bands')
      .execute();
    expect(audit.map((a) => a.entity_id)).toContain(world.programId);
  });

  it('refuses bad bands with a problem naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [ketamine([0.75, 0.5]), 'bands[0].edges[1]'],
      [ketamine([0, 0.5]), 'bands[0].edges[0]'],
      [ketamine([-1]), 'bands[0].edges[0]'],
      [ketamine([]), 'bands[0].edges'],
      [ketamine([10, 15], 'g-fresh'), 'bands[0].unit'],
      [{ bands: [{ substanceKind: 'lsd', unit: 'mg', edges: [1] }] }, 'bands[0].substanceKind'],
      [
        {
          bands: [
            { substanceKind: 'esketamine', unit: 'mg', edges: [28] },
            { substanceKind: 'esketamine', unit: 'mg', edges: [56] },
          ],
        },
        'bands[1].substanceKind',
      ],
    ];
    for (const [body, field] of cases) {
      const problem = expectProblem(await clinician.put(url(), body), 400);
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expectProblem(await clinician.put(url(), { bands: [{ substanceKind: 'esketamine', unit: 'mg' }] }), 400);
    // Nothing changed.
    expect(((await clinician.get(url())).json() as DoseBandsOut).bands[0]!.edges).toEqual([0.5, 0.75]);
  });

  it('lets only those who manage programs set them; other organizations find nothing', async () => {
    for (const role of ['facilitator', 'researcher', 'intake'] as const) {
      const agent = await server.as(org.users[role]);
      expectProblem(await agent.put(url(), ketamine([1])), 403);
    }
    const facilitator = await server.as(org.users.facilitator);
    expect((await facilitator.get(url())).statusCode).toBe(200);
    const other = await server.createOrg('Other Bands Clinic');
    const stranger = await server.as(other.users.clinician);
    expectProblem(await stranger.get(url()), 404);
    expectProblem(await stranger.put(url(), ketamine([1])), 404);
  });

  it('brings the derived bands back when cleared', async () => {
    expect((await clinician.put(url(), { bands: [] })).statusCode).toBe(200);
    expect((await analysis()).bandings[0]).toMatchObject({ method: 'values' });
  });
});
