/**
 * analyseOutcomes end to end on a hand-made example whose every count and mean is worked out
 * below by hand (the arithmetic is in the comments). The mixed-model column is compared with
 * nlme::lme on the same data (the "analyse-example" dataset of fixtures/make-fixtures.R); the
 * intervals come from the functions tested against R in proportions.test.ts and means.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { analyseOutcomes } from './analyse.ts';
import { pairedChange, welchDifference } from './means.ts';
import { newcombeDifference, wilson } from './proportions.ts';
import type {
  AnalysisInput,
  OutcomeRules,
  OutcomeSubject,
  SeriesPoint,
  SubjectAttributes,
  TimepointDef,
} from './types.ts';

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
  { key: 'week-4#1', label: 'Week 4', role: 'treatment', nominalDay: 28 },
  { key: 'end#1', label: 'End of treatment', role: 'end-of-treatment', nominalDay: 56 },
  { key: 'fu-3m#1', label: '3 months', role: 'follow-up', nominalDay: 140 },
];
const KEYS = timepoints.map((t) => t.key);

const attrs = (arm: string | null): SubjectAttributes => ({
  ageBand: null,
  sex: null,
  gender: null,
  condition: null,
  arm,
  cohort: null,
});
/** A point per timepoint: a number is a score; 'missed' is due without a score; 'open' is not yet due; undefined does not apply. */
type Cell = number | 'missed' | 'open' | undefined;
const subject = (id: string, arm: string | null, started: boolean, cells: Cell[]): OutcomeSubject => {
  const points: Record<string, SeriesPoint> = {};
  cells.forEach((c, t) => {
    if (c === undefined) return;
    points[KEYS[t]!] = typeof c === 'number' ? { score: c, due: true } : { score: null, due: c === 'missed' };
  });
  return { id, attributes: attrs(arm), started, points };
};

//                          baseline  week 4    end       3 months
const subjects = [
  subject('A', 'psilocybin', true, [20, 12, 8, 9]),
  subject('B', 'psilocybin', true, [18, 14, 'missed', 6]),
  subject('C', 'control', true, [16, 15, 22, 'open']),
  subject('D', 'control', true, [22, 'missed', 'missed', 'missed']), // withdrew after baseline
  subject('E', null, true, ['missed', 10, 6, 'open']), // no baseline
  subject('F', 'psilocybin', true, [10, 4, 3, undefined]), // the follow-up does not apply (another arm)
  subject('G', 'control', false, [25, undefined, undefined, undefined]), // never started: not analysed
  subject('H', 'control', true, [15, 9, 7, 8]),
];
const input: AnalysisInput = { rules, timepoints, subjects };

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8')) as {
  lmm: Array<{ name: string; fixed: number[]; se: number[]; tau2: number; sigma2: number; logLik: number }>;
};

