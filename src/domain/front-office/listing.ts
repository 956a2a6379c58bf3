/**
 * What a cohort offers the public: price and deposit in integer minor units with an ISO 4217
 * currency, the balance due date, the cancellation policy as refund tiers by days before the start,
 * the places sold, the waitlist's size and how long an offer holds a place. `normalizeListing`
 * refuses anything inconsistent, naming the field.
 */
import { invalid } from '../errors.ts';

export interface CancellationTier {
  /** The tier applies when the cancellation is at least this many days before the start. */
  minDaysBefore: number;
  /** Share of what was paid that is refunded, 0–100. */
  refundPercent: number;
}

export interface ListingInput {
  published: boolean;
  endDate: string | null;
  currency: string;
  priceMinor: number;
  depositMinor: number;
  balanceDueDate: string | null;
  cancellationTiers: CancellationTier[];
  places: number;
  waitlistSize: number;
  holdDays: number;
}

/** The most a price may be in minor units (10 million in the major unit). */
export const MAX_PRICE_MINOR = 1_000_000_000;
export const MAX_WAITLIST = 500;
export const MAX_HOLD_DAYS = 60;
export const MAX_TIERS = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(field: string, value: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw invalid(field, 'date');
  }
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw invalid(field, 'calendar-date');
  }
  return value;
}

function checkInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, 'integer-between', { min, max });
  }
  return value;
}

/** Tiers sorted from the earliest cancellation; days unique; a later cancellation never refunds more. */
export function normalizeTiers(tiers: readonly CancellationTier[]): CancellationTier[] {
  if (tiers.length > MAX_TIERS)
    throw invalid('cancellationTiers', 'may-have-at-most-tiers', { maxTiers: MAX_TIERS });
  const out = tiers.map((t, i) => ({
    minDaysBefore: checkInteger(`cancellationTiers.${i}.minDaysBefore`, t.minDaysBefore, 0, 3650),
    refundPercent: checkInteger(`cancellationTiers.${i}.refundPercent`, t.refundPercent, 0, 100),
  }));
  out.sort((a, b) => b.minDaysBefore - a.minDaysBefore);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.minDaysBefore === out[i - 1]!.minDaysBefore) {
      throw invalid('cancellationTiers', 'two-tiers-days', { minDaysBefore: out[i]!.minDaysBefore });
    }
    if (out[i]!.refundPercent > out[i - 1]!.refundPercent) {
      throw invalid('cancellationTiers', 'later-cancellation-cannot-refunded-more');
    }
  }
  return out;
}

/** Checks a listing against its cohort (start date, capacity) and returns it normalised. */
export function normalizeListing(
  input: ListingInput,
  cohort: { startDate: string; capacity: number },
): ListingInput {
  const currency = input.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw invalid('currency', 'iso-4217-code-such-as');
  const priceMinor = checkInteger('priceMinor', input.priceMinor, 0, MAX_PRICE_MINOR);
  const depositMinor = checkInteger('depositMinor', input.depositMinor, 0, MAX_PRICE_MINOR);
  if (depositMinor > priceMinor) throw invalid('depositMinor', 'cannot-more-than-price');
  const endDate = input.endDate ? checkDate('endDate', input.endDate) : null;
  if (endDate && endDate < cohort.startDate) throw invalid('endDate', 'before-start-date');
  const balanceDueDate = input.balanceDueDate ? checkDate('balanceDueDate', input.balanceDueDate) : null;
  if (balanceDueDate && balanceDueDate > cohort.startDate) {
    throw invalid('balanceDueDate', 'after-start-date');
  }
  const places = checkInteger('places', input.places, 1, Math.max(1, cohort.capacity));
  return {
    published: input.published,
    endDate,
    currency,
    priceMinor,
    depositMinor,
    balanceDueDate,
    cancellationTiers: normalizeTiers(input.cancellationTiers),
    places,
    waitlistSize: checkInteger('waitlistSize', input.waitlistSize, 0, MAX_WAITLIST),
    holdDays: checkInteger('holdDays', input.holdDays, 1, MAX_HOLD_DAYS),
  };
}
