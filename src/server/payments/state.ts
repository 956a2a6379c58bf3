/**
 * Every change of a payment's status goes through here, in one transaction: the monotone rule
 * (a paid payment never moves back), the audit entry, and on payment: the double-payment check
 * (a payment when nothing of its kind is due, or for an offer no longer open, is kept and flagged
 * for refund), the invoice number, and the booking — a paid deposit on an open offer accepts it,
 * which enrolls the client as the front office does.
 */
import { randomUUID } from 'node:crypto';
import { conflict } from '../../domain/errors.ts';
import { isExpired } from '../../domain/front-office/offers.ts';
import { invoiceNumber } from '../../domain/payments/invoice-number.ts';
import { depositCovered, nextDue } from '../../domain/payments/schedule.ts';
import { mayMove, type PaymentStatus } from '../../domain/payments/status.ts';
import { vatFor } from '../../domain/payments/vat.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { AppContext, Tx } from '../context.ts';
import { moveOffer } from '../front-office/offers.ts';
import * as foRepo from '../front-office/repository.ts';
import { type Booking, bookingOf, paidOf } from './booking.ts';
import * as repo from './repository.ts';
import { vatOf } from './settings.ts';

/** Why a payment that arrived is not counted toward the booking; null: it counts. */
function flagReason(b: Booking, p: repo.PaymentRow, now: string): string | null {
  const o = b.offer;
  const open = o.status === 'offered' && !isExpired({ status: o.status, expiresAt: o.expires_at }, now);
  if (!open && o.status !== 'accepted')
    return `The offer is ${o.status === 'offered' ? 'expired' : o.status}.`;
  if (p.currency !== b.currency) return `Paid in ${p.currency}; the booking is in ${b.currency}.`;
  const due = nextDue(b.schedule, paidOf(b, p.id));
  if (!due) return 'Nothing was due: the booking was already paid.';
  if (due.kind !== p.kind || p.amount_minor > due.amount) return `Paid the ${p.kind} twice.`;
  return null;
}

async function issueInvoice(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  b: Booking,
  p: repo.PaymentRow,
  now: string,
) {
  const org = p.organization_id;
  const year = Number(now.slice(0, 4));
  const sequence = await repo.takeInvoiceSequence(trx, org, year);
  const number = invoiceNumber(b.settings.invoice_prefix, year, sequence);
  const v = vatFor(p.amount_minor, { ...vatOf(b.settings), pricesIncludeVat: true });
  const id = randomUUID();
  await trx
    .insertInto('invoices')
    .values({
      id,
      organization_id: org,
      payment_id: p.id,
      number,
      year,
      sequence,
      net_minor: v.net,
      vat_minor: v.vat,
      gross_minor: v.gross,
      vat_rate_bp: v.rateBasisPoints,
      vat_number: b.settings.vat_number,
      currency: p.currency,
      issued_at: now,
    })
    .execute();
  await ctx.audit.append(trx, actor, {
    organizationId: org,
    action: 'invoice.issue',
    entityType: 'invoice',
    entityId: id,
    details: { clientId: p.client_id, paymentId: p.id, number },
  });
}

/**
 * Moves a payment to `to` if the rule allows; returns false (and changes nothing) for a stale or
 * repeated status. `source` says what told us (a webhook, staff, the checkout).
 */
export async function applyStatus(
  ctx: AppContext,
  trx: Tx,
  actor: Actor,
  paymentId: { organizationId: string; id: string },
  to: PaymentStatus,
  source: string,
  now: string,
): Promise<boolean> {
  const p = await repo.getPayment(trx, paymentId.organizationId, paymentId.id);
  if (!p) return false;
  const from = p.status as PaymentStatus;
  if (!mayMove(from, to)) return false;
  const offer = await foRepo.getOffer(trx, p.organization_id, p.offer_id);
  if (!offer) return false;
  const booking = await bookingOf(trx, offer);
  const reason = to === 'paid' ? flagReason(booking, p, now) : null;
  const set = {
    status: to,
    ...(to === 'paid' ? { paid_at: now } : {}),
    ...(reason ? { flagged_for_refund: 1, flag_reason: reason } : {}),
  };
  if (!(await repo.setPaymentStatus(trx, p.organization_id, p, set, now))) {
    throw conflict('payment-concurrent');
  }
  await ctx.audit.append(trx, actor, {
    organizationId: p.organization_id,
    action: 'payment.status',
    entityType: 'payment',
    entityId: p.id,
    details: { clientId: p.client_id, offerId: p.offer_id, from, to, source, flaggedForRefund: !!reason },
  });
  if (to !== 'paid') return true;
  // A flagged payment is money to give back, not a sale: it gets no invoice.
  if (reason) return true;
  await issueInvoice(ctx, trx, actor, booking, { ...p, ...set, version: p.version + 1 }, now);
  const open = offer.status === 'offered';
  if (open && depositCovered(booking.schedule, paidOf(booking) + p.amount_minor)) {
    // Paying the deposit on an open offer accepts it: the place is booked and the client enrolled.
    await moveOffer(ctx, trx, actor, offer, 'accepted', `Deposit paid (${p.method})`, now);
  }
  return true;
}
