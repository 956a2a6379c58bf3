/**
 * The URLs Threshold's FHIR resources are named and coded with, and the one rule for LOINC: a code
 * the registry marks 'unverified' is never emitted as fact (it is left out, not flagged).
 *
 * Canonical URLs are URNs, `urn:threshold:questionnaire:<instrument id>`, not the address of one
 * installation: every Threshold install serves the same registry, so the same questionnaire has the
 * same canonical everywhere, and a response exported from one clinic resolves at another. The
 * version travels separately (`Questionnaire.version`, and `|<version>` on a reference).
 */
import type { Sourced } from '../instruments/types.ts';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** The same text in another language, on any string element (lang + content). */
export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

const QUESTIONNAIRE_PREFIX = 'urn:threshold:questionnaire:';

/** Threshold's code system for instrument scores that have no (verified) LOINC code: `<id>-total`, `<id>-<subscale>`. */
export const SCORE_SYSTEM = 'urn:threshold:instrument-score';

export const questionnaireUrl = (instrumentId: string): string => `${QUESTIONNAIRE_PREFIX}${instrumentId}`;

/**
 * A versioned canonical reference, `<url>|<version>`. Versions are percent-encoded there because
 * some registry versions are phrases ("Standard past-month form, 14 August 2013") and a canonical
 * may hold no whitespace; `Questionnaire.version` itself carries the version as written.
 */
export const versionedQuestionnaireUrl = (instrumentId: string, version: string): string =>
  `${questionnaireUrl(instrumentId)}|${encodeURIComponent(version)}`;

/** Threshold's code system for one instrument's answers: code = the stored value as a string. */
export const answerSystem = (instrumentId: string): string =>
  `urn:threshold:instrument:${instrumentId}:answers`;

/** The value of a LOINC fact when the registry does not mark it unverified; otherwise nothing. */
export function usableCode(fact: Sourced<string> | null | undefined): string | undefined {
  return fact && fact.status !== 'unverified' ? fact.value : undefined;
}

/**
 * The instrument a `QuestionnaireResponse.questionnaire` names, with the version when it carries one.
 * Accepted: the canonical URL (`urn:threshold:questionnaire:phq-9`, optionally `|1`) or the relative
 * reference `Questionnaire/phq-9` that FHIR servers also answer to.
 */
export function parseQuestionnaireRef(ref: string): { id: string; version: string | null } | null {
  const [base = '', version, ...rest] = ref.split('|');
  if (rest.length || version === '') return null;
  const id = base.startsWith(QUESTIONNAIRE_PREFIX)
    ? base.slice(QUESTIONNAIRE_PREFIX.length)
    : base.startsWith('Questionnaire/')
      ? base.slice('Questionnaire/'.length)
      : null;
  if (!id || !/^[A-Za-z0-9\-.]{1,64}$/.test(id)) return null;
  if (version === undefined) return { id, version: null };
  try {
    return { id, version: decodeURIComponent(version) };
  } catch {
    return null;
  }
}

/** A computable name (FHIR invariant que-0: `[A-Z]([A-Za-z0-9_]){0,254}`) from a short name: "PHQ-9" → "PHQ9". */
export function computableName(shortName: string): string {
  const letters = shortName.replace(/[^A-Za-z0-9_]/g, '');
  const name = /^[A-Za-z]/.test(letters) ? letters[0]!.toUpperCase() + letters.slice(1) : `Q${letters}`;
  return name.slice(0, 255);
}