describe('analyseOutcomes: the worked example', () => {
  const report = analyseOutcomes(input);
  const [t0, t1, t2, t3] = report.timepoints;

  it('analyses the 7 started enrollments (not G)', () => {
    expect(report.subjects).toBe(7);
    expect(report.instrumentId).toBe('phq-9');
    expect(report.rules).toBe(rules);
  });

  it('baseline: 7 expected, 6 assessed (E missed), no change statistics', () => {
    // Scores 20, 18, 16, 22, 10, 15: sum 101, mean 101/6; Σx² = 1789, SS = 1789 − 101²/6 = 533/6, var = 533/30.
    expect(t0).toMatchObject({ key: 'baseline#1', role: 'baseline', expected: 7, assessed: 6, missing: 1 });
    expect(t0!.observed.n).toBe(6);
    expect(t0!.observed.mean!).toBeCloseTo(101 / 6, 12);
    expect(t0!.observed.sd!).toBeCloseTo(Math.sqrt(533 / 30), 12);
    expect(t0!.change).toBeNull();
    expect(t0!.response).toBeNull();
    expect(t0!.remission).toBeNull();
    expect(t0!.reliable).toBeNull();
  });

  it('week 4: D missed; pairs A, B, C, F, H (E has no baseline)', () => {
    // Assessed A 12, B 14, C 15, E 10, F 4, H 9: mean 64/6.
    expect(t1).toMatchObject({ expected: 7, assessed: 6, missing: 1 });
    expect(t1!.observed.mean!).toBeCloseTo(64 / 6, 12);
    // Changes −8, −4, −1, −6, −6: mean −25/5 = −5.
    expect(t1!.change!.n).toBe(5);
    expect(t1!.change!.mean!).toBeCloseTo(-5, 12);
    expect(t1!.change).toEqual(pairedChange([20, 18, 16, 10, 15], [12, 14, 15, 4, 9], 'lower'));
    // Response (≥ 50% fall): A 8/20 = 40%, B 4/18, C 1/16, F 6/10 = 60% ✓, H 6/15 = 40% → 1 of 5.
    expect(t1!.response).toEqual(wilson(1, 5));
    // Remission (≤ 4): F 4 ✓ → 1 of 5.
    expect(t1!.remission).toEqual(wilson(1, 5));
    // Reliable (|change| ≥ 5): A 8, F 6, H 6 improved; B 4, C 1 not.
    expect(t1!.reliable).toEqual({ n: 5, improved: 3, deteriorated: 0 });
  });

  it('end of treatment: B and D missed; C worsened reliably', () => {
    // Assessed A 8, C 22, E 6, F 3, H 7: mean 46/5.
    expect(t2).toMatchObject({ expected: 7, assessed: 5, missing: 2 });
    expect(t2!.observed.mean!).toBeCloseTo(46 / 5, 12);
    // Changes A −12, C +6, F −7, H −8: mean −21/4.
    expect(t2!.change!.mean!).toBeCloseTo(-21 / 4, 12);
    // Response: A 60% ✓, C ✗, F 70% ✓, H 8/15 = 53% ✓ → 3 of 4. Remission: F 3 ✓ → 1 of 4.
    expect(t2!.response).toEqual(wilson(3, 4));
    expect(t2!.remission).toEqual(wilson(1, 4));
    expect(t2!.reliable).toEqual({ n: 4, improved: 3, deteriorated: 1 });
  });

  it('3 months: C and E not yet due, F not applicable; D missed', () => {
    // Expected A, B, D, H; assessed A 9, B 6, H 8: mean 23/3.
    expect(t3).toMatchObject({ expected: 4, assessed: 3, missing: 1 });
    expect(t3!.observed.mean!).toBeCloseTo(23 / 3, 12);
    // Changes A −11, B −12, H −7: mean −10.
    expect(t3!.change!.mean!).toBeCloseTo(-10, 12);
    // Response: A 11/20 = 55% ✓, B 12/18 = 67% ✓, H 7/15 = 47% ✗ → 2 of 3. Remission: none.
    expect(t3!.response).toEqual(wilson(2, 3));
    expect(t3!.remission).toEqual(wilson(0, 3));
    expect(t3!.reliable).toEqual({ n: 3, improved: 3, deteriorated: 0 });
  });

  it('missing data: completers A, C, F, H; LOCF over A, B, C, D, F, H', () => {
    const [m0, m1, m2, m3] = report.missingData;
    for (const [row, stats] of report.missingData.map((r, t) => [r, report.timepoints[t]!] as const)) {
      expect(row.observed).toEqual(stats.observed);
    }
    // Completers: assessed at baseline and every due timepoint. A all four; C (3 months not due);
    // F (3 months not applicable); H all four. B missed the end, D withdrew, E missed baseline.
    expect(m0!.completers).toMatchObject({ n: 4, mean: 61 / 4 }); // 20 + 16 + 10 + 15
    expect(m1!.completers).toMatchObject({ n: 4, mean: 10 }); // 12 + 15 + 4 + 9
    expect(m2!.completers).toMatchObject({ n: 4, mean: 10 }); // 8 + 22 + 3 + 7
    expect(m3!.completers).toMatchObject({ n: 2, mean: 8.5, sd: Math.SQRT1_2 }); // A 9, H 8
    // LOCF among those with a baseline (not E), at timepoints due for them.
    expect(m0!.locf).toEqual(t0!.observed);
    // Week 4: A 12, B 14, C 15, D 22 (carried from baseline), F 4, H 9 = 76 / 6.
    expect(m1!.locf.n).toBe(6);
    expect(m1!.locf.mean!).toBeCloseTo(76 / 6, 12);
    // End: A 8, B 14 (from week 4), C 22, D 22, F 3, H 7 = 76 / 6.
    expect(m2!.locf.n).toBe(6);
    expect(m2!.locf.mean!).toBeCloseTo(76 / 6, 12);
    // 3 months: A 9, B 6, D 22, H 8 (C not due, F not applicable) = 45 / 4.
    expect(m3!.locf).toMatchObject({ n: 4, mean: 45 / 4 });
  });

  it('mixed model: as nlme::lme on the same scores', () => {
    const f = fixtures.lmm.find((l) => l.name === 'analyse-example')!;
    report.missingData.forEach((row, t) => {
      expect(row.lmm!.mean).toBeCloseTo(f.fixed[t]!, 6);
      expect(row.lmm!.se).toBeCloseTo(f.se[t]!, 5);
    });
    expect(report.lmm!.tau2).toBeCloseTo(f.tau2, 6);
    expect(report.lmm!.sigma2).toBeCloseTo(f.sigma2, 6);
    expect(report.lmm!.logLik).toBeCloseTo(f.logLik, 6);
    expect(report.lmm).toMatchObject({ subjects: 7, observations: 20 });
  });

  it('durability: of the 3 end-of-treatment responders (A, F, H), A sustained, H not, F not assessed', () => {
    expect(report.durability).toEqual({
      endpointKey: 'end#1',
      endpointLabel: 'End of treatment',
      responders: 3,
      followUps: [
        {
          key: 'fu-3m#1',
          label: '3 months',
          assessed: 2,
          sustained: wilson(1, 2),
          notAssessed: 1,
          sustainedOfResponders: wilson(1, 3),
        },
      ],
    });
  });

  it('no subgroups unless asked', () => {
    expect(report.subgroups).toBeNull();
  });
});

