/**
 * What the portal keeps in the tab's sessionStorage, per link: the answers given so far (a reload
 * restores them) and the submission id (a retry after a network error reuses it, so the server
 * stores one response). Pure functions over a Storage-like object; storage that is missing or full
 * is ignored.
 */
import type { Answers } from './flow.ts';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const answersKey = (token: string) => `threshold.portal.${token}.answers`;
const submissionKey = (token: string) => `threshold.portal.${token}.submission`;

/** The tab's sessionStorage, or null where the browser refuses it (some private modes). */
export function sessionStore(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or refused: the server draft still holds the answers.
  }
}

function remove(storage: KeyValueStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/** Answers kept for this link, or null when none (or the stored value is not answers). */
export function loadAnswers(storage: KeyValueStorage | null, token: string): Answers | null {
  const text = read(storage, answersKey(token));
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Answers = {};
  for (const [linkId, answer] of Object.entries(value)) {
    if (answer === null || (typeof answer === 'number' && Number.isInteger(answer))) out[linkId] = answer;
  }
  return out;
}

export function saveAnswers(storage: KeyValueStorage | null, token: string, answers: Answers): void {
  write(storage, answersKey(token), JSON.stringify(answers));
}

/** The submission id for this link: the stored one, else a new one (stored for a retry). */
export function submissionIdFor(
  storage: KeyValueStorage | null,
  token: string,
  makeId: () => string,
): string {
  const stored = read(storage, submissionKey(token));
  if (stored) return stored;
  const id = makeId();
  write(storage, submissionKey(token), id);
  return id;
}

/** Forgets the link's answers and submission id (after sending, so a shared device keeps nothing). */
export function clearPortal(storage: KeyValueStorage | null, token: string): void {
  remove(storage, answersKey(token));
  remove(storage, submissionKey(token));
}

interface CryptoLike {
  getRandomValues(array: Uint8Array): Uint8Array;
  randomUUID?: () => string;
}

/**
 * A random UUID (v4). crypto.randomUUID exists only on secure pages (https or localhost); a clinic
 * serving Threshold over plain http on its own network still gets one from getRandomValues.
 */
export function randomId(source: CryptoLike = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
