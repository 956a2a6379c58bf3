/**
 * The reasons Threshold itself stores on a record (an enrollment moved by a screening, a consent
 * or the rule in ./programs/auto-status.ts, a session moved by the integration window), by code.
 * The record keeps the English sentence for API users and the audit; the web shows the code's
 * words in the reader's language (src/web/i18n/resources/nl/common.ts `storedReasons`).
 */
export const STORED_REASONS = {
  'screening-recorded': 'Screening recorded',
  'consent-recorded': 'Consent recorded',
  'client-attended': 'The client attended a session.',
  'first-day-passed': 'The day of the first session has passed.',
  'care-over': 'The last session is over and every planned questionnaire window has closed.',
  'pulled-forward': 'Pulled forward after a challenging experience',
} as const;

export type StoredReasonCode = keyof typeof STORED_REASONS;

const BY_TEXT = new Map<string, StoredReasonCode>(
  Object.entries(STORED_REASONS).map(([code, text]) => [text, code as StoredReasonCode]),
);

/** The code of a reason Threshold stored, or undefined for a person's own words. */
export const storedReasonCode = (reason: string): StoredReasonCode | undefined => BY_TEXT.get(reason);
