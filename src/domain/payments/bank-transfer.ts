/**
 * Manual bank transfer: the organization's IBAN (checked with ISO 13616 mod 97) and a structured
 * creditor reference (ISO 11649 `RF` + check digits) that names the payment, so staff can match
 * what arrives on the account to the payment they mark received.
 */
import { invalid } from '../errors.ts';

const alphaToDigits = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

function mod97(digits: string): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

export function normalizeIban(value: string, field = 'iban'): string {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) throw invalid(field, 'not-iban');
  if (mod97(alphaToDigits(iban.slice(4) + iban.slice(0, 4))) !== 1) {
    throw invalid(field, 'wrong-check-digit');
  }
  return iban;
}

/** ISO 11649: RF + two check digits + the body (1–21 letters or digits). */
export function creditorReference(body: string): string {
  const b = body.toUpperCase();
  if (!/^[A-Z0-9]{1,21}$/.test(b)) throw invalid('reference', '1-21-letters-digits');
  const check = 98 - mod97(alphaToDigits(`${b}RF00`));
  return `RF${String(check).padStart(2, '0')}${b}`;
}

export function isCreditorReference(ref: string): boolean {
  const r = ref.replace(/\s/g, '').toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(r)) return false;
  return mod97(alphaToDigits(r.slice(4) + r.slice(0, 4))) === 1;
}

/** A reference body from a payment id (a UUID): its first 16 hexadecimal digits. */
export const referenceBodyOf = (paymentId: string): string =>
  paymentId.replace(/-/g, '').slice(0, 16).toUpperCase();
