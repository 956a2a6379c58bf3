/**
 * Staff's side of a booking: the payments panel (amounts due, payments, refunds, what a
 * cancellation would refund today), a bank transfer marked received, a refund, and a cancellation
 * that withdraws the offer (its place passes to the waitlist) and refunds what the policy gives —
 * only when the refund the staff member confirmed is still the policy's.
 */
import { randomUUID } from 'node:crypto';
import type { CancelBody, Payment, PaymentPanel, RefundBody } from '../../api/payments.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { allocateRefund, cancellationQuote } from '../../domain/payments/refunds.ts';
import { nextDue } from '../../domain/payments/schedule.ts';
import type { PaymentKind, PaymentMethod, PaymentStatus } from '../../domain/payments/status.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { moveOffer } from '../front-office/offers.ts';
import * as foRepo from '../front-office/repository.ts';
import { type Booking, bookingOf, leftToRefund, paidOf, paidPayments, refundedOf } from './booking.ts';
import * as repo from './repository.ts';
import { providerFor } from './settings.ts';
import { applyStatus } from './state.ts';

const today = () => new Date().toISOString().slice(0, 10);

async function offerOf(db: Tx, scope: OrgScope, offerId: string) {
  const offer = await foRepo.getOffer(db, scope.organizationId, offerId);
  if (!offer) throw notFound('Offer');
  return offer;
}

function quoteOf(b: Booking) {
  const q = cancellationQuote(b.tiers, paidPayments(b), today(), b.startDate);
  return { daysBefore: q.daysBefore, refundPercent: q.tier?.refundPercent ?? 0, refund: q.refundMinor };
}

async function presentPayments(db: Tx, b: Booking): Promise<Payment[]> {
  const org = b.offer.organization_id;
  const invoices = await repo.invoicesOf(
    db,
    org,
    b.payments.map((p) => p.id),
  );
  return b.payments.map((p) => ({
    id: p.id,
    kind: p.kind as PaymentKind,
    method: p.method as PaymentMethod,
    status: p.status as PaymentStatus,
    amount: p.amount_minor,
    currency: p.currency,
    reference: p.reference,
    flaggedForRefund: p.flagged_for_refund === 1,
    flagReason: p.flag_reason,
    paidAt: p.paid_at,
    createdAt: p.created_at,
    invoiceNumber: invoices.find((i) => i.payment_id === p.id)?.number ?? null,
    refunded: refundedOf(b, p.id),
    refunds: b.refunds
      .filter((r) => r.payment_id === p.id)
      .map((r) => ({
        id: r.id,
        amount: r.amount_minor,
        status: r.status,
        reason: r.reason,
        createdAt: r.created_at,
      })),
    version: p.version,
  }));
}

async function panelOf(db: Tx, b: Booking): Promise<PaymentPanel> {
  const paid = paidOf(b);
  return {
    offerId: b.offer.id,
    offerStatus: b.offer.status,
    currency: b.currency,
    total: b.schedule.total,
    deposit: b.schedule.deposit,
    balance: b.schedule.balance,
    balanceDueDate: b.schedule.balanceDueDate,
    paid,
    refunded: b.refunds.reduce((s, r) => s + r.amount_minor, 0),
    due: nextDue(b.schedule, paid),
    cancellation: quoteOf(b),
    payments: await presentPayments(db, b),
  };
}

/** The payments panel of an offer (audited: it is part of the client's record). */
export async function paymentPanel(ctx: AppContext, scope: OrgScope, offerId: string): Promise<PaymentPanel> {
  return transaction(ctx, async (trx) => {
    const offer = await offerOf(trx, scope, offerId);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'payment.read',
      entityType: 'offer',
      entityId: offer.id,
      details: { clientId: offer.client_id },
    });
    return panelOf(trx, await bookingOf(trx, offer));
  });
}

/** Every booking of a client (one per offer), newest first (audited once for the client). */
export async function clientBookings(ctx: AppContext, scope: OrgScope, clientId: string) {
  return transaction(ctx, async (trx) => {
    const client = await trx
      .selectFrom('clients')
      .select('id')
      .where('organization_id', '=', scope.organizationId)
      .where('id', '=', clientId)
      .executeTakeFirst();
    if (!client) throw notFound('Client');
    const offers = await trx
      .selectFrom('offers')
      .innerJoin('cohort_listings', (j) =>
        j
          .onRef('cohort_listings.cohort_id', '=', 'offers.cohort_id')
          .onRef('cohort_listings.organization_id', '=', 'offers.organization_id'),
      )
      .select('offers.id')
      .where('offers.organization_id', '=', scope.organizationId)
      .where('offers.client_id', '=', clientId)
      .orderBy('offers.offered_at', 'desc')
      .execute();
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'payment.read',
      entityType: 'client',
      entityId: clientId,
      details: { clientId, bookings: offers.length },
    });
    const items = [];
    for (const o of offers) {
      const b = await bookingOf(trx, await offerOf(trx, scope, o.id));
      items.push({ programName: b.programName, startDate: b.startDate, panel: await panelOf(trx, b) });
    }
    return { items };
  });
}

