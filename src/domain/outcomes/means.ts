/**
 * Means and mean differences: a sample summary, the paired change from baseline with its t interval
 * and standardised effect size, and Welch's two-sample interval for comparing groups. Inputs are
 * plain arrays (or typed arrays) of complete values; callers pair and filter them.
 */
import { invalid } from '../errors.ts';
import { qnorm, qt } from '../meta/distributions.ts';
import { smdCorrection } from '../meta/effect-sizes.ts';
import type { ChangeSummary, Interval, MeanSummary } from './types.ts';

type Values = ArrayLike<number>;

/**
 * The mean, checking on the way that every value is a finite number: a NaN or ±Infinity makes the
 * sum non-finite, and only then are the values searched for the culprit (one pass, not two).
 */
const meanOf = (field: string, values: Values): number => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  if (!Number.isFinite(s)) {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) throw invalid(field, 'value-not-finite', { index: i + 1 });
    }
    throw invalid(field, 'values-too-large-sum');
  }
  return s / values.length;
};

/** Sum of squared deviations from `mean`, two-pass (no cancellation from Σx² − n·x̄²). */
const sumSquares = (values: Values, mean: number): number => {
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    s += d * d;
  }
  return s;
};

/** n, mean, and sample SD with divisor n − 1 (null below 2 values); mean null when n = 0. */
export function meanSummary(values: Values): MeanSummary {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null };
  const mean = meanOf('values', values);
  return { n, mean, sd: n < 2 ? null : Math.sqrt(sumSquares(values, mean) / (n - 1)) };
}

const EMPTY_CHANGE = (n: number): ChangeSummary => ({
  n,
  mean: null,
  sd: null,
  ci: null,
  effectSize: null,
  effectSizeCi: null,
});

/**
 * Change from baseline among people assessed at both: `baseline[i]` and `follow[i]` are one
 * person's two scores.
 *
 * - mean, sd: of the differences follow − baseline (sample SD, n − 1), on the instrument's scale.
 * - ci: the paired t 95% interval, mean ± t(0.975, n − 1)·sd/√n, as R's
 *   `t.test(follow, baseline, paired = TRUE)`; null below 2 pairs or when every difference is the
 *   same (sd = 0, where R refuses too).
 * - effectSize: the standardised mean change with raw-score standardisation, metafor's
 *   `escalc("SMCR", m1i = follow mean, m2i = baseline mean, sd1i = baseline SD, ni = n, ri = r)`
 *   (Becker 1988; Morris 2000): d = c(n − 1)·(m1 − m2)/sd1 with Hedges' exact correction
 *   c(m) = Γ(m/2)/(√(m/2)·Γ((m − 1)/2)), and large-sample variance v = 2(1 − r)/n + d²/(2n), where
 *   r is the observed baseline–follow-up correlation. Signed so that positive is improvement (for
 *   an instrument where lower is better, the sign is flipped). The interval is d ± z(0.975)·√v.
 *   Null below 3 pairs (c(m) needs m > 1, as in metafor) or when the baseline SD is 0; the interval
 *   is null when r is undefined (the follow-up SD is 0).
 */
export function pairedChange(baseline: Values, follow: Values, better: 'lower' | 'higher'): ChangeSummary {
  if (baseline.length !== follow.length) {
    throw invalid('follow', 'values-baseline-values', { length: follow.length, length2: baseline.length });
  }
  const n = baseline.length;
  if (n === 0) return EMPTY_CHANGE(0);

  const mb = meanOf('baseline', baseline);
  const mf = meanOf('follow', follow);
  let sbb = 0;
  let sff = 0;
  let sbf = 0;
  let sdd = 0;
  const md = mf - mb;
  for (let i = 0; i < n; i++) {
    const b = baseline[i]! - mb;
    const f = follow[i]! - mf;
    const d = f - b;
    sbb += b * b;
    sff += f * f;
    sbf += b * f;
    sdd += d * d;
  }
  if (n < 2) return { ...EMPTY_CHANGE(n), mean: md };

  const sd = Math.sqrt(sdd / (n - 1));
  let ci: Interval | null = null;
  if (sd > 0) {
    const half = qt(0.975, n - 1) * (sd / Math.sqrt(n));
    ci = { lower: md - half, upper: md + half };
  }

  let effectSize: number | null = null;
  let effectSizeCi: Interval | null = null;
  const sdBaseline = Math.sqrt(sbb / (n - 1));
  if (n >= 3 && sdBaseline > 0) {
    const sign = better === 'lower' ? -1 : 1;
    const yi = (smdCorrection(n - 1) * md) / sdBaseline;
    effectSize = sign * yi;
    if (sff > 0) {
      const r = Math.max(-1, Math.min(1, sbf / Math.sqrt(sbb * sff)));
      const vi = (2 * (1 - r)) / n + (yi * yi) / (2 * n);
      const half = qnorm(0.975) * Math.sqrt(vi);
      effectSizeCi = { lower: effectSize - half, upper: effectSize + half };
    }
  }
  return { n, mean: md, sd, ci, effectSize, effectSizeCi };
}

/** What Welch's interval needs from each sample. */
export interface SampleMoments {
  n: number;
  mean: number | null;
  sd: number | null;
}

/**
 * Welch's two-sample t interval for mean(a) − mean(b) from each sample's n, mean and SD: standard
 * error √(s_a²/n_a + s_b²/n_b), Welch–Satterthwaite degrees of freedom
 * se⁴ / ((s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)), interval estimate ± t(0.975, df)·se.
 * It does not assume equal variances. Null when either sample has fewer than 2 values or both
 * have SD 0 (R's `t.test` refuses these too).
 */
export function welchFromMoments(
  a: SampleMoments,
  b: SampleMoments,
): { estimate: number; ci: Interval } | null {
  if (a.n < 2 || b.n < 2 || a.mean === null || b.mean === null || a.sd === null || b.sd === null) {
    return null;
  }
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const estimate = a.mean - b.mean;
  const half = qt(0.975, df) * Math.sqrt(se2);
  return { estimate, ci: { lower: estimate - half, upper: estimate + half } };
}

/**
 * Welch's two-sample t 95% interval for mean(a) − mean(b), as R's `t.test(a, b)` (see
 * welchFromMoments for the method). Null when either sample has fewer than 2 values or there is
 * no variation in either.
 */
export function welchDifference(a: Values, b: Values): { estimate: number; ci: Interval } | null {
  return welchFromMoments(meanSummary(a), meanSummary(b));
}
