import { describe, expect, it } from 'vitest';
import { chartPoints, chartSummary, estimateOf, type MissingDataRow, tEstimate } from './estimates.ts';

const summary = (n: number, mean: number | null, sd: number | null) => ({ n, mean, sd });

const row = (label: string, mean: number | null, lmm: number | null): MissingDataRow => ({
  key: label,
  label,
  observed: summary(10, mean, 4),
  completers: summary(8, mean === null ? null : mean - 1, 4),
  locf: summary(12, mean === null ? null : mean + 1, 4),
  lmm: lmm === null ? null : { mean: lmm, se: 1, ci: { lower: lmm - 1.96, upper: lmm + 1.96 } },
});

describe('tEstimate', () => {
  it('gives the one-sample t interval, as R t.test', () => {
    // t.test(c(1, 2, 3, 4, 5)): mean 3, 95% CI 1.036757 to 4.963243.
    const e = tEstimate(summary(5, 3, Math.sqrt(2.5)))!;
    expect(e.se).toBeCloseTo(Math.sqrt(2.5 / 5), 12);
    expect(e.ci!.lower).toBeCloseTo(1.036757, 5);
    expect(e.ci!.upper).toBeCloseTo(4.963243, 5);
  });

  it('has no interval below two values, and no estimate without a mean', () => {
    expect(tEstimate(summary(1, 7, null))).toEqual({ n: 1, mean: 7, se: null, ci: null });
    expect(tEstimate(summary(0, null, null))).toBeNull();
  });
});

describe('chart points', () => {
  it('places each method beside the timepoint, skipping what is missing', () => {
    const rows = [row('Baseline', 15, 15.1), row('Week 1', 9, null), row('Month 3', null, 10)];
    expect(estimateOf(rows[1]!, 'lmm')).toBeNull();
    const points = chartPoints(rows);
    expect(points.filter((p) => p.index === 0)).toHaveLength(4);
    expect(points.filter((p) => p.index === 1).map((p) => p.method)).toEqual([
      'observed',
      'completers',
      'locf',
    ]);
    expect(points.filter((p) => p.index === 2).map((p) => p.method)).toEqual(['lmm']);
    const xs = points.filter((p) => p.index === 0).map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.5);
  });

  it('summarises the chart in words', () => {
    const text = chartSummary([row('Baseline', 15.04, 15.1), row('Month 3', 8.25, 9.4)], 'PHQ-9');
    expect(text).toContain('Mean PHQ-9 total at each of 2 timepoints');
    expect(text).toContain('Observed cases: 15.0 at Baseline, 8.3 at Month 3.');
    expect(text).toContain('At Month 3: Completers 7.3, LOCF 9.3, Mixed model (LMM) 9.4.');
    expect(chartSummary([row('Baseline', null, null)], 'PHQ-9')).toContain('No scores yet.');
  });
});
