/** Checks the client's input before it is sent: the email address and a journal entry. */
import { ApiError } from '../http/problem.ts';
import type { HomeText } from './i18n.ts';

export const JOURNAL_MAX_LENGTH = 10_000;

/** Loose on purpose: one @, something on each side, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message to show beside the email field, or null when it looks like an address. */
export function emailError(value: string, t: HomeText): string | null {
  const email = value.trim();
  if (email === '') return t.emailMissing;
  if (email.length > 320 || !EMAIL.test(email)) return t.emailInvalid;
  return null;
}

/** The message to show beside a journal entry, or null when it can be saved. */
export function entryError(value: string, t: HomeText): string | null {
  if (value.trim() === '') return t.entryEmpty;
  if (value.length > JOURNAL_MAX_LENGTH) return t.entryTooLong;
  return null;
}

/** Why saving an entry failed, to show beside it: what the server refused, an ended sign-in, or the network. */
export function saveError(error: unknown, body: string, t: HomeText): string {
  if (error instanceof ApiError && error.status === 400) return entryError(body, t) ?? t.saveFailed;
  if (error instanceof ApiError && error.status === 401) return t.sessionEnded;
  return t.saveFailed;
}
