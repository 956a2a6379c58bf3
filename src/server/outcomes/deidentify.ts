/**
 * De-identification for researchers: stable pseudonyms and one date shift per client, both keyed
 * by the organization's secret research key (HMAC-SHA-256), so the same client gets the same
 * pseudonym and shift in every export, nobody without the key can link them back, and intervals
 * between one client's dates are kept exactly (what longitudinal analysis needs).
 */
import { createHmac } from 'node:crypto';

/** Largest shift either way, in days. */
export const MAX_SHIFT_DAYS = 182;

const mac = (key: string, text: string) => createHmac('sha256', key).update(text).digest();

/** A pseudonym such as 'S-3f9a0c21d4e7' for kind 'S' (subject), 'E' (enrollment) or 'C' (cohort). */
export function pseudonym(key: string, kind: 'S' | 'E' | 'C', id: string): string {
  return `${kind}-${mac(key, `${kind}:${id}`).toString('hex').slice(0, 12)}`;
}

/** The client's shift in whole days, in [−MAX_SHIFT_DAYS, MAX_SHIFT_DAYS], never 0. */
export function shiftDays(key: string, clientId: string): number {
  const n = mac(key, `shift:${clientId}`).readUInt32BE(0) % (2 * MAX_SHIFT_DAYS);
  return n < MAX_SHIFT_DAYS ? n - MAX_SHIFT_DAYS : n - MAX_SHIFT_DAYS + 1;
}

export function shiftInstant(epochSeconds: number, days: number): string {
  return new Date((epochSeconds + days * 86_400) * 1000).toISOString();
}

export function shiftDate(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A researcher's own key, from the organization's: the researcher's cohort keys are made with it,
 * so one researcher sees the same key for a cohort in every report and export, and two
 * researchers see different keys for it (what one shares does not link to the other's).
 */
export const researcherKey = (key: string, userId: string): string =>
  mac(key, `researcher:${userId}`).toString('base64url');

/** The pseudonymous key by which a researcher sees (and filters by) a cohort: 'C-…' (12 hex digits). */
export const cohortKey = (researcherKey: string, cohortId: string): string =>
  pseudonym(researcherKey, 'C', cohortId);

export const COHORT_KEY = /^C-[0-9a-f]{12}$/;