describe('analyseOutcomes: subgroups', () => {
  it('by arm: control (C, D, H) and psilocybin (A, B, F) tie at 3, so control is the reference', () => {
    const s = analyseOutcomes({ ...input, groupBy: 'arm' }).subgroups!;
    expect(s.dimension).toBe('arm');
    expect(s.reference).toBe('control');
    expect(s.groups.map((g) => [g.group, g.subjects])).toEqual([
      ['control', 3],
      ['psilocybin', 3],
      ['(not recorded)', 1],
    ]);
    // Within a group, the same statistics as for everyone: control at week 4 is C 15 and H 9 (D missed).
    const control = s.groups[0]!.timepoints[1]!;
    expect(control).toMatchObject({ expected: 3, assessed: 2, missing: 1 });
    expect(s.comparisons.map((c) => [c.group, c.timepointKey])).toEqual([
      ['psilocybin', 'week-4#1'],
      ['psilocybin', 'end#1'],
      ['psilocybin', 'fu-3m#1'],
      ['(not recorded)', 'week-4#1'],
      ['(not recorded)', 'end#1'],
      ['(not recorded)', 'fu-3m#1'],
    ]);
    // Week 4, change: psilocybin A −8, B −4, F −6 (mean −6) vs control C −1, H −6 (mean −3.5): −2.5.
    const week4 = s.comparisons[0]!;
    expect(week4.reference).toBe('control');
    expect(week4.meanChangeDifference!.estimate).toBeCloseTo(-2.5, 12);
    expect(week4.meanChangeDifference).toEqual(welchDifference([-8, -4, -6], [-1, -6]));
    // Response: psilocybin F only, 1 of 3; control none of 2 → +33.3 points.
    expect(week4.responseDifference!.estimate).toBeCloseTo(100 / 3, 10);
    expect(week4.responseDifference).toEqual(newcombeDifference(1, 3, 0, 2));
    // End: psilocybin A −12, F −7 (mean −9.5) vs control C +6, H −8 (mean −1): −8.5; response
    // 2 of 2 (A, F) vs 1 of 2 (H ✓, C ✗).
    expect(s.comparisons[1]!.meanChangeDifference!.estimate).toBeCloseTo(-8.5, 12);
    expect(s.comparisons[1]!.meanChangeDifference).toEqual(welchDifference([-12, -7], [6, -8]));
    expect(s.comparisons[1]!.responseDifference).toEqual(newcombeDifference(2, 2, 1, 2));
    // 3 months: control has one pair (H; C not due, D missed): no Welch interval.
    expect(s.comparisons[2]!.meanChangeDifference).toBeNull();
    expect(s.comparisons[2]!.responseDifference).toEqual(newcombeDifference(2, 2, 0, 1));
    // E has no baseline: nothing to compare.
    expect(s.comparisons[3]).toMatchObject({ meanChangeDifference: null, responseDifference: null });
  });

  it('takes the requested reference when it exists, the largest group otherwise', () => {
    expect(analyseOutcomes({ ...input, groupBy: 'arm', reference: 'psilocybin' }).subgroups!.reference).toBe(
      'psilocybin',
    );
    expect(analyseOutcomes({ ...input, groupBy: 'arm', reference: 'nope' }).subgroups!.reference).toBe(
      'control',
    );
    // Everyone's sex is unrecorded: one group.
    const bySex = analyseOutcomes({ ...input, groupBy: 'sex' }).subgroups!;
    expect(bySex.reference).toBe('(not recorded)');
    expect(bySex.comparisons).toEqual([]);
  });
});

