/**
 * "A program beside the evidence" on every database: the meta-analysis request's `realWorld` entry,
 * entered by hand or read by the server from the organization's outcome report, converted like a
 * study, returned and drawn beside the pooled estimate and never pooled; refused with problems
 * naming the field, and with a 403 for roles that may not read outcomes.
 *
 * The outcome data (as in outcomes.test.ts; PHQ-9 baseline at day −7, week 4 at day 28, month 3 at
 * day 90, all windows closed):
 *   E1 completed 20 → 10 → 8    E3 completed 12 → 4 → 4
 *   E2 completed 16 → 12 → 6    E4 withdrawn after starting 18 → – → –
 * Week 4 by hand: assessed at baseline and week 4: E1–E3; response (≥ 50% reduction) E1, E3: 2/3;
 * changes −10, −4, −8: mean −22/3, SD √(28/3).
 */
import { randomUUID } from 'node:crypto';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffOutcomes as Outcomes } from '../../src/api/outcomes.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestServer } from '../support/harness.ts';
import { enrollWithScores, type OutcomePerson, outcomeDefinition } from '../support/outcome-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { seedProgram } from '../support/programs-fixtures.ts';

const Z = 1.959963984540054;
const definition = outcomeDefinition('Spring ketamine program');

const ACTIVE = ['screening', 'eligible', 'consented', 'active'];
const PEOPLE: OutcomePerson[] = [
  { path: [...ACTIVE, 'completed'], scores: [20, 10, 8] },
  { path: [...ACTIVE, 'completed'], scores: [16, 12, 6] },
  { path: [...ACTIVE, 'completed'], scores: [12, 4, 4] },
  { path: [...ACTIVE, 'withdrawn'], scores: [18, null, null] },
];

/** Three proportions (responders of those treated), the first Feder 2025's 9 of 13. */
const STUDIES = [
  { study: 'Feder 2025', xi: 9, ni: 13 },
  { study: 'Open-label B', xi: 20, ni: 40 },
  { study: 'Open-label C', xi: 31, ni: 50 },
];
const plo = (over: Record<string, unknown> = {}) => ({
  measure: 'PLO',
  method: 'REML',
  studies: STUDIES,
  ...over,
});

function svgOf(text: string) {
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const marks = (description: string) =>
    [...svg.querySelectorAll(`g[aria-description="${description}"]`)].flatMap((g) => [...g.children]);
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
  return {
    title: svg.querySelector('title')?.textContent ?? '',
    desc: svg.querySelector('desc')?.textContent ?? '',
    marks,
    texts,
  };
}

