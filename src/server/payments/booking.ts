/**
 * What an offer costs and what was paid for it: the listing's price and deposit with the
 * organization's VAT applied, the schedule, and the payments that count (paid, not flagged).
 */
import { notFound } from '../../domain/errors.ts';
import type { CancellationTier } from '../../domain/front-office/listing.ts';
import { refundable } from '../../domain/payments/refunds.ts';
import { type Schedule, scheduleFor } from '../../domain/payments/schedule.ts';
import { chargeFor } from '../../domain/payments/vat.ts';
import { getCohort } from '../cohorts/repository.ts';
import type { Tx } from '../context.ts';
import * as foRepo from '../front-office/repository.ts';
import * as repo from './repository.ts';
import { type Settings, settingsOf, vatOf } from './settings.ts';

export interface Booking {
  offer: foRepo.OfferRow;
  listing: foRepo.ListingRow;
  settings: Settings;
  schedule: Schedule;
  currency: string;
  startDate: string;
  programName: string;
  tiers: CancellationTier[];
  payments: repo.PaymentRow[];
  refunds: Awaited<ReturnType<typeof repo.refundsOf>>;
}

export async function bookingOf(trx: Tx, offer: foRepo.OfferRow): Promise<Booking> {
  const org = offer.organization_id;
  const listing = await foRepo.getListing(trx, org, offer.cohort_id);
  if (!listing) throw notFound('Listing');
  const cohort = await getCohort(trx, org, offer.cohort_id);
  const settings = await settingsOf(trx, org);
  const vat = vatOf(settings);
  const schedule = scheduleFor({
    priceGross: chargeFor(listing.price_minor, vat),
    depositGross: chargeFor(listing.deposit_minor, vat),
    balanceDueDate: listing.balance_due_date,
  });
  const payments = await repo.paymentsOfOffer(trx, org, offer.id);
  const refunds = await repo.refundsOf(
    trx,
    org,
    payments.map((p) => p.id),
  );
  return {
    offer,
    listing,
    settings,
    schedule,
    currency: listing.currency,
    startDate: cohort?.start_date ?? '',
    programName: cohort?.program_name ?? '',
    tiers: JSON.parse(listing.cancellation_tiers) as CancellationTier[],
    payments,
    refunds,
  };
}

export const refundedOf = (b: Pick<Booking, 'refunds'>, paymentId: string): number =>
  b.refunds.filter((r) => r.payment_id === paymentId).reduce((s, r) => s + r.amount_minor, 0);

/** Payments that count toward the booking: paid and not flagged as a double payment. */
export const countingPayments = (b: Booking, exceptId?: string) =>
  b.payments.filter((p) => p.status === 'paid' && p.flagged_for_refund === 0 && p.id !== exceptId);

/** Paid toward the booking (gross, before refunds). */
export const paidOf = (b: Booking, exceptId?: string): number =>
  countingPayments(b, exceptId).reduce((s, p) => s + p.amount_minor, 0);

export const paidPayments = (b: Booking) =>
  countingPayments(b).map((p) => ({
    id: p.id,
    amount: p.amount_minor,
    refunded: refundedOf(b, p.id),
    paidAt: p.paid_at ?? p.updated_at,
  }));

export const leftToRefund = (b: Booking, p: repo.PaymentRow) =>
  refundable({ id: p.id, amount: p.amount_minor, refunded: refundedOf(b, p.id), paidAt: '' });