describe('analyseOutcomes: options and edge cases', () => {
  it('durability from a chosen endpoint: week 4 responder F is not assessed later at 3 months', () => {
    const d = analyseOutcomes({ ...input, endpoint: 'week-4#1' }).durability!;
    expect(d.responders).toBe(1);
    // End: F 3 is a 70% fall ✓; 3 months: F has no point.
    expect(d.followUps.map((f) => [f.key, f.assessed, f.sustained.events, f.notAssessed])).toEqual([
      ['end#1', 1, 1, 0],
      ['fu-3m#1', 0, 0, 1],
    ]);
  });

  it('no durability without a response criterion; first timepoint after baseline when no end-of-treatment', () => {
    expect(analyseOutcomes({ ...input, rules: { ...rules, responsePercent: null } }).durability).toBeNull();
    const plain = timepoints.map((t) => ({
      ...t,
      role: t.role === 'end-of-treatment' ? ('treatment' as const) : t.role,
    }));
    expect(analyseOutcomes({ ...input, timepoints: plain }).durability!.endpointKey).toBe('week-4#1');
  });

  it('no response, remission or reliable counts when the instrument defines none', () => {
    const none = { ...rules, responsePercent: null, remissionMaxTotal: null, reliableChangePoints: null };
    const t = analyseOutcomes({ ...input, rules: none }).timepoints[2]!;
    expect([t.response, t.remission, t.reliable]).toEqual([null, null, null]);
    expect(t.change).not.toBeNull();
  });

  it('takes the first timepoint as baseline when none has the role', () => {
    const noBaseline = timepoints.map((t) => ({
      ...t,
      role: t.role === 'baseline' ? ('treatment' as const) : t.role,
    }));
    const r = analyseOutcomes({ ...input, timepoints: noBaseline });
    expect(r.timepoints[0]!.change).toBeNull();
    expect(r.timepoints[1]!.change!.n).toBe(5);
  });

  it('a score counts as due even when marked not due', () => {
    const odd = [{ ...subjects[0]!, points: { 'baseline#1': { score: 20, due: false } } }];
    const r = analyseOutcomes({ ...input, subjects: odd });
    expect(r.timepoints[0]).toMatchObject({ expected: 1, assessed: 1, missing: 0 });
  });

  it('with nobody started: empty statistics, no model', () => {
    const r = analyseOutcomes({ ...input, subjects: [subjects[6]!], groupBy: 'arm' });
    expect(r.subjects).toBe(0);
    expect(r.timepoints[1]).toMatchObject({
      expected: 0,
      assessed: 0,
      observed: { n: 0, mean: null, sd: null },
    });
    expect(r.timepoints[1]!.response).toEqual(wilson(0, 0));
    expect(r.lmm).toBeNull();
    expect(r.missingData[0]!.lmm).toBeNull();
    expect(r.durability!.responders).toBe(0);
    expect(r.subgroups).toBeNull();
  });

  it('balanced complete data: the mixed model reproduces the observed means', () => {
    const rows = [
      [20, 14, 10],
      [18, 15, 12],
      [25, 17, 15],
      [15, 12, 6],
      [22, 16, 13],
    ];
    const r = analyseOutcomes({
      rules,
      timepoints: timepoints.slice(0, 3),
      subjects: rows.map((cells, i) => subject(`s${i}`, null, true, cells)),
    });
    for (const row of r.missingData) {
      expect(row.lmm!.mean).toBeCloseTo(row.observed.mean!, 10);
      expect(row.completers).toEqual(row.observed);
      expect(row.locf).toEqual(row.observed);
    }
  });

  it('refuses input it cannot analyse', () => {
    expect(() => analyseOutcomes({ ...input, timepoints: [] })).toThrow(DomainError);
    expect(() => analyseOutcomes({ ...input, timepoints: [timepoints[0]!, timepoints[0]!] })).toThrow(
      /more than once/,
    );
    const bad = subject('X', null, true, [Number.NaN]);
    expect(() => analyseOutcomes({ ...input, subjects: [bad] })).toThrow(/finite/);
    expect(() => analyseOutcomes({ ...input, endpoint: 'nope' })).toThrow(/not one of the timepoints/);
    expect(() => analyseOutcomes({ ...input, endpoint: 'baseline#1' })).toThrow(/not after the baseline/);
  });
});

