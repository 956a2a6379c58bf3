/**
 * A payment's status and how it may move. Providers call a payment many things; each maps to one
 * of ours. Webhooks arrive late, twice and out of order, so the rule is monotone: a paid payment
 * never moves back, and a finished one (failed, cancelled, expired) moves only to paid — money that
 * did arrive is never lost.
 */
export const PAYMENT_STATUSES = ['open', 'pending', 'paid', 'failed', 'cancelled', 'expired'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_METHODS = ['mollie', 'stripe', 'bank_transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_KINDS = ['deposit', 'balance', 'full'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

const RANK: Record<PaymentStatus, number> = {
  open: 0,
  pending: 1,
  failed: 2,
  cancelled: 2,
  expired: 2,
  paid: 3,
};

/** Whether a payment in `from` may become `to` (false: the event is stale and is ignored). */
export function mayMove(from: PaymentStatus, to: PaymentStatus): boolean {
  if (from === to) return false;
  if (from === 'paid') return false;
  if (RANK[from] === 2) return to === 'paid';
  return RANK[to] > RANK[from];
}

export const isFinished = (s: PaymentStatus): boolean => RANK[s] >= 2;

/** Mollie's payment statuses (docs: payments API, "status"). */
export function fromMollie(status: string): PaymentStatus {
  switch (status) {
    case 'open':
      return 'open';
    case 'pending':
    case 'authorized':
      return 'pending';
    case 'paid':
      return 'paid';
    case 'canceled':
      return 'cancelled';
    case 'expired':
      return 'expired';
    case 'failed':
      return 'failed';
    default:
      return 'pending';
  }
}

/** A Stripe Checkout Session's `status` and `payment_status`. */
export function fromStripeSession(status: string | null, paymentStatus: string): PaymentStatus {
  if (paymentStatus === 'paid' || paymentStatus === 'no_payment_required') return 'paid';
  if (status === 'expired') return 'expired';
  if (status === 'complete') return 'pending';
  return 'open';
}

/** A Stripe event type on a Checkout Session, as a status; null: not about a payment's status. */
export function fromStripeEvent(type: string, paymentStatus: string | null): PaymentStatus | null {
  switch (type) {
    case 'checkout.session.completed':
      return paymentStatus === 'paid' || paymentStatus === 'no_payment_required' ? 'paid' : 'pending';
    case 'checkout.session.async_payment_succeeded':
      return 'paid';
    case 'checkout.session.async_payment_failed':
      return 'failed';
    case 'checkout.session.expired':
      return 'expired';
    default:
      return null;
  }
}
