/**
 * The cancellation policy applied: the refund is the share of what was paid given by the tier for
 * the number of whole calendar days between the cancellation and the start (the tier with the
 * largest `minDaysBefore` not above it). No tier applies: nothing is refunded. Integer minor units,
 * rounded down, so a refund never exceeds the policy.
 */
import { invalid } from '../errors.ts';
import type { CancellationTier } from './listing.ts';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) throw invalid('date', 'date');
  return Math.round((b - a) / DAY_MS);
}

export interface RefundResult {
  daysBefore: number;
  /** The tier applied; null when none applies. */
  tier: CancellationTier | null;
  refundMinor: number;
}

export function refundFor(
  tiers: readonly CancellationTier[],
  paidMinor: number,
  cancelledOn: string,
  startDate: string,
): RefundResult {
  if (!Number.isInteger(paidMinor) || paidMinor < 0) throw invalid('paidMinor', 'integer-at-least-0');
  const daysBefore = daysBetween(cancelledOn, startDate);
  const tier =
    [...tiers].sort((a, b) => b.minDaysBefore - a.minDaysBefore).find((t) => daysBefore >= t.minDaysBefore) ??
    null;
  const refundMinor = tier ? Math.floor((paidMinor * tier.refundPercent) / 100) : 0;
  return { daysBefore, tier, refundMinor };
}
