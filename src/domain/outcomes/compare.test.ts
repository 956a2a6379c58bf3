/**
 * Two cohorts compared (compare.ts) against R: the "pair" fixture of fixtures/make-fixtures.R
 * (paired t intervals per cohort, Wilson response and remission, Welch and Newcombe differences),
 * every number to 1e-6.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { analyseOutcomes } from './analyse.ts';
import type { OutcomeRules, OutcomeSubject, Proportion, TimepointDef } from './types.ts';

interface RProportion {
  events: number;
  n: number;
  percent: number;
  lower: number;
  upper: number;
}
interface RSide {
  n: number;
  mean: number;
  lower: number;
  upper: number;
  response: RProportion;
  remission: RProportion;
}
interface RDifference {
  estimate: number;
  lower: number;
  upper: number;
}
const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8')) as {
  pair: {
    a: Array<Array<number | null>>;
    b: Array<Array<number | null>>;
    timepoints: Array<{
      timepoint: number;
      a: RSide;
      b: RSide;
      meanChangeDifference: RDifference;
      responseDifference: RDifference;
      remissionDifference: RDifference;
    }>;
  };
};

const rules: OutcomeRules = {
  instrumentId: 'phq-9',
  better: 'lower',
  responsePercent: 50,
  responseCriterion: '≥ 50% reduction from baseline',
  remissionMaxTotal: 4,
  remissionCriterion: 'total ≤ 4',
  reliableChangePoints: 5,
  reliableChangeMethod: 'published threshold',
};
const timepoints: TimepointDef[] = [
  { key: 'baseline#1', label: 'Baseline', role: 'baseline', nominalDay: 0 },
  { key: 'end#1', label: 'End of treatment', role: 'end-of-treatment', nominalDay: 56 },
  { key: 'fu-3m#1', label: '3 months', role: 'follow-up', nominalDay: 140 },
];

const subjects = (cohort: string, rows: Array<Array<number | null>>): OutcomeSubject[] =>
  rows.map((scores, i) => ({
    id: `${cohort}-${i}`,
    attributes: { ageBand: null, sex: null, gender: null, condition: null, arm: null, cohort },
    started: true,
    points: Object.fromEntries(timepoints.map((t, k) => [t.key, { score: scores[k] ?? null, due: true }])),
  }));

const all = [
  ...subjects('spring', fixtures.pair.a),
  ...subjects('autumn', fixtures.pair.b),
  // Another cohort and a client without one: neither is in the comparison.
  ...subjects('winter', [[30, 2, 1]]),
  {
    ...subjects('x', [[10, 1, 1]])[0]!,
    attributes: { ...subjects('x', [[0]])[0]!.attributes, cohort: null },
  },
];

const close = (actual: number | null | undefined, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThan(1e-6);
};
const sameProportion = (p: Proportion | null, r: RProportion) => {
  expect(p).not.toBeNull();
  expect([p!.events, p!.n]).toEqual([r.events, r.n]);
  close(p!.percent, r.percent);
  close(p!.ci!.lower, r.lower);
  close(p!.ci!.upper, r.upper);
};
const sameDifference = (
  d: { estimate: number; ci: { lower: number; upper: number } } | null,
  r: RDifference,
) => {
  close(d?.estimate, r.estimate);
  close(d?.ci.lower, r.lower);
  close(d?.ci.upper, r.upper);
};

describe('comparing two cohorts', () => {
  const report = analyseOutcomes({
    rules,
    timepoints,
    subjects: all,
    compare: { dimension: 'cohort', a: 'spring', b: 'autumn' },
  });
  const c = report.comparison!;

  it('counts only the two cohorts’ clients, A first', () => {
    expect(c.a).toEqual({ group: 'spring', subjects: 12 });
    expect(c.b).toEqual({ group: 'autumn', subjects: 10 });
    expect(c.timepoints.map((t) => t.key)).toEqual(timepoints.map((t) => t.key));
    expect(c.timepoints[0]!.a.assessed).toBe(12);
    expect(c.timepoints[0]!.b.assessed).toBe(9);
    expect(c.timepoints[0]!.meanChangeDifference).toBeNull();
    expect(c.timepoints[0]!.responseDifference).toBeNull();
  });

  for (const f of fixtures.pair.timepoints) {
    it(`matches R at timepoint ${f.timepoint}: each cohort’s change, response and remission, and A − B`, () => {
      const t = c.timepoints[f.timepoint]!;
      for (const [mine, r] of [
        [t.a, f.a],
        [t.b, f.b],
      ] as const) {
        expect(mine.change!.n).toBe(r.n);
        close(mine.change!.mean, r.mean);
        close(mine.change!.ci!.lower, r.lower);
        close(mine.change!.ci!.upper, r.upper);
        sameProportion(mine.response, r.response);
        sameProportion(mine.remission, r.remission);
      }
      sameDifference(t.meanChangeDifference, f.meanChangeDifference);
      sameDifference(t.responseDifference, f.responseDifference);
      sameDifference(t.remissionDifference, f.remissionDifference);
    });
  }

  it('gives no difference where a cohort has no pairs, and refuses the same cohort twice', () => {
    const lone = analyseOutcomes({
      rules,
      timepoints,
      subjects: all,
      compare: { dimension: 'cohort', a: 'spring', b: 'no-such-cohort' },
    }).comparison!;
    expect(lone.b.subjects).toBe(0);
    expect(lone.timepoints[1]!.meanChangeDifference).toBeNull();
    expect(lone.timepoints[1]!.responseDifference).toBeNull();
    expect(() =>
      analyseOutcomes({ rules, timepoints, subjects: all, compare: { dimension: 'cohort', a: 'x', b: 'x' } }),
    ).toThrow(DomainError);
  });
});
