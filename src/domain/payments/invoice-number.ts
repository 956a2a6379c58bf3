/**
 * Invoice numbers per organization: one gap-free series per calendar year, `2026-0001`, with an
 * optional prefix the organization chooses. The counter is taken in the transaction that issues
 * the invoice, so a rollback leaves no gap.
 */
import { invalid } from '../errors.ts';

export const MAX_PREFIX = 10;

export function normalizePrefix(prefix: string | null): string {
  const p = (prefix ?? '').trim().toUpperCase();
  if (p.length > MAX_PREFIX || !/^[A-Z0-9-]*$/.test(p)) {
    throw invalid('invoicePrefix', 'may-hold-up-letters-digits', { maxPrefix: MAX_PREFIX });
  }
  return p;
}

export function invoiceNumber(prefix: string, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw invalid('year', 'year');
  if (!Number.isInteger(sequence) || sequence < 1) throw invalid('sequence', 'integer-at-least-1');
  const body = `${year}-${String(sequence).padStart(4, '0')}`;
  return prefix ? `${prefix}-${body}` : body;
}

/** The next number after `last` (0 when the year has none yet). */
export const nextSequence = (last: number | null): number => (last ?? 0) + 1;
