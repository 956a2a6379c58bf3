/**
 * Distribution functions, thin wrappers over stdlib's (https://stdlib.io) so that the rest of the
 * module names what it means: R's `qnorm`, `pnorm`, `qt`, `pt` and `pchisq(lower.tail = FALSE)`.
 */
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Standard normal quantile (R: `qnorm(p)`). */
export const qnorm = (p: number): number => normalQuantile(p, 0, 1);

/** Standard normal CDF (R: `pnorm(x)`). */
export const pnorm = (x: number): number => normalCdf(x, 0, 1);

/** Student t quantile with `df` degrees of freedom (R: `qt(p, df)`). */
export const qt = (p: number, df: number): number => tQuantile(p, df);

/** Student t CDF with `df` degrees of freedom (R: `pt(x, df)`). */
export const pt = (x: number, df: number): number => tCdf(x, df);

/**
 * Upper tail of the chi-square distribution (R: `pchisq(x, df, lower.tail = FALSE)`). Computed as
 * 1 − CDF, so p-values below about 1e-16 come out as 0.
 */
export const pchisqUpper = (x: number, df: number): number => Math.max(0, 1 - chisquareCdf(x, df));

/** Two-sided p-value of a z statistic: 2·P(Z > |z|), from the lower tail to keep small values exact. */
export const twoSidedNormalP = (z: number): number => 2 * pnorm(-Math.abs(z));

/** Two-sided p-value of a t statistic with `df` degrees of freedom. */
export const twoSidedTP = (t: number, df: number): number => 2 * pt(-Math.abs(t), df);

/** Critical value for a two-sided interval at `level` percent: the normal, or t with `df` when given. */
export const criticalValue = (level: number, df: number | null): number => {
  const p = 1 - (1 - level / 100) / 2;
  return df === null ? qnorm(p) : qt(p, df);
};
