import { describe, expect, it } from 'vitest';
import type { PublicOffer } from './api.ts';
import { paymentView, safeCheckoutUrl } from './payment.ts';

const base: PublicOffer = {
  status: 'accepted',
  expiresAt: '2026-12-14T22:59:00.000Z',
  organization: 'Demo',
  programName: 'Retreat',
  startDate: '2027-01-10',
  endDate: null,
  location: null,
  price: { amount: 185_000, currency: 'EUR', deposit: 50_000 },
  timeZone: 'Europe/Amsterdam',
  language: 'nl',
  paymentMethods: [],
  payment: null,
};

describe('paymentView', () => {
  it('shows no payment step before the offer is accepted', () => {
    expect(paymentView({ ...base, status: 'offered', paymentMethods: ['mollie'] }).kind).toBe('none');
  });
  it('shows no payment step when the server offers no method (or says nothing of payments)', () => {
    expect(paymentView(base).kind).toBe('none');
    expect(paymentView({ ...base, paymentMethods: [] }).kind).toBe('none');
  });
  it('offers the methods with the amount due, from the payment or else the deposit', () => {
    expect(paymentView({ ...base, paymentMethods: ['mollie', 'bank_transfer'], payment: null })).toEqual({
      kind: 'choose',
      methods: ['mollie', 'bank_transfer'],
      amountDue: { amount: 50_000, currency: 'EUR' },
      pending: false,
      due: 'deposit',
      dueDate: null,
    });
    const open = paymentView({
      ...base,
      paymentMethods: ['stripe'],
      payment: {
        status: 'open',
        amountDue: { amount: 40_000, currency: 'EUR' },
        kind: 'deposit',
        dueDate: null,
      },
    });
    expect(open).toMatchObject({ amountDue: { amount: 40_000 }, pending: false });
    const waiting = paymentView({
      ...base,
      paymentMethods: ['stripe'],
      payment: {
        status: 'pending',
        amountDue: { amount: 40_000, currency: 'EUR' },
        kind: 'deposit',
        dueDate: null,
      },
    });
    expect(waiting).toMatchObject({ pending: true });
  });
  it('asks for the balance, with its date, once the deposit is paid', () => {
    const balance = paymentView({
      ...base,
      paymentMethods: ['stripe'],
      payment: {
        status: 'open',
        amountDue: { amount: 135_000, currency: 'EUR' },
        kind: 'balance',
        dueDate: '2026-12-10',
      },
    });
    expect(balance).toMatchObject({ kind: 'choose', due: 'balance', dueDate: '2026-12-10', pending: false });
  });
  it('says everything is paid once it is', () => {
    const paid = {
      status: 'paid' as const,
      amountDue: { amount: 0, currency: 'EUR' },
      kind: null,
      dueDate: null,
    };
    expect(paymentView({ ...base, paymentMethods: ['mollie'], payment: paid }).kind).toBe('paid');
  });
});

describe('safeCheckoutUrl', () => {
  it('follows only web addresses', () => {
    expect(safeCheckoutUrl('https://www.mollie.com/checkout/select-method/abc')).toBe(
      'https://www.mollie.com/checkout/select-method/abc',
    );
    expect(safeCheckoutUrl('javascript:alert(1)')).toBeNull();
    expect(safeCheckoutUrl('not a url')).toBeNull();
    expect(safeCheckoutUrl(null)).toBeNull();
  });
});