describe.each(DATABASES)('a program beside the evidence on $name', (database) => {
  let server: TestServer;
  let clinician: Agent;
  let facilitator: Agent;
  let researcher: Agent;
  let programId: string;
  let otherProgramId: string;
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await server.createOrg('Real-World Clinic');
    clinician = await server.as(org.users.clinician);
    facilitator = await server.as(org.users.facilitator);
    researcher = await server.as(org.users.researcher);
    programId = (await seedProgram(db(), org.id, { definition })).programId;
    const other = await server.createOrg('Another Clinic');
    otherProgramId = (await seedProgram(db(), other.id, { definition })).programId;

    for (const p of PEOPLE) await enrollWithScores(server, clinician, org.id, programId, p);
  });
  afterAll(() => server?.close());

  const fromOutcomes = (over: Record<string, unknown> = {}) => ({
    label: 'Spring program',
    source: 'outcomes',
    programId,
    instrumentId: 'phq-9',
    timepointKey: 'week-4#1',
    ...over,
  });

  it('converts entered counts like a study (9/13: logit 9/4, vi 1/9 + 1/4) and leaves the pooling as it was', async () => {
    const without = await clinician.post('/api/meta/analyze', plo());
    expect(without.statusCode, without.body).toBe(200);
    const res = await clinician.post(
      '/api/meta/analyze',
      plo({ realWorld: { label: 'Our program', source: 'entered', xi: 9, ni: 13 } }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const { realWorld, ...pooled } = res.json();
    expect(pooled).toEqual(without.json());
    const yi = Math.log(9 / 4);
    const vi = 1 / 9 + 1 / 4;
    expect(realWorld).toMatchObject({
      label: 'Our program',
      source: 'entered',
      note: 'Real-world data (not pooled)',
      columns: { xi: 9, ni: 13 },
      provenance: null,
    });
    expect(realWorld.yi).toBeCloseTo(yi, 12);
    expect(realWorld.vi).toBeCloseTo(vi, 12);
    expect(realWorld.ciLower).toBeCloseTo(yi - Z * Math.sqrt(vi), 9);
    expect(realWorld.ciUpper).toBeCloseTo(yi + Z * Math.sqrt(vi), 9);
    expect(realWorld.backTransformed.scale).toBe('proportion');
    expect(realWorld.backTransformed.estimate).toBeCloseTo(9 / 13, 12);
    expect(realWorld.backTransformed.ciLower).toBeCloseTo(1 / (1 + Math.exp(-realWorld.ciLower)), 12);
    // The same row as a study gets the same yi, vi and CI: one scale for both.
    expect(pooled.studies[0]).toMatchObject({
      yi: expect.closeTo(realWorld.yi, 12),
      vi: expect.closeTo(realWorld.vi, 12),
      ciLower: expect.closeTo(realWorld.ciLower, 12),
    });
    // At another level the CI follows the analysis level, like the studies'.
    const at90 = (
      await clinician.post(
        '/api/meta/analyze',
        plo({ level: 90, realWorld: { label: 'Ours', source: 'entered', xi: 9, ni: 13 } }),
      )
    ).json();
    expect(at90.realWorld.ciUpper).toBeCloseTo(yi + 1.6448536269514722 * Math.sqrt(vi), 9);
  });

  it('draws the real-world row below the pooled diamond, on the proportion scale, without changing the rest', async () => {
    const plain = svgOf((await clinician.post('/api/meta/forest.svg', plo())).body);
    const res = await clinician.post(
      '/api/meta/forest.svg',
      plo({ realWorld: { label: 'Our program', source: 'entered', xi: 9, ni: 13 } }),
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const f = svgOf(res.body);
    expect(f.marks('real-world data')).toHaveLength(1);
    expect(f.marks('study')).toHaveLength(3);
    expect(f.marks('pooled estimate')).toHaveLength(1);
    // Every text of the plot without it (study rows, pooled row, axis) is still there.
    for (const t of plain.texts) expect(f.texts).toContain(t);
    expect(f.texts).toEqual(
      expect.arrayContaining(['Real-world data (not pooled)', 'Our program', '9/13, entered counts']),
    );
    expect(f.texts.find((t) => t.startsWith('0.692 ['))).toBeDefined();
    expect(f.title).toMatch(/with a real-world estimate \(not pooled\)/);
    expect(f.desc).toContain('not part of the pooling: real-world data, Our program');
  });

  it('takes the responders and n from the program’s outcome report, with their provenance', async () => {
    const report = await clinician.get(`/api/programs/${programId}/outcomes?instrument=phq-9`);
    expect(report.statusCode, report.body).toBe(200);
    const week4 = (report.json() as Outcomes).report!.timepoints.find((t) => t.key === 'week-4#1')!;
    expect(week4.response).toMatchObject({ events: 2, n: 3 });

    // A researcher's report of these 4 clients is withheld (fewer than the minimum of 5): so is
    // what the meta-analysis would read from it (issue 14).
    const withheld = expectProblem(
      await researcher.post('/api/meta/analyze', plo({ realWorld: fromOutcomes() })),
      400,
    );
    expect(JSON.stringify(withheld)).toContain('realWorld.programId');
    expect(JSON.stringify(withheld)).toContain('fewer than 5 clients');

    for (const agent of [clinician]) {
      const res = await agent.post('/api/meta/analyze', plo({ realWorld: fromOutcomes() }));
      expect(res.statusCode, res.body).toBe(200);
      const rw = res.json().realWorld;
      expect(rw.columns).toEqual({ xi: week4.response!.events, ni: week4.response!.n });
      expect(rw.yi).toBeCloseTo(Math.log(2 / 1), 12);
      expect(rw.vi).toBeCloseTo(1 / 2 + 1 / 1, 12);
      expect(rw.source).toBe('outcomes');
      expect(rw.provenance).toEqual({
        programId,
        programName: 'Spring ketamine program',
        instrumentId: 'phq-9',
        instrument: 'PHQ-9',
        timepointKey: 'week-4#1',
        timepointLabel: 'Week 4',
        quantity: 'response',
        criterion: '≥ 50% reduction from baseline',
        n: 3,
        events: 2,
        note: 'real-world data from this organization',
      });
    }

    // Raw proportions: yi = 2/3, vi = p(1 − p)/n.
    const pr = (
      await clinician.post('/api/meta/analyze', plo({ measure: 'PR', realWorld: fromOutcomes() }))
    ).json();
    expect(pr.realWorld.yi).toBeCloseTo(2 / 3, 12);
    expect(pr.realWorld.vi).toBeCloseTo(((2 / 3) * (1 / 3)) / 3, 12);
    expect(pr.realWorld.backTransformed).toBeNull();

    const f = svgOf((await clinician.post('/api/meta/forest.svg', plo({ realWorld: fromOutcomes() }))).body);
    expect(f.texts).toEqual(expect.arrayContaining(['Spring program', '2/3 responders, PHQ-9 Week 4']));
    expect(f.desc).toContain('2/3 responders, PHQ-9 Week 4');
  });

  it('takes the mean change and its variance (SD²/n) for GEN', async () => {
    const res = await clinician.post('/api/meta/analyze', {
      measure: 'GEN',
      method: 'REML',
      studies: [
        { study: 'A', yi: -8.1, vi: 1.4 },
        { study: 'B', yi: -6.2, vi: 2.2 },
      ],
      realWorld: fromOutcomes(),
    });
    expect(res.statusCode, res.body).toBe(200);
    const rw = res.json().realWorld;
    expect(rw.yi).toBeCloseTo(-22 / 3, 9);
    expect(rw.vi).toBeCloseTo(28 / 3 / 3, 9);
    expect(rw.columns).toEqual({ yi: expect.closeTo(-22 / 3, 9), vi: expect.closeTo(28 / 9, 9) });
    expect(rw.provenance).toMatchObject({ quantity: 'mean change', n: 3, events: null });
    expect(rw.provenance.criterion).toMatch(/mean change from baseline in PHQ-9 points/);
  });

  it('refuses a bad real-world entry with a problem naming the field', async () => {
    const cases: Array<[Agent, Record<string, unknown>, number, string, RegExp?]> = [
      [
        clinician,
        plo({ realWorld: { label: 'Ours', source: 'entered', xi: 14, ni: 13 } }),
        400,
        'realWorld.xi',
        /exceed/,
      ],
      [
        clinician,
        plo({ realWorld: { label: 'Ours', source: 'entered', xi: 9 } }),
        400,
        'realWorld.ni',
        /required/,
      ],
      [
        clinician,
        plo({ realWorld: { label: 'Ours', source: 'entered', xi: -1, ni: 13 } }),
        400,
        'realWorld.xi',
        /negative/,
      ],
      [
        clinician,
        plo({ realWorld: { label: '  ', source: 'entered', xi: 9, ni: 13 } }),
        400,
        'realWorld.label',
      ],
      [clinician, plo({ realWorld: { label: 'Ours', source: 'csv' } }), 400, 'realWorld.source', /one of/],
      [
        clinician,
        plo({ realWorld: { label: 'Ours', source: 'entered', xi: 9, ni: 13, extra: 1 } }),
        400,
        'realWorld.extra',
      ],
      [
        clinician,
        plo({ realWorld: { label: 'Ours', source: 'entered', xi: 9, ni: 13, programId } }),
        400,
        'realWorld.programId',
      ],
      [
        clinician,
        plo({ realWorld: fromOutcomes({ timepointKey: 'month-6#1' }) }),
        400,
        'realWorld.timepointKey',
        /not a timepoint of PHQ-9/,
      ],
      [
        clinician,
        plo({ realWorld: fromOutcomes({ timepointKey: 'baseline#1' }) }),
        400,
        'realWorld.timepointKey',
        /baseline/,
      ],
      [
        clinician,
        plo({ realWorld: fromOutcomes({ timepointKey: undefined }) }),
        400,
        'realWorld.timepointKey',
        /required/,
      ],
      [clinician, plo({ realWorld: fromOutcomes({ instrumentId: 'gad-7' }) }), 400, 'realWorld.instrumentId'],
      [clinician, plo({ realWorld: fromOutcomes({ programId: randomUUID() }) }), 400, 'realWorld.programId'],
      // Another organization's program is not found, exactly like one that does not exist.
      [
        clinician,
        plo({ realWorld: fromOutcomes({ programId: otherProgramId }) }),
        400,
        'realWorld.programId',
      ],
      [clinician, plo({ realWorld: fromOutcomes({ programId: 'not-a-uuid' }) }), 400, 'realWorld.programId'],
      [
        clinician,
        plo({ realWorld: fromOutcomes({ xi: 12, ni: 13 }) }),
        400,
        'realWorld.xi',
        /read from the outcome report/,
      ],
      [
        clinician,
        plo({ measure: 'RR', studies: [{ ai: 1, bi: 2, ci: 3, di: 4 }], realWorld: fromOutcomes() }),
        400,
        'realWorld.source',
      ],
      [facilitator, plo({ realWorld: fromOutcomes() }), 403, 'realWorld.source', /outcome\.read/],
    ];
    for (const [agent, payload, status, field, message] of cases) {
      for (const url of ['/api/meta/analyze', '/api/meta/forest.svg']) {
        const res = await agent.post(url, payload);
        const p = expectProblem(res, status, status === 403 ? 'forbidden' : 'validation');
        const issue = p.errors?.find((e) => e.field === field);
        expect(issue, `${url} ${JSON.stringify(payload.realWorld)}: ${res.body}`).toBeDefined();
        if (message) expect(issue!.message).toMatch(message);
      }
    }
    // The facilitator may still enter counts.
    const entered = await facilitator.post(
      '/api/meta/analyze',
      plo({ realWorld: { label: 'Ours', source: 'entered', xi: 9, ni: 13 } }),
    );
    expect(entered.statusCode, entered.body).toBe(200);
    // The funnel plot shows the studies only: no real-world entry.
    const funnel = await clinician.post('/api/meta/funnel.svg', plo({ realWorld: fromOutcomes() }));
    expect(expectProblem(funnel, 400).errors!.map((e) => e.field)).toContain('realWorld');
  });
});
