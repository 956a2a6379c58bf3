/**
 * Published outcome summaries (issue 19, part 7) on both databases: opt-in per program by staff
 * who manage programs (audited), checked whole before anything is stored; the public JSON and page
 * show response and remission with n assessed of expected, withhold every cell under the public
 * minimum, name no client and no cohort, and disappear when withdrawn.
 *
 * The data: 12 started clients with PHQ-9 at baseline, week 4 and month 3 (week 4: 12 pairs;
 * month 3: 8 pairs), and one referred client who never started.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkSettingsOut, PublicBenchmark } from '../../src/api/benchmarks.ts';
import type { Outcomes } from '../../src/api/outcomes.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { enrollWithScores, outcomeDefinition } from '../support/outcome-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { seedCohort, seedProgram } from '../support/programs-fixtures.ts';

const COMPLETE = ['screening', 'eligible', 'consented', 'active', 'completed'];
const SCORES: Array<Array<number | null>> = [
  [20, 8, 6],
  [16, 12, 9],
  [12, 4, 3],
  [22, 9, 14],
  [10, 13, null],
  [18, 18, 20],
  [14, 7, null],
  [19, 8, 5],
  [15, 14, null],
  [11, 2, 2],
  [21, 11, null],
  [17, 6, 4],
];
const COHORT = 'Voorjaar 2027 (besloten)';

describe.each(DATABASES)('published outcome summaries on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let programId: string;
  const enrollmentIds: string[] = [];
  const db = () => server.ctx.db.kysely;
  const url = () => `/api/programs/${programId}/benchmark`;
  const publicJson = (slug = org.slug) =>
    server.agent().get(`/api/public/organizations/${slug}/benchmarks/${programId}`);

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Benchmark Clinic');
    other = await server.createOrg('Other Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    programId = (await seedProgram(db(), org.id, { definition: outcomeDefinition('Lenteretraite') }))
      .programId;
    const cohortId = await seedCohort(db(), org.id, { programId, name: COHORT, startDate: '2027-03-01' });
    for (const scores of SCORES) {
      const e = await enrollWithScores(server, clinician, org.id, programId, {
        path: COMPLETE,
        scores,
        cohortId,
      });
      enrollmentIds.push(e.enrollmentId, e.clientId);
    }
    await enrollWithScores(server, clinician, org.id, programId, { path: [], scores: [null, null, null] });
  });
  afterAll(() => server?.close());

  it('starts unpublished, with the public minimum as the floor; the public side finds nothing', async () => {
    const res = await clinician.get(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      published: false,
      instrumentId: 'phq-9',
      minCellSize: 10,
      minCellFloor: 10,
      studyIds: [],
      links: null,
    } satisfies Partial<BenchmarkSettingsOut>);
    expectProblem(await publicJson(), 404);
    expectProblem(await server.agent().get(`/results/${org.slug}/${programId}`), 404);
  });

  it('refuses bad settings naming the field, and stores nothing', async () => {
    const ok = { instrumentId: 'phq-9', minCellSize: 10, studyIds: ['goodwin-2022'] };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...ok, instrumentId: 'gad-7' }, 'instrumentId'],
      [{ ...ok, minCellSize: 5 }, 'minCellSize'],
      [{ ...ok, studyIds: ['goodwin-2022', 'no-such-study'] }, 'studyIds.1'],
      [{ ...ok, studyIds: ['Not A Slug'] }, 'studyIds.0'],
    ];
    for (const [body, field] of cases) {
      const problem = expectProblem(await owner.put(url(), body), 400);
      expect(
        problem.errors?.map((e) => e.field.replace(/^\//, '').replaceAll('/', '.')),
        JSON.stringify(problem),
      ).toContain(field);
    }
    expect((await clinician.get(url())).json().published).toBe(false);
    expect(await db().selectFrom('public_benchmarks').selectAll().execute()).toEqual([]);
  });

  it('lets only those who manage programs publish', async () => {
    const body = { instrumentId: 'phq-9', minCellSize: 10, studyIds: [] };
    for (const role of ['facilitator', 'intake', 'researcher'] as const) {
      const agent = await server.as(org.users[role]);
      expectProblem(await agent.put(url(), body), 403);
    }
    const stranger = await server.as(other.users.owner);
    expectProblem(await stranger.put(url(), body), 404);
  });

  it('publishes (audited) a summary that matches the outcomes page and withholds small cells', async () => {
    const res = await clinician.put(url(), {
      instrumentId: 'phq-9',
      minCellSize: 10,
      studyIds: ['goodwin-2022'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const settings = res.json() as BenchmarkSettingsOut;
    expect(settings.published).toBe(true);
    expect(settings.links?.page).toBe(`/results/${org.slug}/${programId}`);
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'entity_id'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'benchmark.publish')
      .execute();
    expect(audit).toEqual([{ action: 'benchmark.publish', entity_id: programId }]);

    const pub = await publicJson();
    expect(pub.statusCode, pub.body).toBe(200);
    const b = pub.json() as PublicBenchmark;
    if ('suppressed' in b.summary) throw new Error('12 clients are enough');
    expect(b.summary.started).toBe(12);
    const staff = (await clinician.get(`/api/programs/${programId}/outcomes`)).json() as Outcomes;
    const report = staff.report;
    if (!report || 'suppressed' in report) throw new Error('staff see the report');
    const [week4, month3] = b.summary.timepoints;
    const staffWeek4 = report.timepoints.find((t) => t.key === week4!.key)!;
    expect(week4).toMatchObject({
      expected: staffWeek4.expected,
      assessed: 12,
      response: staffWeek4.response,
    });
    expect(month3!.assessed).toBe(8);
    expect(month3!.response).toEqual({ suppressed: { reason: 'fewer than 10 clients', threshold: 10 } });
    expect(b.studies.map((s) => s.id)).toEqual(['goodwin-2022']);
    expect(b.studies[0]!.results.length).toBeGreaterThan(0);
    for (const id of enrollmentIds) expect(pub.body).not.toContain(id);
    expect(pub.body).not.toContain(COHORT);
  });

  it('lists published programs and serves the page in Dutch, or English when asked', async () => {
    const list = await server.agent().get(`/api/public/organizations/${org.slug}/benchmarks`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ programId, programName: 'Lenteretraite' })]);

    const nl = await server.agent().request({
      method: 'GET',
      url: `/results/${org.slug}/${programId}`,
      headers: { 'accept-language': 'nl-NL,nl;q=0.9' },
    });
    expect(nl.statusCode).toBe(200);
    expect(nl.headers['content-type']).toMatch(/^text\/html/);
    expect(String(nl.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(nl.body).toContain('<html lang="nl">');
    expect(nl.body).toContain('Niet getoond: minder dan 10 cliënten.');
    const en = await server.agent().get(`/results/${org.slug}/${programId}?lang=en`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Not shown: fewer than 10 clients.');
    expect(en.body).not.toContain(COHORT);
  });

  it("is not found under another organization's address", async () => {
    expectProblem(await publicJson(other.slug), 404);
  });

  it('withholds the whole summary when the minimum is above the number who started', async () => {
    expect(
      (await owner.put(url(), { instrumentId: 'phq-9', minCellSize: 13, studyIds: [] })).statusCode,
    ).toBe(200);
    const b = (await publicJson()).json() as PublicBenchmark;
    expect(b.summary).toMatchObject({ suppressed: { threshold: 13 } });
    expect(b.summary).not.toHaveProperty('started');
  });

  it('withdraws (audited): the public side finds nothing again', async () => {
    expect((await owner.delete(url())).statusCode).toBe(204);
    expectProblem(await publicJson(), 404);
    expectProblem(await owner.delete(url()), 404);
    const actions = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'benchmark.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'benchmark.publish',
      'benchmark.publish',
      'benchmark.withdraw',
    ]);
  });
});
