/** Amounts in integer minor units, written in the organization's locale ("€ 1.300,00" in nl-NL). */
import { minorDigits, toDecimalString } from '../../domain/payments/money.ts';
import { currentFormatter } from '../i18n/format.ts';

export function formatMoney(minor: number, currency: string): string {
  const { locale } = currentFormatter();
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    Number(toDecimalString({ amount: minor, currency })),
  );
}

/** '12,50' or '12.50' typed by staff → minor units; null when it is not an amount. */
export function parseMoney(text: string, currency: string): number | null {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m || (m[2]?.length ?? 0) > digits) return null;
  return Number(`${m[1]}${(m[2] ?? '').padEnd(digits, '0')}`);
}
