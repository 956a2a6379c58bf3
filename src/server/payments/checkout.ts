/**
 * The client's side (no sign-in; the offer's emailed token is the key): what is due and how it
 * can be paid, and starting a payment — a provider checkout, or bank transfer details with a
 * structured reference. The provider's return URL carries the payment id, never the offer token.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { PublicPaymentCreated } from '../../api/payments.ts';
import { conflict, gone, invalid, notFound } from '../../domain/errors.ts';
import { isExpired } from '../../domain/front-office/offers.ts';
import { creditorReference, referenceBodyOf } from '../../domain/payments/bank-transfer.ts';
import { nextDue } from '../../domain/payments/schedule.ts';
import type { PaymentMethod, PaymentStatus } from '../../domain/payments/status.ts';
import type { Actor } from '../audit/audit-log.ts';
import { type AppContext, type Tx, transaction } from '../context.ts';
import * as foRepo from '../front-office/repository.ts';
import { type Booking, bookingOf, paidOf } from './booking.ts';
import * as repo from './repository.ts';
import { methodsOf, providerFor } from './settings.ts';
import { applyStatus } from './state.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What the offer page shows about payment. */
export async function publicPaymentOf(db: Tx, offer: foRepo.OfferRow) {
  const listing = await foRepo.getListing(db, offer.organization_id, offer.cohort_id);
  if (!listing) return { paymentMethods: [] as PaymentMethod[], payment: null };
  const b = await bookingOf(db, offer);
  const due = nextDue(b.schedule, paidOf(b));
  const latest = [...b.payments].reverse().find((p) => p.flagged_for_refund === 0 && p.kind === due?.kind);
  return {
    paymentMethods: methodsOf(b.settings),
    payment: {
      status: (due ? (latest?.status ?? 'open') : 'paid') as PaymentStatus,
      amountDue: { amount: due?.amount ?? 0, currency: b.currency },
      kind: due?.kind ?? null,
      dueDate: due?.dueDate ?? null,
    },
  };
}

const clientActor = (offer: foRepo.OfferRow, ip: string | null): Actor => ({
  userId: null,
  label: `client ${offer.client_id} via offer link`,
  ip,
});

/** Records the payment (open) and returns what the client needs; the checkout is made after. */
async function recordPayment(
  ctx: AppContext,
  trx: Tx,
  token: string,
  method: PaymentMethod,
  ip: string | null,
  now: string,
) {
  const offer = await foRepo.offerByTokenHash(trx, hashToken(token));
  if (!offer) throw notFound('Offer');
  const open =
    offer.status === 'offered' && !isExpired({ status: offer.status, expiresAt: offer.expires_at }, now);
  if (!open && offer.status !== 'accepted')
    throw gone('offer-closed', 'offer-status', { status: offer.status });
  const b = await bookingOf(trx, offer);
  if (!methodsOf(b.settings).includes(method)) {
    throw invalid('method', 'not-way-organization-takes-payment', {}, 'body');
  }
  const due = nextDue(b.schedule, paidOf(b));
  if (!due) throw conflict('nothing-due');
  const id = randomUUID();
  const reference = method === 'bank_transfer' ? creditorReference(referenceBodyOf(id)) : null;
  await repo.insertPayment(trx, {
    id,
    organization_id: offer.organization_id,
    offer_id: offer.id,
    client_id: offer.client_id,
    cohort_id: offer.cohort_id,
    kind: due.kind,
    method,
    status: 'open',
    amount_minor: due.amount,
    currency: b.currency,
    provider_ref: null,
    checkout_url: null,
    reference,
    flag_reason: null,
    paid_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  await ctx.audit.append(trx, clientActor(offer, ip), {
    organizationId: offer.organization_id,
    action: 'payment.create',
    entityType: 'payment',
    entityId: id,
    details: { clientId: offer.client_id, offerId: offer.id, kind: due.kind, method, amount: due.amount },
  });
  return { id, offer, booking: b, amount: due.amount, kind: due.kind, reference };
}

function bankDetails(b: Booking, amount: number, reference: string) {
  return {
    iban: b.settings.bank_iban ?? '',
    accountName: b.settings.bank_account_name ?? '',
    reference,
    amount,
    currency: b.currency,
  };
}

export async function startPayment(
  ctx: AppContext,
  token: string,
  method: PaymentMethod,
  ip: string | null,
): Promise<PublicPaymentCreated> {
  const now = new Date().toISOString();
  const r = await transaction(ctx, (trx) => recordPayment(ctx, trx, token, method, ip, now));
  if (method === 'bank_transfer') {
    return {
      paymentId: r.id,
      status: 'open',
      checkoutUrl: null,
      bankTransfer: bankDetails(r.booking, r.amount, r.reference!),
    };
  }
  const org = r.offer.organization_id;
  const provider = await providerFor(ctx, org, r.booking.settings, method);
  const words = r.kind === 'deposit' ? 'Deposit' : r.kind === 'balance' ? 'Balance' : 'Payment';
  try {
    const checkout = await provider.createCheckout({
      paymentId: r.id,
      organizationId: org,
      amount: { amount: r.amount, currency: r.booking.currency },
      description: `${words}: ${r.booking.programName}`.slice(0, 250),
      returnUrl: `${ctx.config.publicUrl}/apply/offer?payment=${r.id}`,
      webhookUrl: `${ctx.config.publicUrl}/api/public/payments/webhooks/${method}`,
    });
    await transaction(ctx, (trx) =>
      repo.setCheckout(trx, org, r.id, checkout.providerRef, checkout.checkoutUrl, new Date().toISOString()),
    );
    return { paymentId: r.id, status: 'open', checkoutUrl: checkout.checkoutUrl, bankTransfer: null };
  } catch {
    await transaction(ctx, (trx) =>
      applyStatus(
        ctx,
        trx,
        clientActor(r.offer, ip),
        { organizationId: org, id: r.id },
        'failed',
        'checkout-error',
        now,
      ),
    );
    throw conflict('payment-provider-refused');
  }
}
