/** A mean with its one-sample t 95% interval, mean ± t(0.975, n − 1)·sd/√n (R: t.test(x)$conf.int). */
import { qt } from '../meta/distributions.ts';
import { meanSummary } from '../outcomes/means.ts';
import type { MeanWithInterval } from './types.ts';

/** sd and interval null below 2 values; the interval null when every value is the same (R refuses). */
export function meanWithInterval(values: ArrayLike<number>): MeanWithInterval {
  const s = meanSummary(values);
  if (s.mean === null || s.sd === null || s.sd === 0) return { n: s.n, mean: s.mean, sd: s.sd, ci: null };
  const half = (qt(0.975, s.n - 1) * s.sd) / Math.sqrt(s.n);
  return { n: s.n, mean: s.mean, sd: s.sd, ci: { lower: s.mean - half, upper: s.mean + half } };
}
