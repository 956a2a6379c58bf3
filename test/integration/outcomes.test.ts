/**
 * A program's outcomes on both databases, end to end: responses entered through the API land in
 * the derived series by themselves (database triggers mark enrollments stale), the report counts
 * and averages what a clinician would by hand, the flow counts every stage, the CSV is tidy and
 * de-identified for researchers, derived rows equal a full rebuild, bad input is a problem
 * naming the field, and SQLite and PostgreSQL give the identical report.
 *
 * The data (one infusion on day 0; PHQ-9 baseline at day −7, week 4 at day 28, month 3 at day 90,
 * both after the treatment's end + 14 days so both follow-ups; all windows closed):
 *   E1 completed  20 → 10 → 8     E4 withdrawn after starting  18 → – → –
 *   E2 completed  16 → 12 → 6     E5 consented, never started   15 (outside the analysis set)
 *   E3 completed  12 →  4 → 4     E6 referred only
 * Week 4 by hand: expected 4 (E1–E4), assessed 3; mean (10+12+4)/3 = 8.667; changes −10, −4, −8,
 * mean −7.333; response (≥ 50% reduction) E1 (50%) and E3 (67%): 2/3; remission (≤ 4) E3: 1/3.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffOutcomes as Outcomes } from '../../src/api/outcomes.ts';
import { openDatabase } from '../../src/db/dialect.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import type { OrgScope } from '../../src/server/context.ts';
import { deriveStale } from '../../src/server/outcomes/derive.ts';
import { programOutcomes } from '../../src/server/outcomes/service.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import {
  at,
  enrollWithScores,
  outcomeDefinition,
  phq9AnswersFor,
  START,
} from '../support/outcome-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { seedProgram } from '../support/programs-fixtures.ts';

const DAY = 86_400_000;
const run = promisify(execFile);
const DERIVE_CHILD = path.resolve(import.meta.dirname, '../support/derive-child.ts');
const definition = outcomeDefinition('Outcome test program');
const answersFor = phq9AnswersFor;

const PEOPLE: Array<{ name: string; path: string[]; scores: Array<number | null>; sex: string }> = [
  {
    name: 'E1',
    path: ['screening', 'eligible', 'consented', 'active', 'completed'],
    scores: [20, 10, 8],
    sex: 'female',
  },
  {
    name: 'E2',
    path: ['screening', 'eligible', 'consented', 'active', 'completed'],
    scores: [16, 12, 6],
    sex: 'male',
  },
  {
    name: 'E3',
    path: ['screening', 'eligible', 'consented', 'active', 'completed'],
    scores: [12, 4, 4],
    sex: 'female',
  },
  {
    name: 'E4',
    path: ['screening', 'eligible', 'consented', 'active', 'withdrawn'],
    scores: [18, null, null],
    sex: 'male',
  },
  { name: 'E5', path: ['screening', 'eligible', 'consented'], scores: [15, null, null], sex: 'female' },
  { name: 'E6', path: [], scores: [null, null, null], sex: 'female' },
];

const reports = new Map<string, unknown>();

describe.each(DATABASES)('program outcomes on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let programId: string;
  const clients = new Map<string, string>();
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Outcome Clinic');
    clinician = await server.as(org.users.clinician);
    programId = (await seedProgram(db(), org.id, { definition })).programId;
    for (const p of PEOPLE) {
      // The same enrollment ids on both databases: the report orders clients by it, so sums (and the
      // mixed model's fit) run in one order and both reports must agree to the last bit.
      const enrollmentId = `00000000-0000-4000-8000-0000000000${String(PEOPLE.indexOf(p) + 1).padStart(2, '0')}`;
      const { clientId } = await enrollWithScores(server, clinician, org.id, programId, {
        path: p.path,
        scores: p.scores,
        client: { givenName: p.name, sexAtBirth: p.sex },
        enrollmentId,
      });
      clients.set(p.name, clientId);
    }
  });
  afterAll(() => server?.close());

  const report = async (query = '') => {
    const res = await clinician.get(`/api/programs/${programId}/outcomes${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Outcomes;
  };

  /** The organization's derived series, as a full rebuild must reproduce them. */
  const derivedSeries = () =>
    db()
      .selectFrom('outcome_series')
      .select(['enrollment_id', 'instrument_id', 'points', 'reached', 'status', 'age_band', 'sex'])
      .where('organization_id', '=', org.id)
      .orderBy('enrollment_id')
      .execute();

  /** Marks every enrollment of the organization stale, as if everything had changed. */
  const markAllStale = async () => {
    const ids = await db()
      .selectFrom('enrollments')
      .select('id')
      .where('organization_id', '=', org.id)
      .execute();
    await db()
      .insertInto('outcome_dirty')
      .values(ids.map((e) => ({ enrollment_id: e.id, organization_id: org.id, generation: 0 })))
      .onConflict((oc) => oc.column('enrollment_id').doNothing())
      .execute();
  };

  it('counts and averages each timepoint as done by hand', async () => {
    const o = await report();
    expect(o.instrument?.id).toBe('phq-9');
    expect(o.timepoints.map((t) => [t.key, t.role])).toEqual([
      ['baseline#1', 'baseline'],
      ['week-4#1', 'follow-up'],
      ['month-3#1', 'follow-up'],
    ]);
    const r = o.report!;
    expect(r.subjects).toBe(4);
    const [base, week4, month3] = r.timepoints;
    expect(base).toMatchObject({ expected: 4, assessed: 4, missing: 0 });
    expect(base!.observed.mean).toBeCloseTo((20 + 16 + 12 + 18) / 4, 10);
    expect(week4).toMatchObject({ expected: 4, assessed: 3, missing: 1 });
    expect(week4!.observed.mean).toBeCloseTo(26 / 3, 10);
    expect(week4!.change!.mean).toBeCloseTo(-22 / 3, 10);
    expect(week4!.response).toMatchObject({ events: 2, n: 3 });
    expect(week4!.remission).toMatchObject({ events: 1, n: 3 });
    expect(month3!.observed.mean).toBeCloseTo(6, 10);
    // Durability: endpoint responders E1 and E3; at month 3 E1 (8 of 20: 60%) and E3 (4 of 12) still respond.
    expect(r.durability).toMatchObject({ endpointKey: 'week-4#1', responders: 2 });
    expect(r.durability!.followUps[0]).toMatchObject({ assessed: 2, notAssessed: 0 });
    expect(r.durability!.followUps[0]!.sustained).toMatchObject({ events: 2, n: 2 });
    // LOCF carries E4's 18 forward: (10 + 12 + 4 + 18) / 4 at week 4.
    expect(r.missingData[1]!.locf.mean).toBeCloseTo(11, 10);
    expect(r.missingData[1]!.completers.n).toBe(3);
    reports.set(database.name, o.report);
  });

  it('draws the flow from referral to each follow-up', async () => {
    const o = await report();
    expect(o.flow.map((n) => [n.key, n.n])).toEqual([
      ['referred', 6],
      ['screened', 5],
      ['eligible', 5],
      ['consented', 5],
      ['started', 4],
      ['completed', 3],
      ['follow-up:week-4#1', 3],
      ['follow-up:month-3#1', 3],
    ]);
    expect(o.flow[4]!.exits).toEqual([{ reason: 'withdrew', n: 1 }]);
    expect(o.flow[0]!.exits).toEqual([{ reason: 'not screened yet', n: 1 }]);
  });

  it('filters and compares subgroups', async () => {
    const women = await report('?sex=female');
    expect(women.report!.subjects).toBe(2);
    expect(women.flow[0]!.n).toBe(4);
    const bySex = await report('?groupBy=sex&reference=female');
    const s = bySex.report!.subgroups!;
    expect(s.reference).toBe('female');
    expect(s.groups.map((g) => [g.group, g.subjects]).sort()).toEqual([
      ['female', 2],
      ['male', 2],
    ]);
    // Week 4 change: women −10 and −8 (mean −9), men −4 (E2 only): −4 − (−9) = 5.
    const c = s.comparisons.find((x) => x.timepointKey === 'week-4#1' && x.group === 'male');
    expect(c?.meanChangeDifference ?? null).toBeNull(); // one man assessed: no Welch interval
    const r = s.groups.find((g) => g.group === 'female')!.timepoints[1]!;
    expect(r.change!.mean).toBeCloseTo(-9, 10);
  });

  it('updates by itself when a response comes in', async () => {
    const e4 = clients.get('E4')!;
    const r = await clinician.post(`/api/clients/${e4}/responses`, {
      instrumentId: 'phq-9',
      answers: answersFor(9),
      administeredAt: at(90),
    });
    expect(r.statusCode, r.body).toBe(201);
    const month3 = (await report()).report!.timepoints[2]!;
    expect(month3).toMatchObject({ expected: 4, assessed: 4 });
    expect(month3.observed.mean).toBeCloseTo((8 + 6 + 4 + 9) / 4, 10);
    await db()
      .deleteFrom('questionnaire_responses')
      .where('client_id', '=', e4)
      .where('total', '=', 9)
      .execute();
    expect((await report()).report!.timepoints[2]!.assessed).toBe(3);
  });

  it('keeps derived rows equal to a full rebuild', async () => {
    await deriveStale(db(), org.id);
    const before = await derivedSeries();
    await db().deleteFrom('outcome_series').where('organization_id', '=', org.id).execute();
    await db().deleteFrom('outcome_enrollments').where('organization_id', '=', org.id).execute();
    await markAllStale();
    expect(await deriveStale(db(), org.id)).toBe(6);
    expect(await derivedSeries()).toEqual(before);
  });

  it('exports a tidy CSV, de-identified for researchers', async () => {
    const res = await clinician.get(`/api/programs/${programId}/outcomes.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['client', 'enrollment', 'program']);
    expect(lines).toHaveLength(1 + 6 * 3);
    const col = (line: string, name: string) => line.split(',')[header.indexOf(name)];
    const e1 = lines.filter((l) => l.startsWith(clients.get('E1')!));
    expect(
      e1.map((l) => [col(l, 'timepoint'), col(l, 'score'), col(l, 'change'), col(l, 'response')]),
    ).toEqual([
      ['baseline#1', '20', 'NA', 'NA'],
      ['week-4#1', '10', '-10', 'TRUE'],
      ['month-3#1', '8', '-12', 'TRUE'],
    ]);

    const researcher = await server.as(org.users.researcher);
    const deid = await researcher.get(`/api/programs/${programId}/outcomes.csv`);
    expect(deid.statusCode).toBe(200);
    for (const id of clients.values()) expect(deid.body).not.toContain(id);
    const rows = deid.body.trim().split('\n').slice(1);
    const byClient = new Map<string, string[]>();
    for (const l of rows) byClient.set(col(l, 'client')!, [...(byClient.get(col(l, 'client')!) ?? []), l]);
    expect(byClient.size).toBe(6);
    for (const [pseudo, ls] of byClient) {
      expect(pseudo).toMatch(/^S-[0-9a-f]{12}$/);
      // One shift per client: the interval between its baseline and week-4 due dates stays 35 days.
      const due = ls.map((l) => Date.parse(col(l, 'due_at')!));
      expect((due[1]! - due[0]!) / DAY).toBe(35);
      expect(col(ls[0]!, 'start_date')).not.toBe(START);
    }
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'outcomes.export')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it("shows a client's trajectory against the baseline, audited", async () => {
    const res = await clinician.get(`/api/clients/${clients.get('E3')}/trajectories`);
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json() as {
      instruments: Array<{
        id: string;
        responseThreshold: number;
        points: Array<{ total: number; response: boolean | null; remission: boolean | null }>;
      }>;
    };
    expect(t.instruments[0]!.id).toBe('phq-9');
    expect(t.instruments[0]!.responseThreshold).toBe(6);
    expect(t.instruments[0]!.points.map((p) => [p.total, p.response, p.remission])).toEqual([
      [12, null, null],
      [4, true, true],
      [4, true, true],
    ]);
    const researcher = await server.as(org.users.researcher);
    expectProblem(await researcher.get(`/api/clients/${clients.get('E3')}/trajectories`), 403);
  });

  it('keeps a second process up to date: a new score, an archived client, a restored one', async () => {
    // Another server process on the same database: its own connection and its own in-memory columns.
    const other = openDatabase(server.url);
    try {
      const ctx = { db: other, audit: new AuditLog(other.dialect), config: server.ctx.config };
      const scope: OrgScope = {
        organizationId: org.id,
        role: 'clinician',
        actor: systemActor('test'),
      };
      const read = async () =>
        ((await programOutcomes(ctx, scope, programId, {})) as Outcomes).report!.timepoints[2]!;
      expect(await read()).toMatchObject({ expected: 4, assessed: 3 });

      const e4 = clients.get('E4')!;
      const r = await clinician.post(`/api/clients/${e4}/responses`, {
        instrumentId: 'phq-9',
        answers: answersFor(9),
        administeredAt: at(90),
      });
      expect(r.statusCode, r.body).toBe(201);
      await deriveStale(db(), org.id); // as this server's scheduler would
      const month3 = await read();
      expect(month3).toMatchObject({ expected: 4, assessed: 4 });
      expect(month3.observed.mean).toBeCloseTo((8 + 6 + 4 + 9) / 4, 10);

      const archived = await clinician.post(`/api/clients/${e4}/archive`, { version: 1 });
      expect(archived.statusCode, archived.body).toBe(200);
      expect(await read()).toMatchObject({ expected: 3, assessed: 3 });
      const restored = await clinician.post(`/api/clients/${e4}/restore`, { version: 2 });
      expect(restored.statusCode, restored.body).toBe(200);
      expect(await read()).toMatchObject({ expected: 4, assessed: 4 });
      await db()
        .deleteFrom('questionnaire_responses')
        .where('client_id', '=', e4)
        .where('total', '=', 9)
        .execute();
      expect(await read()).toMatchObject({ expected: 4, assessed: 3 });
    } finally {
      await other.close();
    }
  });

  it('derives safely from two processes at once', async () => {
    await deriveStale(db(), org.id);
    const before = await derivedSeries();
    await markAllStale();
    const [, child] = await Promise.all([
      deriveStale(db(), org.id),
      run(process.execPath, ['--import', 'tsx', DERIVE_CHILD, server.url, org.id], { timeout: 60_000 }),
    ]);
    expect(Number(child.stdout.trim())).toBeGreaterThanOrEqual(0);
    expect(await derivedSeries()).toEqual(before);
    expect(
      await db()
        .selectFrom('outcome_dirty')
        .select('enrollment_id')
        .where('organization_id', '=', org.id)
        .execute(),
    ).toEqual([]);
  });

  it('refuses bad input with a problem naming the field', async () => {
    const bad = expectProblem(
      await clinician.get(`/api/programs/${programId}/outcomes?instrument=gad-7`),
      400,
    );
    expect(JSON.stringify(bad)).toContain('instrument');
    const endpoint = expectProblem(
      await clinician.get(`/api/programs/${programId}/outcomes?endpoint=nope`),
      400,
    );
    expect(JSON.stringify(endpoint)).toContain('endpoint');
    expectProblem(await clinician.get(`/api/programs/${programId}/outcomes?groupBy=shoe-size`), 400);
    expectProblem(await clinician.get(`/api/programs/${randomUUID()}/outcomes`), 404);
    const other = await server.createOrg('Other Clinic');
    const outsider = await server.as(other.users.clinician);
    expectProblem(await outsider.get(`/api/programs/${programId}/outcomes`), 404);
  });

  it.runIf(database.name === 'postgres')('gives the same report as SQLite', () => {
    expect(reports.get('postgres')).toEqual(reports.get('sqlite'));
  });
});
