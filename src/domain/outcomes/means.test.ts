/**
 * Means, paired change and Welch intervals against R (fixtures/make-fixtures.R):
 * t.test(follow, baseline, paired = TRUE), metafor::escalc("SMCR", …) yi and vi, t.test(a, b).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { meanSummary, pairedChange, welchDifference, welchFromMoments } from './means.ts';

interface PairedFixture {
  name: string;
  baseline: number[];
  follow: number[];
  n: number;
  mean: number;
  sd: number;
  ciLower: number;
  ciUpper: number;
  r: number;
  yi: number;
  vi: number;
  baselineMean: number;
  baselineSd: number;
}
const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8')) as {
  paired: PairedFixture[];
  welch: Array<{ a: number[]; b: number[]; estimate: number; lower: number; upper: number }>;
};
const Z = 1.959963984540054;

describe('meanSummary', () => {
  it('gives n, mean and the n − 1 SD', () => {
    // mean 4; deviations −2, 0, 2 → SS 8, SD √(8/2) = 2
    expect(meanSummary([2, 4, 6])).toEqual({ n: 3, mean: 4, sd: 2 });
    expect(meanSummary([5])).toEqual({ n: 1, mean: 5, sd: null });
    expect(meanSummary([])).toEqual({ n: 0, mean: null, sd: null });
    expect(meanSummary(Float64Array.from([1, 2]))).toEqual({ n: 2, mean: 1.5, sd: Math.SQRT1_2 });
  });
  it('refuses values that are not finite numbers', () => {
    expect(() => meanSummary([1, Number.NaN])).toThrow(DomainError);
  });
});

describe('pairedChange', () => {
  for (const f of fixtures.paired) {
    for (const better of ['lower', 'higher'] as const) {
      it(`${f.name} (better = ${better}): t.test paired and escalc SMCR`, () => {
        const c = pairedChange(f.baseline, f.follow, better);
        expect(c.n).toBe(f.n);
        expect(c.mean!).toBeCloseTo(f.mean, 10);
        expect(c.sd!).toBeCloseTo(f.sd, 10);
        expect(c.ci!.lower).toBeCloseTo(f.ciLower, 8);
        expect(c.ci!.upper).toBeCloseTo(f.ciUpper, 8);
        // escalc's yi is (follow − baseline)/SD: positive when scores rise. Improvement is a fall
        // when lower is better, so the sign flips there.
        const sign = better === 'lower' ? -1 : 1;
        expect(c.effectSize!).toBeCloseTo(sign * f.yi, 10);
        const half = Z * Math.sqrt(f.vi);
        expect(c.effectSizeCi!.lower).toBeCloseTo(sign * f.yi - half, 8);
        expect(c.effectSizeCi!.upper).toBeCloseTo(sign * f.yi + half, 8);
      });
    }
  }

  it('leaves out what cannot be computed', () => {
    expect(pairedChange([], [], 'lower')).toEqual({
      n: 0,
      mean: null,
      sd: null,
      ci: null,
      effectSize: null,
      effectSizeCi: null,
    });
    // One pair: a mean change and nothing else.
    expect(pairedChange([10], [7], 'lower')).toMatchObject({
      n: 1,
      mean: -3,
      sd: null,
      ci: null,
      effectSize: null,
    });
    // Two pairs: a t interval, but metafor's correction c(m) needs m = n − 1 > 1.
    const two = pairedChange([10, 12], [7, 8], 'lower');
    expect(two.ci).not.toBeNull();
    expect(two.effectSize).toBeNull();
    // Everyone changed by the same amount: no t interval (R's t.test refuses too).
    expect(pairedChange([10, 12, 14], [7, 9, 11], 'lower').ci).toBeNull();
    // No spread at baseline: no standardised change.
    expect(pairedChange([10, 10, 10], [7, 9, 11], 'lower').effectSize).toBeNull();
    // No spread at follow-up: an effect size, but r (and so its variance) is undefined.
    const flat = pairedChange([10, 12, 14], [8, 8, 8], 'lower');
    expect(flat.effectSize).not.toBeNull();
    expect(flat.effectSizeCi).toBeNull();
  });

  it('refuses unpaired input', () => {
    expect(() => pairedChange([1, 2], [1], 'lower')).toThrow(DomainError);
  });
});

describe('welchDifference', () => {
  for (const f of fixtures.welch) {
    it(`matches t.test(a, b) for ${f.a.length} vs ${f.b.length}`, () => {
      const w = welchDifference(f.a, f.b)!;
      expect(w.estimate).toBeCloseTo(f.estimate, 10);
      expect(w.ci.lower).toBeCloseTo(f.lower, 8);
      expect(w.ci.upper).toBeCloseTo(f.upper, 8);
    });
  }

  it('is null with fewer than 2 values in a group or no variation at all', () => {
    expect(welchDifference([1], [1, 2, 3])).toBeNull();
    expect(welchDifference([2, 2], [3, 3, 3])).toBeNull();
    expect(welchFromMoments({ n: 5, mean: 1, sd: null }, { n: 5, mean: 1, sd: 1 })).toBeNull();
  });
});
