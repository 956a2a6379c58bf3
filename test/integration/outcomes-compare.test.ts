/**
 * Two cohorts compared, the summary tables as CSV and the report as sent, on both databases.
 * Cohort A: 8 started (A7 without month 3, A8 withdrew after baseline); cohort B: 4 started (B4
 * without month 3). Week 4 pairs: A 7, B 4; month 3: A 6, B 3. A researcher's minimum cell is 5,
 * so cohort B is withheld from them whole, and every A − B with it.
 */
import { parse } from 'csv-parse/sync';
import fastJson from 'fast-json-stringify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Outcomes, OutcomesSchema, type StaffOutcomes } from '../../src/api/outcomes.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import {
  ASSESSMENT_DAYS,
  at,
  enrollWithScores,
  outcomeDefinition,
  phq9AnswersFor,
} from '../support/outcome-fixtures.ts';
import { expectProblem } from '../support/problem.ts';

/** A 400 problem naming exactly this field. */
const refused = (res: Parameters<typeof expectProblem>[0], field: string) => {
  expectProblem(res, 400, 'validation');
  expect((res.json() as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toEqual([field]);
};

import { seedCohort, seedProgram } from '../support/programs-fixtures.ts';

const COMPLETE = ['screening', 'eligible', 'consented', 'active', 'completed'];
const WITHDREW = ['screening', 'eligible', 'consented', 'active', 'withdrawn'];
const COHORTS = { A: 'Spring retreat', B: 'Autumn retreat' } as const;
const PEOPLE: Array<{ cohort: 'A' | 'B'; path: string[]; scores: Array<number | null> }> = [
  { cohort: 'A', path: COMPLETE, scores: [20, 10, 8] },
  { cohort: 'A', path: COMPLETE, scores: [16, 12, 6] },
  { cohort: 'A', path: COMPLETE, scores: [12, 4, 4] },
  { cohort: 'A', path: COMPLETE, scores: [22, 9, 14] },
  { cohort: 'A', path: COMPLETE, scores: [10, 13, 9] },
  { cohort: 'A', path: COMPLETE, scores: [18, 18, 20] },
  { cohort: 'A', path: COMPLETE, scores: [14, 7, null] },
  { cohort: 'A', path: WITHDREW, scores: [18, null, null] },
  { cohort: 'B', path: COMPLETE, scores: [19, 8, 5] },
  { cohort: 'B', path: COMPLETE, scores: [15, 14, 3] },
  { cohort: 'B', path: COMPLETE, scores: [11, 2, 2] },
  { cohort: 'B', path: COMPLETE, scores: [21, 11, null] },
];

type Row = Record<string, string>;
const csvRows = (body: string) => parse(body, { columns: true }) as Row[];

describe.each(DATABASES)('cohort comparison and summary tables on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let researcher: Agent;
  let programId: string;
  const cohortIds = { A: '', B: '' };
  let lateClient = '';
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Comparison Clinic');
    clinician = await server.as(org.users.clinician);
    researcher = await server.as(org.users.researcher);
    programId = (await seedProgram(db(), org.id, { definition: outcomeDefinition('Retreat program') }))
      .programId;
    cohortIds.A = await seedCohort(db(), org.id, { programId, name: COHORTS.A, startDate: '2027-04-07' });
    cohortIds.B = await seedCohort(db(), org.id, { programId, name: COHORTS.B, startDate: '2027-10-03' });
    for (const p of PEOPLE) {
      const { clientId } = await enrollWithScores(server, clinician, org.id, programId, {
        path: p.path,
        scores: p.scores,
        cohortId: cohortIds[p.cohort],
      });
      if (p.cohort === 'B' && p.scores[2] === null) lateClient = clientId;
    }
  });
  afterAll(() => server?.close());

  const get = async (agent: Agent, path: string) => {
    const res = await agent.get(`/api/programs/${programId}/${path}`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const pairQuery = (a: string, b: string) => `?compare=${a}&compareWith=${b}`;

  it('compares the two cohorts for staff: each cohort as on its own, and A − B as the subgroups give it', async () => {
    const o = (
      await get(clinician, `outcomes${pairQuery(cohortIds.A, cohortIds.B)}`)
    ).json() as StaffOutcomes;
    const c = o.report!.comparison!;
    expect(c.a).toEqual({ group: COHORTS.A, subjects: 8 });
    expect(c.b).toEqual({ group: COHORTS.B, subjects: 4 });
    expect(c.timepoints.map((t) => [t.a.change?.n ?? null, t.b.change?.n ?? null])).toEqual([
      [null, null],
      [7, 4],
      [6, 3],
    ]);
    expect(c.timepoints.map((t) => t.nTooSmall)).toEqual([false, true, true]);
    // Cohort A alone (the cohort filter) gives the same figures as side A.
    const alone = (await get(clinician, `outcomes?cohort=${cohortIds.A}`)).json() as StaffOutcomes;
    expect(c.timepoints.map((t) => t.a)).toEqual(alone.report!.timepoints);
    // A − B equals the subgroup comparison of A against reference B.
    const grouped = (
      await get(clinician, `outcomes?groupBy=cohort&reference=${encodeURIComponent(COHORTS.B)}`)
    ).json() as StaffOutcomes;
    const sub = grouped.report!.subgroups;
    for (const t of c.timepoints.slice(1)) {
      const s = sub!.comparisons.find((x) => x.timepointKey === t.key)!;
      expect(t.meanChangeDifference).toEqual(s.meanChangeDifference);
      expect(t.responseDifference).toEqual(s.responseDifference);
    }
  });

  it('refuses a cohort of no such program and the same cohort twice, naming the field; one alone compares nothing', async () => {
    refused(
      await clinician.get(`/api/programs/${programId}/outcomes${pairQuery(cohortIds.A, cohortIds.A)}`),
      'compareWith',
    );
    refused(
      await clinician.get(
        `/api/programs/${programId}/outcomes${pairQuery(cohortIds.A, '00000000-0000-4000-8000-000000000000')}`,
      ),
      'compareWith',
    );
    const one = (await get(clinician, `outcomes?compare=${cohortIds.A}`)).json() as StaffOutcomes;
    expect(one.report!.comparison).toBeNull();
  });

  it('gives a researcher the comparison by their keys, the small cohort withheld whole', async () => {
    refused(
      await researcher.get(`/api/programs/${programId}/outcomes${pairQuery(cohortIds.A, cohortIds.B)}`),
      'compare',
    );
    const keys = ((await get(researcher, 'outcomes')).json() as Outcomes).filters.cohort.map((k) => k.value);
    const res = await get(researcher, `outcomes${pairQuery(keys[0]!, keys[1]!)}`);
    for (const secret of [...Object.values(cohortIds), ...Object.values(COHORTS)])
      expect(res.body).not.toContain(secret);
    const o = res.json() as Outcomes;
    const report = o.report as Exclude<Outcomes['report'], null | { suppressed: unknown }>;
    const c = report.comparison!;
    const small = c.a.subjects === 4 ? 'a' : 'b';
    const large = small === 'a' ? 'b' : 'a';
    for (const t of c.timepoints) {
      expect(t[small]).toEqual({ suppressed: { reason: 'fewer than 5 clients', threshold: 5 } });
      expect('suppressed' in t[large]).toBe(false);
      if (t.meanChangeDifference) expect('suppressed' in t.meanChangeDifference).toBe(true);
    }
  });

  it('writes the summary tables as tidy CSV, the same numbers as the report, small cells withheld for a researcher', async () => {
    const q = pairQuery(cohortIds.A, cohortIds.B);
    const report = ((await get(clinician, `outcomes${q}`)).json() as StaffOutcomes).report!;
    const res = await get(clinician, `outcomes/summary.csv${q}`);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="outcomes-summary-.*\.csv"$/);
    const rows = csvRows(res.body);
    const week4 = report.timepoints[1]!;
    const change = rows.find(
      (r) => r.table === 'timepoints' && r.timepoint === week4.key && r.statistic === 'change_mean',
    )!;
    expect([Number(change.n), Number(change.estimate), Number(change.lower), Number(change.upper)]).toEqual([
      week4.change!.n,
      week4.change!.mean,
      week4.change!.ci!.lower,
      week4.change!.ci!.upper,
    ]);
    const diff = rows.find(
      (r) => r.table === 'cohorts' && r.timepoint === week4.key && r.statistic === 'change_mean_difference',
    )!;
    expect(diff.group).toBe(`${COHORTS.A} − ${COHORTS.B}`);
    expect(Number(diff.estimate)).toBe(report.comparison!.timepoints[1]!.meanChangeDifference!.estimate);
    expect(rows.every((r) => r.suppressed === 'NA')).toBe(true);

    const keys = ((await get(researcher, 'outcomes')).json() as Outcomes).filters.cohort.map((k) => k.value);
    const theirs = await get(researcher, `outcomes/summary.csv${pairQuery(keys[0]!, keys[1]!)}`);
    for (const secret of [...Object.values(cohortIds), ...Object.values(COHORTS)])
      expect(theirs.body).not.toContain(secret);
    const withheld = csvRows(theirs.body).filter((r) => r.suppressed !== 'NA');
    expect(withheld.length).toBeGreaterThan(0);
    for (const r of withheld) {
      expect(r.suppressed).toBe('fewer than 5 clients');
      expect([r.n, r.estimate, r.lower, r.upper]).toEqual(['NA', 'NA', 'NA', 'NA']);
    }
  });

  it('follows a new response at once: the report and the tables never show the numbers before it', async () => {
    const q = pairQuery(cohortIds.A, cohortIds.B);
    const before = ((await get(clinician, `outcomes${q}`)).json() as StaffOutcomes).report!;
    expect(before.timepoints[2]!.assessed).toBe(9);
    const r = await clinician.post(`/api/clients/${lateClient}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9AnswersFor(4),
      administeredAt: at(ASSESSMENT_DAYS[2]),
    });
    expect(r.statusCode, r.body).toBe(201);
    const after = ((await get(clinician, `outcomes${q}`)).json() as StaffOutcomes).report!;
    expect(after.timepoints[2]!.assessed).toBe(10);
    expect(after.comparison!.timepoints[2]!.b.change!.n).toBe(4);
    const rows = csvRows((await get(clinician, `outcomes/summary.csv${q}`)).body);
    const assessed = rows.find(
      (x) =>
        x.table === 'timepoints' && x.timepoint === after.timepoints[2]!.key && x.statistic === 'assessed',
    )!;
    expect(assessed.estimate).toBe('10');
  });

  it('sends the report with nothing beyond its schema (JSON.stringify, not fast-json-stringify)', async () => {
    for (const [agent, q] of [
      [clinician, `?groupBy=cohort${pairQuery(cohortIds.A, cohortIds.B).replace('?', '&')}`],
      [researcher, '?groupBy=cohort'],
    ] as const) {
      const body = (await get(agent, `outcomes${q}`)).json();
      expect(JSON.parse(fastJson(OutcomesSchema)(body))).toEqual(body);
    }
  });
});
