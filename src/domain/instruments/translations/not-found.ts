/**
 * Dutch versions that exist but have no public copy to compare (Threshold's questionnaire-facts
 * reference, "Dutch versions"): nothing is installed; an organization adds the translation it holds.
 */
import type { TranslationRecord } from '../types.ts';

export const notFoundInDutch = (holder: string, licence: string): TranslationRecord => ({
  language: 'nl',
  installed: false,
  status: 'unverified',
  licence,
  copies: [],
  disagreements: [],
  decision: `Not installed: no public copy of the Dutch item texts was found (${holder}). An organization adds the translation it holds.`,
});
