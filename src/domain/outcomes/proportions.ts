/**
 * Proportions and their intervals: the Wilson score interval for one proportion, and Newcombe's
 * hybrid score interval for the difference of two independent proportions. Both are on the percent
 * scale the report uses.
 */
import { invalid } from '../errors.ts';
import { qnorm } from '../meta/distributions.ts';
import type { Interval, Proportion } from './types.ts';

const checkCounts = (events: number, n: number, field = 'events'): void => {
  if (!Number.isInteger(n) || n < 0) throw invalid('n', 'integer-at-least-0');
  if (!Number.isInteger(events) || events < 0 || events > n) {
    throw invalid(field, 'whole-number-from-0-n', { n });
  }
};

/** Wilson limits on the 0–1 scale; assumes 0 ≤ events ≤ n and n > 0. */
const wilsonLimits = (events: number, n: number, z: number): Interval => {
  const p = events / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    // At 0 and n events the limit is exactly 0 (or 1); rounding would leave ±1e-17.
    lower: events === 0 ? 0 : Math.max(0, centre - half),
    upper: events === n ? 1 : Math.min(1, centre + half),
  };
};

/**
 * A proportion with its Wilson score interval (Wilson 1927, J Am Stat Assoc 22:209–212), in
 * percent: the set of p whose score test z = (p̂ − p)/√(p(1 − p)/n) is not rejected at `level`,
 * i.e. centre (p̂ + z²/2n)/(1 + z²/n) ± z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²), the interval R's
 * `prop.test(events, n, correct = FALSE)` reports. Unlike the Wald interval it stays inside 0–100
 * and is not degenerate at 0 or n events: the lower limit is exactly 0 at 0 events and the upper
 * exactly 100 at n events. With n = 0 there is no proportion: percent and ci are null.
 */
export function wilson(events: number, n: number, level = 95): Proportion {
  checkCounts(events, n);
  if (n === 0) return { events, n, percent: null, ci: null };
  const { lower, upper } = wilsonLimits(events, n, qnorm(1 - (1 - level / 100) / 2));
  return { events, n, percent: (events / n) * 100, ci: { lower: lower * 100, upper: upper * 100 } };
}

/**
 * The difference p1 − p2 of two independent proportions, in percentage points, with Newcombe's
 * hybrid score interval (Newcombe 1998, Stat Med 17:873–890, method 10): with Wilson limits
 * (l1, u1) for p1 and (l2, u2) for p2 at the same level,
 *   lower = (p1 − p2) − √((p1 − l1)² + (u2 − p2)²),
 *   upper = (p1 − p2) + √((u1 − p1)² + (p2 − l2)²).
 * It inherits the Wilson interval's good coverage near 0 and 1 and needs no continuity correction.
 * Null when either n is 0.
 */
export function newcombeDifference(
  events1: number,
  n1: number,
  events2: number,
  n2: number,
  level = 95,
): { estimate: number; ci: Interval } | null {
  checkCounts(events1, n1, 'events1');
  checkCounts(events2, n2, 'events2');
  if (n1 === 0 || n2 === 0) return null;
  const z = qnorm(1 - (1 - level / 100) / 2);
  const p1 = events1 / n1;
  const p2 = events2 / n2;
  const w1 = wilsonLimits(events1, n1, z);
  const w2 = wilsonLimits(events2, n2, z);
  const d = p1 - p2;
  const lower = d - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2);
  const upper = d + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2);
  return { estimate: d * 100, ci: { lower: lower * 100, upper: upper * 100 } };
}
