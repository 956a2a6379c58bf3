/**
 * The shape of a validated questionnaire in Threshold's registry: content, provenance and rules in
 * one typed module per instrument (after Open Data Capture's instruments), plus what it lacks:
 * severity bands, change criteria, safety flags, LOINC codes and a verification status per fact.
 */

/** How far a fact was checked: seen in the named primary source, only in a secondary one, or not at all. */
export type VerificationStatus = 'confirmed' | 'secondary' | 'unverified';

/** A fact with where it came from and how far it was checked. */
export interface Sourced<T> {
  value: T;
  status: VerificationStatus;
  /** Citation or location (paper, manual, page, repository file) the fact was taken from. */
  source: string;
}

export interface AnswerOption {
  value: number;
  /** The label as printed on the instrument. */
  label: string;
  /** LOINC answer code (LA…), where one exists. */
  loinc?: Sourced<string>;
}

export interface Item {
  /** Stable identifier: never reused or renumbered across versions (FHIR linkId). */
  linkId: string;
  /** Position as printed (1-based). */
  number: number;
  /** Verbatim item text. */
  text: string;
  options: AnswerOption[];
  required: boolean;
  /** False for items that are asked but not part of any score (e.g. PHQ-9's difficulty question). */
  scored: boolean;
  loinc?: Sourced<string>;
}

export interface SeverityBand {
  /** Inclusive bounds on the total. */
  min: number;
  max: number;
  /** Lower-case label, e.g. "moderately severe". */
  label: string;
}

export type SafetyFlagId =
  | 'suicide-risk'
  | 'poor-wellbeing'
  | 'provisional-ptsd'
  | 'complete-mystical-experience';

/**
 * Why a flag was raised as a stable code and its values (plain numbers), for a screen to say the
 * reason in the reader's language. Flags stored before the code existed have none.
 */
export type FlagReasonCode =
  /** One item answered at or above its trigger (PHQ-9 item 9, QIDS-SR16 item 12). */
  | { code: 'item-answered'; params: { item: number; value: number } }
  /** Symptoms per DSM-5 cluster (items rated at the symptom threshold or higher) against the number needed. */
  | {
      code: 'ptsd-clusters';
      params: { clusters: { key: string; count: number; of: number; needed: number }[] };
    }
  /** A raw total below the cut-off (`raw` < `rawBelow`) and/or items answered at the lowest values. */
  | {
      code: 'wellbeing-low';
      params: { raw: number; rawBelow: number; items: { item: number; value: number }[] };
    };

export interface SafetyFlag {
  id: SafetyFlagId;
  /** Why it was raised, in words a clinician reads, e.g. "Item 9 answered 2 (More than half the days)". */
  reason: string;
  /** The reason as a code and its values (absent on flags stored before it existed). */
  reasonCode?: FlagReasonCode;
}

/** A flag raised by one item alone: answered at `minValue` or above, whatever the total. */
export interface ItemTrigger {
  linkId: string;
  minValue: number;
}

export interface SafetyRule {
  flag: SafetyFlagId;
  /**
   * The item that raises the flag on its own, when the rule is about one item. The scoring function
   * uses it, and the portal shows crisis support the moment a client gives such an answer.
   */
  item?: ItemTrigger;
  /** The rule in words, shown on the instruments page. */
  description: string;
  status: VerificationStatus;
  source: string;
}

export type Answers = Readonly<Record<string, number | null | undefined>>;

export interface Score {
  instrumentId: string;
  instrumentVersion: string;
  total: number;
  /** Severity label from the bands, or null where the instrument has none. */
  severity: string | null;
  /** Subscale values by key (keys as in the reference: B/C/D/E, transcendence, percentage, sleep, …). */
  subscales: Record<string, number>;
  flags: SafetyFlag[];
}

export interface ChangeCriteria {
  /** Which direction is improvement; 'none' for a state measure of one experience (MEQ-30), where change has no meaning. */
  better: 'lower' | 'higher' | 'none';
  /** Response: at least this % improvement from baseline. */
  response: Sourced<{ percent: number }> | null;
  /** Remission: total at or below this value. */
  remission: Sourced<{ maxTotal: number }> | null;
  /**
   * A published fixed threshold for reliable change (takes precedence over a computed RCI), in
   * points of the total, or of the subscale named by `on` where the threshold is published on
   * that scale (WHO-5: the percentage score).
   */
  reliableChange: Sourced<{ points: number; on?: string }> | null;
  /** Minimal clinically important difference, in points; `upTo` where it is published as a range (PCL-5: 9–12). */
  mcid: Sourced<{ points: number; upTo?: number }> | null;
  /** Reliability figures for the Jacobson–Truax RCI, with the sample they come from. */
  reliability: Array<
    Sourced<{ kind: 'test-retest' | 'internal-consistency'; r: number; sd: number | null; sample: string }>
  >;
}

export interface InstrumentDefinition {
  id: string;
  name: string;
  shortName: string;
  version: string;
  authors: string;
  citation: Sourced<string>;
  licence: Sourced<string>;
  /** E.g. "last 2 weeks". */
  recallPeriod: string;
  /** BCP 47 codes of the languages whose item texts the registry holds. */
  languages: string[];
  /** Where the verbatim item texts were taken from. */
  textSource: Sourced<string>;
  /** Instructions printed above the items, verbatim (null when the source prints none). */
  instructions: string | null;
  items: Item[];
  /** How the total and subscales are computed, in words for the instruments page. */
  scoringRules: string[];
  /** What happens with unanswered items. */
  missingRule: string;
  totalRange: { min: number; max: number };
  bands: Sourced<SeverityBand[]> | null;
  change: ChangeCriteria;
  safety: SafetyRule[];
  loinc: { panel: Sourced<string> | null; total: Sourced<string> | null };
  /**
   * Texts in other languages that Threshold itself installs, by BCP 47 code (each listed in
   * `languages`). Only where public copies were cross-checked (see `translationRecords`).
   */
  translations?: Readonly<Record<string, Sourced<InstrumentTexts>>>;
  /** What was found when a translation was looked for, installed or not, and why. */
  translationRecords?: readonly TranslationRecord[];
  /** Pure scoring of validated answers (see validate.ts); throws DomainError when it cannot score. */
  score(answers: Answers): Score;
}

/**
 * An instrument's texts in one language other than the registry's English: every item (by linkId)
 * with every answer label (by value), the time period, the instructions and the band labels (by the
 * English label). Scoring never reads these: linkIds and values stay those of the registry.
 */
export interface InstrumentTexts {
  recallPeriod: string;
  /** Null exactly when the registry's instructions are null. */
  instructions: string | null;
  items: Record<string, { text: string; options: Record<string, string> }>;
  /** Translated severity band label by the registry's English label (empty without bands). */
  bands: Record<string, string>;
}

/** One public copy of a translation that was compared. */
export interface TranslationCopy {
  /** Address of the copy (page URL, or repository and path). */
  source: string;
  /** What it holds and where it agrees or differs. */
  note: string;
}

/**
 * The record of looking for a translation: the copies found, how they disagree, the licence, and
 * the decision. A text is installed only where at least two independent copies agree word for word.
 */
export interface TranslationRecord {
  language: string;
  installed: boolean;
  status: VerificationStatus;
  licence: string;
  copies: readonly TranslationCopy[];
  disagreements: readonly string[];
  decision: string;
}
