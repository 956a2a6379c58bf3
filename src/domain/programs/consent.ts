/**
 * When a consent can have been signed: not before the consent document's version was published
 * (a client cannot have read and signed a text that did not exist yet), and not in the future.
 */
import { conflict } from '../errors.ts';

export interface PublishedDocument {
  version: number;
  title: string;
  /** ISO-8601 instant the version was published (stored). */
  publishedAt: string;
}

/**
 * Slack for a signature time typed to the minute (a form's date-time field has no seconds) and for
 * clocks that differ a little: five minutes, the same the consent route allows into the future.
 */
export const SIGNED_BEFORE_TOLERANCE_MS = 5 * 60 * 1000;

/** Throws a conflict naming the document version when the signature predates its publication. */
export function checkSignedAfterPublication(signedAt: string, document: PublishedDocument): void {
  if (Date.parse(signedAt) < Date.parse(document.publishedAt) - SIGNED_BEFORE_TOLERANCE_MS) {
    throw conflict(
      'consent-before-publication',
      { signedAt, version: document.version, title: document.title, publishedAt: document.publishedAt },
      { documentVersion: document.version, publishedAt: document.publishedAt },
    );
  }
}
