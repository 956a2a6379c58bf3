/**
 * Amounts as integer minor units with an ISO 4217 currency. The number of minor digits comes from
 * the currency itself (Intl), so EUR has 2 and JPY 0; conversion to a provider's decimal string
 * never goes through floating point.
 */
import { invalid } from '../errors.ts';

export interface Money {
  /** Integer minor units (cents for EUR). */
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
}

export function money(amount: number, currency: string, field = 'amount'): Money {
  if (!Number.isSafeInteger(amount) || amount < 0) throw invalid(field, 'minor-units');
  return { amount, currency: checkCurrency(currency) };
}

export function checkCurrency(currency: string, field = 'currency'): string {
  const c = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw invalid(field, 'iso-4217-code-such-as');
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: c });
  } catch {
    throw invalid(field, 'not-known-currency');
  }
  return c;
}

/** How many minor digits a currency has (EUR 2, JPY 0). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/** 12345 EUR → '123.45' (the decimal string Mollie's API takes). */
export function toDecimalString(m: Money): string {
  const digits = minorDigits(m.currency);
  if (digits === 0) return String(m.amount);
  const s = String(m.amount).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** '123.45' EUR → 12345; refuses anything that is not an exact amount in the currency's digits. */
export function fromDecimalString(value: string, currency: string): Money {
  const digits = minorDigits(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match || (match[2]?.length ?? 0) > digits) throw invalid('amount', 'not-amount', { currency });
  const fraction = (match[2] ?? '').padEnd(digits, '0');
  return money(Number(`${match[1]}${fraction}`), currency);
}

export const sameCurrency = (a: Money, b: Money): boolean => a.currency === b.currency;
