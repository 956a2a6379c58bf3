import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  allocateRefund,
  cancellationQuote,
  chargeFor,
  creditorReference,
  fromDecimalString,
  fromMollie,
  fromStripeEvent,
  fromStripeSession,
  invoiceNumber,
  isCreditorReference,
  mayMove,
  minorDigits,
  nextDue,
  nextSequence,
  normalizeIban,
  normalizePrefix,
  normalizeReminderDays,
  normalizeVat,
  reminderDue,
  scheduleFor,
  toDecimalString,
  vatFor,
} from './index.ts';

describe('money', () => {
  it('converts minor units to a decimal string and back, by the currency’s digits', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(toDecimalString({ amount: 50000, currency: 'EUR' })).toBe('500.00');
    expect(toDecimalString({ amount: 5, currency: 'EUR' })).toBe('0.05');
    expect(toDecimalString({ amount: 500, currency: 'JPY' })).toBe('500');
    expect(fromDecimalString('123.45', 'EUR')).toEqual({ amount: 12345, currency: 'EUR' });
    expect(fromDecimalString('7', 'EUR').amount).toBe(700);
    expect(() => fromDecimalString('1.234', 'EUR')).toThrow(DomainError);
    expect(() => fromDecimalString('-1', 'EUR')).toThrow(DomainError);
  });
});

describe('VAT', () => {
  it('splits an inclusive price so net + VAT is exactly the gross', () => {
    const s = normalizeVat({
      rateBasisPoints: 2100,
      pricesIncludeVat: true,
      vatNumber: 'nl 123.456.789 b01',
    });
    expect(s.vatNumber).toBe('NL123456789B01');
    expect(vatFor(12100, s)).toEqual({ net: 10000, vat: 2100, gross: 12100, rateBasisPoints: 2100 });
    const odd = vatFor(99, s);
    expect(odd.net + odd.vat).toBe(99);
  });
  it('adds VAT to an exclusive price and charges the gross', () => {
    const s = { rateBasisPoints: 900, pricesIncludeVat: false, vatNumber: null };
    expect(vatFor(10000, s)).toEqual({ net: 10000, vat: 900, gross: 10900, rateBasisPoints: 900 });
    expect(chargeFor(10000, s)).toBe(10900);
  });
  it('refuses a rate out of range and a malformed VAT number', () => {
    expect(() => normalizeVat({ rateBasisPoints: 10001, pricesIncludeVat: true, vatNumber: null })).toThrow(
      /vatRateBasisPoints/,
    );
    expect(() => normalizeVat({ rateBasisPoints: 2100, pricesIncludeVat: true, vatNumber: '12' })).toThrow(
      /vatNumber/,
    );
  });
});

describe('invoice numbers', () => {
  it('numbers per year without gaps, with an optional prefix', () => {
    expect(invoiceNumber('', 2026, nextSequence(null))).toBe('2026-0001');
    expect(invoiceNumber(normalizePrefix('th'), 2027, nextSequence(41))).toBe('TH-2027-0042');
    expect(() => normalizePrefix('bad prefix')).toThrow(/invoicePrefix/);
  });
});

describe('bank transfer', () => {
  it('checks an IBAN and makes an ISO 11649 reference', () => {
    expect(normalizeIban('NL91 ABNA 0417 1643 00')).toBe('NL91ABNA0417164300');
    expect(() => normalizeIban('NL92ABNA0417164300')).toThrow(/check digit/);
    expect(creditorReference('539007547034')).toBe('RF18539007547034');
    expect(isCreditorReference('RF18 5390 0754 7034')).toBe(true);
    expect(isCreditorReference('RF19539007547034')).toBe(false);
  });
});

describe('statuses', () => {
  it('never moves a paid payment back; a finished one only to paid', () => {
    expect(mayMove('open', 'paid')).toBe(true);
    expect(mayMove('pending', 'open')).toBe(false);
    expect(mayMove('paid', 'expired')).toBe(false);
    expect(mayMove('paid', 'failed')).toBe(false);
    expect(mayMove('expired', 'paid')).toBe(true);
    expect(mayMove('failed', 'open')).toBe(false);
    expect(mayMove('paid', 'paid')).toBe(false);
  });
  it('maps the providers’ words', () => {
    expect(fromMollie('canceled')).toBe('cancelled');
    expect(fromMollie('authorized')).toBe('pending');
    expect(fromStripeSession('complete', 'paid')).toBe('paid');
    expect(fromStripeSession('expired', 'unpaid')).toBe('expired');
    expect(fromStripeSession('open', 'unpaid')).toBe('open');
    expect(fromStripeEvent('checkout.session.completed', 'unpaid')).toBe('pending');
    expect(fromStripeEvent('checkout.session.async_payment_failed', null)).toBe('failed');
    expect(fromStripeEvent('customer.created', null)).toBeNull();
  });
});

describe('schedule', () => {
  const s = scheduleFor({ priceGross: 180000, depositGross: 50000, balanceDueDate: '2030-04-01' });
  it('asks the deposit, then the balance by its date', () => {
    expect(nextDue(s, 0)).toEqual({ kind: 'deposit', amount: 50000, dueDate: null });
    expect(nextDue(s, 50000)).toEqual({ kind: 'balance', amount: 130000, dueDate: '2030-04-01' });
    expect(nextDue(s, 180000)).toBeNull();
  });
  it('asks the whole price at once when the listing has no balance date', () => {
    const whole = scheduleFor({ priceGross: 180000, depositGross: 50000, balanceDueDate: null });
    expect(nextDue(whole, 0)).toEqual({ kind: 'full', amount: 180000, dueDate: null });
  });
  it('sends the reminder whose day has come, once per configured day', () => {
    const days = normalizeReminderDays([3, 14, 3]);
    expect(days).toEqual([14, 3]);
    expect(reminderDue('2030-04-01', '2030-03-01', days)).toBeNull();
    expect(reminderDue('2030-04-01', '2030-03-18', days)).toBe(14);
    expect(reminderDue('2030-04-01', '2030-03-25', days)).toBe(14);
    expect(reminderDue('2030-04-01', '2030-03-30', days)).toBe(3);
    expect(reminderDue('2030-04-01', '2030-04-02', days)).toBeNull();
    expect(() => normalizeReminderDays([-1])).toThrow(/reminderDays.0/);
  });
});

describe('refunds', () => {
  const paid = [
    { id: 'a', amount: 50000, refunded: 0, paidAt: '2030-01-01T00:00:00Z' },
    { id: 'b', amount: 130000, refunded: 0, paidAt: '2030-03-01T00:00:00Z' },
  ];
  it('applies the cancellation policy to what was paid', () => {
    const tiers = [
      { minDaysBefore: 60, refundPercent: 100 },
      { minDaysBefore: 30, refundPercent: 50 },
    ];
    expect(cancellationQuote(tiers, paid, '2030-04-01', '2030-05-04')).toMatchObject({
      paid: 180000,
      refundMinor: 90000,
      daysBefore: 33,
    });
    expect(cancellationQuote(tiers, paid, '2030-05-01', '2030-05-04').refundMinor).toBe(0);
  });
  it('spreads a refund over the payments, newest first, never beyond what is left', () => {
    expect(allocateRefund(140000, paid)).toEqual([
      { id: 'b', amount: 130000 },
      { id: 'a', amount: 10000 },
    ]);
    expect(() => allocateRefund(180001, paid)).toThrow(DomainError);
  });
});
