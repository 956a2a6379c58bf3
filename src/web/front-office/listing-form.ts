/**
 * The publishing form's draft (text as typed), every check the browser can make at once with each
 * message at its field, the request body in minor units, and a refused save's errors by field.
 */
import type { Listing, ListingBody } from '../../api/front-office.ts';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { tKey } from '../i18n/t-key.ts';
import { eurosInput, parseEuros } from './money.ts';

export interface TierDraft {
  key: number;
  days: string;
  percent: string;
}

export interface ListingDraft {
  published: boolean;
  price: string;
  deposit: string;
  endDate: string;
  balanceDueDate: string;
  tiers: TierDraft[];
  places: string;
  waitlistSize: string;
  holdDays: string;
}

/** Field names of the form: the draft's, and each tier's `tiers.<i>.days|percent`. */
export type ListingErrors = Record<string, string | undefined>;

export const listingFieldId = (field: string) => `listing-${field.replace(/\./g, '-')}`;

let nextKey = 1;
export const newTier = (days = '', percent = ''): TierDraft => ({ key: nextKey++, days, percent });

export function draftOf(listing: Listing | null, capacity: number, decimal: ',' | '.'): ListingDraft {
  if (!listing) {
    return {
      published: false,
      price: '',
      deposit: '',
      endDate: '',
      balanceDueDate: '',
      tiers: [],
      places: String(capacity),
      waitlistSize: '0',
      holdDays: '7',
    };
  }
  return {
    published: listing.published,
    price: eurosInput(listing.priceMinor, decimal),
    deposit: eurosInput(listing.depositMinor, decimal),
    endDate: listing.endDate ?? '',
    balanceDueDate: listing.balanceDueDate ?? '',
    tiers: listing.cancellationTiers.map((t) => newTier(String(t.minDaysBefore), String(t.refundPercent))),
    places: String(listing.places),
    waitlistSize: String(listing.waitlistSize),
    holdDays: String(listing.holdDays),
  };
}

const whole = (text: string, min: number, max: number): number | null => {
  const t = text.trim();
  const n = Number(t);
  return /^\d+$/.test(t) && n >= min && n <= max ? n : null;
};
const wholeError = (min: number, max: number) => tKey('frontOffice:listingForm.errors.whole', { min, max });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkTiers(tiers: TierDraft[], errors: ListingErrors): void {
  const read = tiers.map((t, i) => {
    const days = whole(t.days, 0, 3650);
    const percent = whole(t.percent, 0, 100);
    if (days === null) errors[`tiers.${i}.days`] = wholeError(0, 3650);
    if (percent === null) errors[`tiers.${i}.percent`] = wholeError(0, 100);
    return { i, days, percent };
  });
  const valid = read.filter((r) => r.days !== null && r.percent !== null);
  valid.sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  for (let k = 1; k < valid.length; k++) {
    const [earlier, later] = [valid[k - 1]!, valid[k]!];
    if (earlier.days === later.days)
      errors[`tiers.${later.i}.days`] = tKey('frontOffice:listingForm.errors.sameDays');
    else if ((later.percent ?? 0) > (earlier.percent ?? 0)) {
      errors[`tiers.${later.i}.percent`] = tKey('frontOffice:listingForm.errors.laterRefundsMore');
    }
  }
}

/** Every error the browser can find, at once; the server checks the same rules again. */
export function checkListing(
  d: ListingDraft,
  cohort: { startDate: string; capacity: number },
): ListingErrors {
  const errors: ListingErrors = {};
  const price = parseEuros(d.price);
  const deposit = parseEuros(d.deposit);
  if (price === null) errors.price = tKey('frontOffice:listingForm.errors.amount');
  if (deposit === null) errors.deposit = tKey('frontOffice:listingForm.errors.amount');
  else if (price !== null && deposit > price) {
    errors.deposit = tKey('frontOffice:listingForm.errors.depositAbovePrice');
  }
  const start = cohort.startDate;
  if (d.endDate && !DATE.test(d.endDate)) errors.endDate = tKey('frontOffice:listingForm.errors.date');
  else if (d.endDate && d.endDate < start) {
    errors.endDate = tKey('frontOffice:listingForm.errors.endBeforeStart', { start });
  }
  if (d.balanceDueDate && !DATE.test(d.balanceDueDate)) {
    errors.balanceDueDate = tKey('frontOffice:listingForm.errors.date');
  } else if (d.balanceDueDate && d.balanceDueDate > start) {
    errors.balanceDueDate = tKey('frontOffice:listingForm.errors.balanceAfterStart', { start });
  }
  const maxPlaces = Math.max(1, cohort.capacity);
  if (whole(d.places, 1, maxPlaces) === null) errors.places = wholeError(1, maxPlaces);
  if (whole(d.waitlistSize, 0, 500) === null) errors.waitlistSize = wholeError(0, 500);
  if (whole(d.holdDays, 1, 60) === null) errors.holdDays = wholeError(1, 60);
  checkTiers(d.tiers, errors);
  return errors;
}

export const hasErrors = (errors: ListingErrors) => Object.values(errors).some(Boolean);

/** The request body of a draft that passed checkListing. */
export function bodyOf(d: ListingDraft, currency: string, version: number | undefined): ListingBody {
  return {
    published: d.published,
    endDate: d.endDate || null,
    currency,
    priceMinor: parseEuros(d.price) ?? 0,
    depositMinor: parseEuros(d.deposit) ?? 0,
    balanceDueDate: d.balanceDueDate || null,
    cancellationTiers: d.tiers.map((t) => ({
      minDaysBefore: Number(t.days.trim()),
      refundPercent: Number(t.percent.trim()),
    })),
    places: Number(d.places.trim()),
    waitlistSize: Number(d.waitlistSize.trim()),
    holdDays: Number(d.holdDays.trim()),
    ...(version !== undefined ? { version } : {}),
  };
}

const SERVER_FIELDS: Record<string, string> = {
  priceMinor: 'price',
  depositMinor: 'deposit',
  endDate: 'endDate',
  balanceDueDate: 'balanceDueDate',
  places: 'places',
  waitlistSize: 'waitlistSize',
  holdDays: 'holdDays',
};

/** A refused save's errors at their fields (tiers by row); the rest as sentences above the form. */
export function listingErrorsFrom(error: unknown): { fields: ListingErrors; other: string[] } {
  if (!(error instanceof ApiError)) return { fields: {}, other: [String(error)] };
  const fields: ListingErrors = {};
  const other: string[] = [];
  for (const e of error.fieldErrors) {
    const tier = /^cancellationTiers\.(\d+)\.(minDaysBefore|refundPercent)$/.exec(e.field);
    const field = tier
      ? `tiers.${tier[1]}.${tier[2] === 'minDaysBefore' ? 'days' : 'percent'}`
      : SERVER_FIELDS[e.field];
    if (field) fields[field] = fieldMessage(e);
    else other.push(e.field === 'cancellationTiers' ? fieldMessage(e) : `${e.field}: ${fieldMessage(e)}`);
  }
  if (error.fieldErrors.length === 0) other.push(error.detail ?? error.title);
  return { fields, other };
}

/** Moves focus to the first field with an error, in the page's order. */
export function focusFirst(errors: ListingErrors): void {
  const fields = Object.keys(errors)
    .filter((k) => errors[k])
    .map((k) => document.getElementById(listingFieldId(k)))
    .filter((el): el is HTMLElement => el !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  fields[0]?.focus();
}
