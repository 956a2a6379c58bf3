import { describe, expect, it } from 'vitest';
import { parseMoney } from './money.ts';
import { basisPoints, bodyOf, formStateOf, reminderDaysOf } from './settings-form.ts';

const SAVED = {
  vatRateBasisPoints: 2100,
  pricesIncludeVat: true,
  vatNumber: 'NL123456789B01',
  invoicePrefix: 'TH',
  reminderDays: [14, 3],
  methods: ['bank_transfer' as const],
  bankIban: 'NL91ABNA0417164300',
  bankAccountName: 'Retreat BV',
  secrets: { mollieApiKey: true, stripeSecretKey: false, stripeWebhookSecret: false },
  version: 3,
};

describe('payment settings form', () => {
  it('reads percentages and reminder days as typed in either language', () => {
    expect(basisPoints('21')).toBe(2100);
    expect(basisPoints('9,5')).toBe(950);
    expect(basisPoints('100.01')).toBeNull();
    expect(basisPoints('abc')).toBeNull();
    expect(reminderDaysOf('14, 3')).toEqual([14, 3]);
    expect(reminderDaysOf('')).toEqual([]);
    expect(reminderDaysOf('-1')).toBeNull();
  });
  it('leaves an untouched secret as it is, sends a new one, and null to remove one', () => {
    const form = formStateOf(SAVED);
    const untouched = bodyOf(form, 3);
    expect(untouched).toMatchObject({ vatRateBasisPoints: 2100, reminderDays: [14, 3], version: 3 });
    expect(untouched).not.toHaveProperty('mollieApiKey');
    const changed = bodyOf(
      { ...form, secrets: { ...form.secrets, mollieApiKey: null, stripeSecretKey: ' sk ' } },
      3,
    );
    expect(changed).toMatchObject({ mollieApiKey: null, stripeSecretKey: 'sk' });
    expect(bodyOf({ ...form, vatRate: 'x' }, 3)).toBe('vatRate');
  });
  it('reads an amount in minor units without floating point', () => {
    expect(parseMoney('1.300,00'.replace('.', ''), 'EUR')).toBe(130000);
    expect(parseMoney('0.1', 'EUR')).toBe(10);
    expect(parseMoney('12.345', 'EUR')).toBeNull();
  });
});
