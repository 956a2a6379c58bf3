/** What an offer link shows after the answer: the deposit step only when the server offers a way to pay. */
import type { Money, PaymentMethod, PublicOffer } from './api.ts';

export type PaymentView =
  | { kind: 'none' }
  | { kind: 'paid' }
  | {
      kind: 'choose';
      methods: PaymentMethod[];
      amountDue: Money | null;
      pending: boolean;
      /** What is due: the deposit, the balance (the deposit is paid) or the whole price. */
      due: 'deposit' | 'balance' | 'full';
      /** 'YYYY-MM-DD' it falls due; null: now. */
      dueDate: string | null;
    };

// The server's statuses (src/domain/payments/status.ts). 'open' is what is due before anything
// reached the provider, so it is not "waiting for your payment"; only 'pending' is.
const PAID = new Set(['paid']);
const PENDING = new Set(['pending']);

export function paymentView(offer: PublicOffer): PaymentView {
  if (offer.status !== 'accepted') return { kind: 'none' };
  if (offer.payment && PAID.has(offer.payment.status)) return { kind: 'paid' };
  const methods = offer.paymentMethods ?? [];
  if (methods.length === 0) return { kind: 'none' };
  const amountDue =
    offer.payment?.amountDue ??
    (offer.price ? { amount: offer.price.deposit, currency: offer.price.currency } : null);
  return {
    kind: 'choose',
    methods,
    amountDue,
    pending: !!offer.payment && PENDING.has(offer.payment.status),
    due: offer.payment?.kind ?? 'deposit',
    dueDate: offer.payment?.dueDate ?? null,
  };
}

/** A provider's checkout address, only when it is a web address (never `javascript:` or the like). */
export function safeCheckoutUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
