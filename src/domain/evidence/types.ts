/**
 * A study in Threshold's evidence library: the citation (CSL-JSON), what was done to whom, the
 * outcomes as reported, our own short summary, cautions, and the wrong citations that circulate for
 * it. Every fact carries how far it was checked and where it came from, after the Sourced<T> of
 * src/domain/instruments/types.ts, with one more status: 'corrected' — checked, and correcting an
 * error in the citation or summary as it circulates.
 */
import type { VerificationStatus } from '../instruments/types.ts';

/** confirmed: seen in a bibliographic source · corrected: confirmed, and it corrects a circulated error · secondary: seen only second-hand · unverified: not confirmed (shown as such, never as fact). */
export type FactStatus = VerificationStatus | 'corrected';
export const FACT_STATUSES = ['confirmed', 'corrected', 'secondary', 'unverified'] as const;

/** One fact with its status and source. `value: null` with status 'unverified': the detail exists but is not shown. */
export interface Fact<T> {
  value: T;
  status: FactStatus;
  /** Where it was taken from (reference file and section, paper, registry). */
  source: string;
  /** What was corrected, or why the status is what it is. */
  note?: string;
}

/** CSL-JSON, the internal citation format (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface CslDate {
  'date-parts'?: Array<Array<number | string>>;
  raw?: string;
  literal?: string;
}
/** A CSL-JSON item without its id (as read from an import). */
export interface CslFields {
  type: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  'container-title-short'?: string;
  issued?: CslDate;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  publisher?: string;
  note?: string;
  [field: string]: unknown;
}
export interface CslItem extends CslFields {
  id: string;
}

export const DESIGNS = [
  'rct',
  /** Controlled comparison whose randomisation our source does not state. */
  'controlled-trial',
  /** Crossover comparison (randomisation not stated unless the text says so). */
  'crossover',
  'single-arm-trial',
  'observational',
  'case-series',
  'follow-up',
  'systematic-review',
  'meta-analysis',
  'perspective',
  'other',
] as const;
export type DesignKind = (typeof DESIGNS)[number];

export interface Design {
  kind: DesignKind;
  /** The design in words, e.g. "single-arm, open-label". */
  text: string;
}

export interface SampleSize {
  started?: number;
  randomised?: number;
  analysed?: number;
  /** Anything the numbers alone do not say, e.g. "registry lists 16 enrolled". */
  text?: string;
}

export interface Intervention {
  /** Lower-case drug name, e.g. "ketamine", "psilocybin". */
  drug: Fact<string>;
  /** Routes as the source names them, e.g. ["IV"], ["IM", "sublingual"]. */
  route: Fact<string[] | null> | null;
  dose: Fact<string | null> | null;
  sessions: Fact<string | null> | null;
  psychotherapy: Fact<string | null> | null;
}

export interface ReportedEffect {
  /** E.g. "Cohen's d", "mean difference", "Hedges' g", "SMD". */
  type: string;
  value: number;
  /** Upper end where the source reports a range of values (e.g. d 0.75–0.86 across measures). */
  valueUpTo?: number;
  ciLower?: number;
  ciUpper?: number;
  /** Confidence level in percent, only where the source states it. */
  ciLevel?: number;
  /** E.g. "p < .001", "SE 3.96". */
  detail?: string;
}

/** One reported result. Numbers only where the source gives them. */
export interface Outcome {
  measure: string;
  timepoint: string;
  /** Arm or contrast, e.g. "ketamine + WET", "25 mg vs 1 mg". */
  arm: string;
  /** What is reported, e.g. "change from baseline", "response (≥30% CAPS-5 improvement)". */
  quantity: string;
  n?: number;
  mean?: number;
  sd?: number;
  se?: number;
  median?: number;
  events?: number;
  total?: number;
  /** A percentage where the source gives one (with or without counts). */
  percent?: number;
  /** Upper end where the source gives a range of percentages. */
  percentUpTo?: number;
  reportedEffect?: ReportedEffect;
  status: FactStatus;
  /** Where in the paper / which source. */
  provenance: string;
  note?: string;
}

export interface Caution {
  id: string;
  /** What the reader must know, in our words. */
  text: string;
  status: FactStatus;
  source: string;
}

/** A citation as it circulates, wrongly, with what is wrong and what the right paper is. */
export interface CirculatedCitation {
  text: string;
  correction: string;
  status: FactStatus;
  source: string;
}

/** Another version or a companion paper (preprint, peer-reviewed version, follow-up). */
export interface RelatedPublication {
  relation: 'preprint' | 'peer-reviewed version' | 'companion paper' | 'follow-up of' | 'followed up by';
  citation: string;
  doi?: string;
  studyId?: string;
}

export type StudySource = 'builtin' | 'imported' | 'curated';

export interface StudyRecord {
  /** Slug, e.g. "feder-2025". */
  id: string;
  /** Our own one-line description (not the paper's title), e.g. "Ketamine + written exposure therapy for chronic PTSD". */
  label: string;
  /** The citation as verified; CSL-JSON with `id` equal to the study id. */
  citation: Fact<CslItem>;
  doi: Fact<string> | null;
  pmid: Fact<string> | null;
  pmcid: Fact<string> | null;
  /** Trial or review registrations (NCT…, PROSPERO CRD…). */
  registrations: Fact<string>[];
  related: Fact<RelatedPublication>[];
  design: Fact<Design> | null;
  setting: Fact<string> | null;
  population: Fact<string> | null;
  /** Lower-case condition names, e.g. ["ptsd"], ["depression", "chronic pain"]. */
  conditions: Fact<string[]>;
  n: Fact<SampleSize> | null;
  intervention: Intervention | null;
  comparator: Fact<string> | null;
  followUp: Fact<string> | null;
  /** Measures used (outcome measures with or without numbers here). */
  measures: Fact<string[]>;
  outcomes: Outcome[];
  /** Our own words, short; each with the status of the facts it summarises. */
  keyFindings: Fact<string>[];
  cautions: Caution[];
  circulatedCitations: CirculatedCitation[];
  /** Set where the library must not use the study's pooled estimate (the BMJ 2024 meta-analysis). */
  doNotUsePooledEstimate?: Fact<true>;
  /**
   * Where the citation's title, author list, DOI and PMID came from when the checked reference
   * left them out (library/bibliography.ts): each with its own status.
   */
  bibliography?: {
    title?: Fact<string>;
    author?: Fact<CslName[]>;
    doi?: Fact<string>;
    pmid?: Fact<string>;
  };
}
