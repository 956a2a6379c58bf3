/**
 * Disclosure control of a program's outcomes (issue 14, findings 1 and 7; issue 13), on both
 * databases. The attack: cohort names hold dates and a cohort starts on one day, so a researcher
 * who sees a real cohort id or name beside the shifted start dates of its clients recovers every
 * client's date shift. Here a researcher sees no cohort id or name anywhere, filters only by their
 * own pseudonymous keys (the same in every export, another researcher's differ), and gets
 * aggregates over fewer clients than the organization's minimum withheld; a clinician gets every
 * number with "n too small" beside effect sizes under 10 clients. Every CSV guards text that a
 * spreadsheet would run as a formula and leaves numbers numeric, and its per-row verdicts are the
 * domain's.
 *
 * The data: cohort A (8 started: A1–A6 complete, A7 without month 3, A8 withdrew after baseline),
 * cohort B (4 started, B4 without month 3; B5 referred only). Week 4 pairs: 7 + 4 = 11; month 3:
 * 6 + 3 = 9.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcomes, StaffOutcomes } from '../../src/api/outcomes.ts';
import { compareScores } from '../../src/domain/instruments/change.ts';
import { getInstrument } from '../../src/domain/instruments/registry.ts';
import type { Score } from '../../src/domain/instruments/types.ts';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { addMember } from '../../src/server/organizations/service.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, PASSWORD, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { enrollWithScores, outcomeDefinition } from '../support/outcome-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { seedCohort, seedProgram } from '../support/programs-fixtures.ts';

const COMPLETE = ['screening', 'eligible', 'consented', 'active', 'completed'];
const WITHDREW = ['screening', 'eligible', 'consented', 'active', 'withdrawn'];
const COHORTS = { A: 'Retreat 7 Jan 2027 (demo)', B: 'Retreat 3 Mar 2027 (demo)' } as const;
const PEOPLE: Array<{ cohort: 'A' | 'B'; path: string[]; scores: Array<number | null>; gender?: string }> = [
  { cohort: 'A', path: COMPLETE, scores: [20, 10, 8], gender: '=HYPERLINK("http://evil.example")' },
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
  { cohort: 'B', path: [], scores: [null, null, null] },
];

const csvRows = (body: string) => parse(body, { columns: true }) as Array<Record<string, string>>;

describe.each(DATABASES)('outcome disclosure control on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let researcher: Agent;
  let otherResearcher: Agent;
  let programId: string;
  const cohortIds = { A: '', B: '' };
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Disclosure Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    researcher = await server.as(org.users.researcher);
    const second = `second-researcher@${org.slug}.example`;
    await addMember(server.ctx, org.id, systemActor('test'), {
      email: second,
      name: 'Second researcher',
      role: 'researcher',
      password: PASSWORD,
    });
    otherResearcher = await server.as(second);
    programId = (await seedProgram(db(), org.id, { definition: outcomeDefinition('@Retreat program') }))
      .programId;
    cohortIds.A = await seedCohort(db(), org.id, { programId, name: COHORTS.A, startDate: '2027-01-07' });
    cohortIds.B = await seedCohort(db(), org.id, { programId, name: COHORTS.B, startDate: '2027-03-03' });
    for (const p of PEOPLE) {
      await enrollWithScores(server, clinician, org.id, programId, {
        path: p.path,
        scores: p.scores,
        cohortId: cohortIds[p.cohort],
        client: p.gender ? { gender: p.gender } : {},
      });
    }
  });
  afterAll(() => server?.close());

  const json = async (agent: Agent, query = '') => {
    const res = await agent.get(`/api/programs/${programId}/outcomes${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return { body: res.body, o: res.json() as Outcomes };
  };
  const csv = async (agent: Agent, query = '') => {
    const res = await agent.get(`/api/programs/${programId}/outcomes.csv${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  };
  const leaks = (text: string) => {
    for (const id of Object.values(cohortIds)) expect(text).not.toContain(id);
    for (const name of Object.values(COHORTS)) expect(text).not.toContain(name);
    expect(text).not.toMatch(/2027|Retreat \d/);
  };
  const setMinCell = async (n: number) => {
    const res = await owner.patch('/api/organization', { minCellSize: n });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().minCellSize).toBe(n);
  };

  it('shows a researcher no real cohort id or name, in the report or the CSV', async () => {
    const plain = await json(researcher);
    const grouped = await json(researcher, '?groupBy=cohort');
    const body = await csv(researcher);
    for (const text of [plain.body, grouped.body, body]) leaks(text);
    const keys = plain.o.filters.cohort.map((c) => c.value);
    expect(keys).toHaveLength(2);
    for (const k of keys) expect(k).toMatch(/^C-[0-9a-f]{12}$/);
    expect(plain.o.filters.cohort.map((c) => c.label)).toEqual(keys);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(csvRows(body).map((r) => r.cohort))).toEqual(new Set(keys));
    const groups = grouped.o.report && 'subgroups' in grouped.o.report ? grouped.o.report.subgroups : null;
    expect(groups!.groups.map((g) => g.group).sort()).toEqual(keys);

    // The clinician still sees names, and filters by id.
    const staff = await json(clinician, `?cohort=${cohortIds.B}`);
    expect(staff.o.filters.cohort.map((c) => c.label).sort()).toEqual([COHORTS.A, COHORTS.B].sort());
    expect((staff.o as StaffOutcomes).report!.subjects).toBe(4);
  });

  it("refuses a real cohort id from a researcher, and filters by the researcher's own key", async () => {
    for (const bad of [cohortIds.A, 'C-000000000000', 'Retreat']) {
      const p = expectProblem(await researcher.get(`/api/programs/${programId}/outcomes?cohort=${bad}`), 400);
      expect(JSON.stringify(p)).toContain('cohort');
      expectProblem(await researcher.get(`/api/programs/${programId}/outcomes.csv?cohort=${bad}`), 400);
    }
    expectProblem(await clinician.get(`/api/programs/${programId}/outcomes?cohort=C-000000000000`), 400);

    const keys = (await json(researcher)).o.filters.cohort.map((c) => c.value);
    const rows = await Promise.all(keys.map(async (k) => csvRows(await csv(researcher, `?cohort=${k}`))));
    // 8 + 5 clients × 3 timepoints, each key's rows only its own cohort's.
    expect(rows.map((r) => r.length).sort()).toEqual([15, 24]);
    for (const [i, r] of rows.entries()) expect(new Set(r.map((x) => x.cohort))).toEqual(new Set([keys[i]]));

    // Stable across exports for one researcher; another researcher's keys differ.
    expect((await json(researcher)).o.filters.cohort.map((c) => c.value)).toEqual(keys);
    expect(new Set(csvRows(await csv(researcher)).map((r) => r.cohort))).toEqual(new Set(keys));
    const theirs = (await json(otherResearcher)).o.filters.cohort.map((c) => c.value);
    expect(theirs).toHaveLength(2);
    for (const k of theirs) expect(keys).not.toContain(k);
    expectProblem(await otherResearcher.get(`/api/programs/${programId}/outcomes?cohort=${keys[0]}`), 400);
  });

  it("suppresses a researcher's small cells at the organization's threshold (5, then 3)", async () => {
    const keyOf = async (agent: Agent, size: number) => {
      const g = (await json(agent, '?groupBy=cohort&reference=x')).o.report;
      const groups = g && 'subgroups' in g ? g.subgroups!.groups : [];
      return groups.find((x) => ('subjects' in x ? x.subjects === size : false))?.group;
    };
    expect((await owner.get('/api/organization')).json().minCellSize).toBe(5);
    const { o } = await json(researcher, '?groupBy=cohort');
    const report = o.report!;
    if ('suppressed' in report) throw new Error('the whole report is withheld');
    const small = report.subgroups!.groups.find((g) => 'suppressed' in g)!;
    expect(small).toEqual({
      group: small.group,
      suppressed: { reason: 'fewer than 5 clients', threshold: 5 },
    });
    expect(report.subgroups!.groups.find((g) => 'subjects' in g)).toMatchObject({ subjects: 8 });
    for (const c of report.subgroups!.comparisons) expect(c).toHaveProperty('suppressed.threshold', 5);
    // The flow's exits of one client (one withdrew, one not screened yet) are withheld; boxes stay.
    const started = o.flow.find((n) => n.key === 'started')!;
    expect(started).toMatchObject({ n: 12, exits: [{ reason: 'withdrew', suppressed: { threshold: 5 } }] });
    // The whole report of cohort B (4 clients) is withheld.
    const bOnly = (await json(researcher, `?cohort=${small.group}`)).o;
    expect(bOnly.report).toMatchObject({ instrumentId: 'phq-9', suppressed: { threshold: 5 } });
    expect(bOnly.report).not.toHaveProperty('timepoints');
    expect(await keyOf(researcher, 4)).toBeUndefined();

    expectProblem(await owner.patch('/api/organization', { minCellSize: 1 }), 400);
    expectProblem(await clinician.patch('/api/organization', { minCellSize: 3 }), 403);
    await setMinCell(3);
    try {
      expect(await keyOf(researcher, 4)).toBe(small.group);
      const b = (await json(researcher, `?cohort=${small.group}`)).o.report!;
      if ('suppressed' in b) throw new Error('cohort B is withheld at 3');
      expect(b.subjects).toBe(4);
      expect(b.timepoints[2]!.change).toMatchObject({ n: 3, nTooSmall: true });
      expect((await json(researcher)).o.flow.find((n) => n.key === 'started')).toMatchObject({
        exits: [{ reason: 'withdrew', suppressed: { threshold: 3 } }],
      });
    } finally {
      await setMinCell(5);
    }
  });

  it('gives a clinician every number, with "n too small" beside effect sizes under 10 clients', async () => {
    const o = (await json(clinician, '?groupBy=cohort')).o as StaffOutcomes;
    const [, week4, month3] = o.report!.timepoints;
    expect(week4!.change).toMatchObject({ n: 11, nTooSmall: false });
    expect(month3!.change).toMatchObject({ n: 9, nTooSmall: true });
    expect(JSON.stringify(o)).not.toContain('suppressed');
    const groups = o.report!.subgroups!;
    expect(groups.groups.map((g) => g.subjects).sort()).toEqual([4, 8]);
    for (const c of groups.comparisons) expect(c.nTooSmall).toBe(true);
  });

  it('guards formula text in every CSV cell and leaves negative numbers numeric', async () => {
    for (const agent of [clinician, researcher]) {
      const body = await csv(agent);
      const rows = csvRows(body);
      expect(new Set(rows.map((r) => r.program))).toEqual(new Set(["'@Retreat program"]));
      expect(rows.filter((r) => r.gender === '\'=HYPERLINK("http://evil.example")')).toHaveLength(3);
      expect(body).not.toMatch(/(^|,)"?[=+@]/m);
      // Negative changes are bare numbers, as R and pandas read them.
      const changes = rows.map((r) => r.change).filter((c) => c !== 'NA');
      expect(changes).toContain('-10');
      for (const c of changes) expect(Number.isFinite(Number(c))).toBe(true);
      expect(body).toMatch(/,-10,/);
    }
  });

  it("takes each row's response, remission and reliable change from the domain", async () => {
    const def = getInstrument('phq-9');
    const score = (total: number): Score => ({
      instrumentId: 'phq-9',
      instrumentVersion: def.version,
      total,
      severity: null,
      subscales: {},
      flags: [],
    });
    const rows = csvRows(await csv(clinician)).filter((r) => r.timepoint !== 'baseline#1');
    let compared = 0;
    for (const r of rows) {
      if (r.score === 'NA' || r.baseline_score === 'NA') {
        expect([r.response, r.remission, r.reliable_change]).toEqual(['NA', 'NA', 'NA']);
        continue;
      }
      const c = compareScores(def, score(Number(r.baseline_score)), score(Number(r.score)));
      const flag = (b: boolean | undefined) => (b ? 'TRUE' : 'FALSE');
      expect([r.change, r.response, r.remission, r.reliable_change]).toEqual([
        String(c.absolute),
        flag(c.response?.met),
        flag(c.remission?.met),
        c.reliableChange?.direction,
      ]);
      compared++;
    }
    expect(compared).toBe(11 + 9);
  });
});