describe('analyseOutcomes: scale', () => {
  it('100,000 enrollments × 8 timepoints in linear time', () => {
    // A deterministic pseudo-random cohort (LCG), so that a failure reproduces. The bound is very
    // loose because CPUs are shared (on an idle machine the analysis takes about 50 ms, 80 ms with
    // subgroups): it is here to catch work that grows faster than the data, which at this size
    // would take minutes.
    let seed = 1;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const keys = Array.from({ length: 8 }, (_, t) => `tp${t}#1`);
    const tps: TimepointDef[] = keys.map((key, t) => ({
      key,
      label: key,
      role: t === 0 ? 'baseline' : t === 5 ? 'end-of-treatment' : t > 5 ? 'follow-up' : 'treatment',
      nominalDay: 14 * t,
    }));
    const arms = ['a', 'b', 'c', null];
    const many: OutcomeSubject[] = Array.from({ length: 100_000 }, (_, i) => {
      const level = rnd() * 8;
      const points: Record<string, SeriesPoint> = {};
      keys.forEach((key, t) => {
        const missed = rnd() < 0.15 + 0.03 * t;
        const y = Math.max(0, Math.min(27, Math.round(14 - 1.2 * t + level + (rnd() - 0.5) * 8)));
        points[key] = { score: missed ? null : y, due: rnd() < 0.95 };
      });
      return { id: `s${i}`, attributes: attrs(arms[i % 4]!), started: rnd() < 0.9, points };
    });
    const started = performance.now();
    const r = analyseOutcomes({ rules, timepoints: tps, subjects: many, groupBy: 'arm' });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(10_000);
    expect(r.subjects).toBeGreaterThan(89_000);
    expect(r.lmm!.observations).toBeGreaterThan(500_000);
    expect(r.subgroups!.groups).toHaveLength(4);
  }, 60_000);
});
