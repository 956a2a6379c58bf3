/**
 * Refunds: a cancellation refunds what the listing's policy gives (refundFor, in
 * src/domain/front-office/refund.ts) of what was paid; the refund is spread over the paid
 * payments, newest first, never more than each one has left. A payment flagged as a double
 * payment is refunded whole, outside the policy.
 */
import { invalid } from '../errors.ts';
import type { CancellationTier } from '../front-office/listing.ts';
import { type RefundResult, refundFor } from '../front-office/refund.ts';

export interface PaidPayment {
  id: string;
  amount: number;
  refunded: number;
  paidAt: string;
}

export const refundable = (p: PaidPayment): number => Math.max(0, p.amount - p.refunded);

/** The policy's refund of what was paid for the place (flagged double payments excluded by the caller). */
export function cancellationQuote(
  tiers: readonly CancellationTier[],
  paid: readonly PaidPayment[],
  cancelledOn: string,
  startDate: string,
): RefundResult & { paid: number } {
  const total = paid.reduce((s, p) => s + refundable(p), 0);
  return { ...refundFor(tiers, total, cancelledOn, startDate), paid: total };
}

/** Splits a refund over payments, newest first. */
export function allocateRefund(
  amount: number,
  paid: readonly PaidPayment[],
): Array<{ id: string; amount: number }> {
  if (!Number.isInteger(amount) || amount < 0) throw invalid('amount', 'integer-at-least-0');
  const out: Array<{ id: string; amount: number }> = [];
  let left = amount;
  for (const p of [...paid].sort((a, b) => b.paidAt.localeCompare(a.paidAt))) {
    if (left === 0) break;
    const take = Math.min(left, refundable(p));
    if (take > 0) out.push({ id: p.id, amount: take });
    left -= take;
  }
  if (left > 0) throw invalid('amount', 'more-than-was-paid-not');
  return out;
}