async function reloadPanel(ctx: AppContext, scope: OrgScope, offerId: string) {
  const offer = await offerOf(ctx.db.kysely, scope, offerId);
  return panelOf(ctx.db.kysely, await bookingOf(ctx.db.kysely, offer));
}

/** Staff saw a bank transfer arrive: the payment is paid (and flagged if nothing was due). */
export async function markReceived(ctx: AppContext, scope: OrgScope, paymentId: string, version: number) {
  const now = new Date().toISOString();
  const offerId = await transaction(ctx, async (trx) => {
    const p = await repo.getPayment(trx, scope.organizationId, paymentId);
    if (!p) throw notFound('Payment');
    if (p.method !== 'bank_transfer') throw conflict('payment-manual-only-transfer');
    if (p.version !== version) throw conflict('payment-stale');
    if (p.status === 'paid') throw conflict('payment-paid-already');
    const moved = await applyStatus(
      ctx,
      trx,
      scope.actor,
      { organizationId: scope.organizationId, id: p.id },
      'paid',
      'staff: bank transfer received',
      now,
    );
    if (!moved) throw conflict('payment-not-receivable', { status: p.status });
    return p.offer_id;
  });
  return reloadPanel(ctx, scope, offerId);
}

/** Gives money back on one payment (the provider refunds online payments; a bank transfer is recorded). */
async function refundPayment(
  ctx: AppContext,
  scope: OrgScope,
  b: Booking,
  p: repo.PaymentRow,
  amount: number,
  reason: string,
) {
  let providerRef: string | null = null;
  let status = 'recorded';
  if (p.method !== 'bank_transfer' && p.provider_ref) {
    const provider = await providerFor(
      ctx,
      scope.organizationId,
      b.settings,
      p.method as 'mollie' | 'stripe',
    );
    const r = await provider.refund(p.provider_ref, { amount, currency: p.currency });
    providerRef = r.refundRef;
    status = r.status;
  }
  const id = randomUUID();
  await transaction(ctx, async (trx) => {
    await repo.insertRefund(
      trx,
      scope.organizationId,
      { id, paymentId: p.id, amount, providerRef, status, reason, userId: scope.actor.userId },
      new Date().toISOString(),
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'payment.refund',
      entityType: 'payment',
      entityId: p.id,
      details: { clientId: p.client_id, offerId: p.offer_id, refundId: id, amount, status },
    });
  });
}

export async function refund(ctx: AppContext, scope: OrgScope, paymentId: string, body: RefundBody) {
  const p = await repo.getPayment(ctx.db.kysely, scope.organizationId, paymentId);
  if (!p) throw notFound('Payment');
  if (p.status !== 'paid') throw conflict('payment-nothing-to-refund', { status: p.status });
  const b = await bookingOf(ctx.db.kysely, await offerOf(ctx.db.kysely, scope, p.offer_id));
  if (body.amount > leftToRefund(b, p)) {
    throw invalid('amount', 'more-than-left-refund', { value: leftToRefund(b, p) }, 'body');
  }
  await refundPayment(ctx, scope, b, p, body.amount, body.reason.trim());
  return reloadPanel(ctx, scope, p.offer_id);
}

/** Cancels the booking under the policy: the offer is withdrawn, the policy's refund given back. */
export async function cancelBooking(ctx: AppContext, scope: OrgScope, offerId: string, body: CancelBody) {
  const now = new Date().toISOString();
  const reason = body.reason.trim();
  const b = await transaction(ctx, async (trx) => {
    const offer = await offerOf(trx, scope, offerId);
    if (offer.status !== 'offered' && offer.status !== 'accepted') {
      throw conflict('offer-no-booking', { status: offer.status });
    }
    const booking = await bookingOf(trx, offer);
    const quote = quoteOf(booking);
    if (quote.refund !== body.expectedRefund) {
      throw conflict(
        'refund-changed',
        {},
        {
          cancellation: quote,
        },
      );
    }
    await moveOffer(ctx, trx, scope.actor, offer, 'withdrawn', `Cancelled: ${reason}`, now);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'booking.cancel',
      entityType: 'offer',
      entityId: offer.id,
      details: { clientId: offer.client_id, ...quote },
    });
    return booking;
  });
  for (const part of allocateRefund(body.expectedRefund, paidPayments(b))) {
    const p = b.payments.find((x) => x.id === part.id)!;
    await refundPayment(ctx, scope, b, p, part.amount, `Cancellation: ${reason}`);
  }
  return reloadPanel(ctx, scope, offerId);
}
