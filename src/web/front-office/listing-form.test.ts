import { describe, expect, it } from 'vitest';
import { bodyOf, checkListing, type ListingDraft, newTier } from './listing-form.ts';

const cohort = { startDate: '2027-01-07', capacity: 12 };
const good: ListingDraft = {
  published: true,
  price: '1.800,00',
  deposit: '500',
  endDate: '2027-01-10',
  balanceDueDate: '2026-12-07',
  tiers: [newTier('60', '100'), newTier('14', '50')],
  places: '12',
  waitlistSize: '5',
  holdDays: '7',
};
const fields = (d: ListingDraft) =>
  Object.entries(checkListing(d, cohort))
    .filter(([, v]) => v)
    .map(([k]) => k)
    .sort();

describe('the publishing form', () => {
  it('accepts a full listing and sends cents', () => {
    expect(fields(good)).toEqual([]);
    expect(bodyOf(good, 'EUR', 3)).toEqual({
      published: true,
      endDate: '2027-01-10',
      currency: 'EUR',
      priceMinor: 180_000,
      depositMinor: 50_000,
      balanceDueDate: '2026-12-07',
      cancellationTiers: [
        { minDaysBefore: 60, refundPercent: 100 },
        { minDaysBefore: 14, refundPercent: 50 },
      ],
      places: 12,
      waitlistSize: 5,
      holdDays: 7,
      version: 3,
    });
  });

  it('finds every error at once, each at its field', () => {
    expect(
      fields({
        ...good,
        price: 'veel',
        deposit: '',
        endDate: '2027-01-01',
        balanceDueDate: '2027-02-01',
        tiers: [newTier('30', '150'), newTier('x', '10')],
        places: '13',
        waitlistSize: '501',
        holdDays: '0',
      }),
    ).toEqual([
      'balanceDueDate',
      'deposit',
      'endDate',
      'holdDays',
      'places',
      'price',
      'tiers.0.percent',
      'tiers.1.days',
      'waitlistSize',
    ]);
  });

  it('refuses a deposit above the price, two tiers on one day, and a later cancellation refunded more', () => {
    expect(fields({ ...good, deposit: '2000' })).toEqual(['deposit']);
    expect(fields({ ...good, tiers: [newTier('30', '100'), newTier('30', '50')] })).toEqual(['tiers.1.days']);
    expect(fields({ ...good, tiers: [newTier('60', '50'), newTier('14', '100')] })).toEqual([
      'tiers.1.percent',
    ]);
  });
});
