/**
 * Phone numbers staff type for clients to call (crisis lines, the clinic's number): digits with the
 * usual separators, so every one can be offered as a `tel:` link a phone dials as is.
 */
import { invalid } from '../errors.ts';

export const PHONE_MAX_LENGTH = 32;

/** Digits, spaces, hyphens and parentheses, with an optional leading +. */
const PHONE = /^\+?[0-9 ()-]+$/;

/**
 * The number, trimmed, or a validation error naming the field: only digits, spaces, +, - and
 * parentheses, at least two digits (short national lines such as 112 and 113 are numbers too).
 */
export function checkPhone(field: string, value: string): string {
  const phone = value.trim().replace(/\s+/g, ' ');
  if (!phone) throw invalid(field, 'required');
  if (phone.length > PHONE_MAX_LENGTH) throw invalid(field, 'max-length', { max: PHONE_MAX_LENGTH });
  if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 2) {
    throw invalid(field, 'phone-number-digits-spaces-parentheses');
  }
  return phone;
}

/** The `tel:` URI of a checked number: its digits, with the + of an international number. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}
