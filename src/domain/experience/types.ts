/**
 * Types of the dose–experience–outcome analysis (issue 19 part 3): one dosing record with its acute
 * experience, the cells of acute experience by dose band, lot and setting, and the later outcome of
 * clients with and without a complete mystical experience.
 */
import type { Interval, LmmEstimate, LmmFit, Proportion, TimepointRole } from '../outcomes/types.ts';

/** One dosing record, what was given and in which setting, and the acute experience after it. */
export interface DoseRecord {
  enrollmentId: string;
  clientId: string;
  /** The substance kind (lots.ts SUBSTANCE_KINDS) or, on older records, the recorded substance. */
  substance: string;
  doseMg: number;
  weightKg: number | null;
  /** The dose as weighed and its unit ('mg', 'g-fresh', 'g-dry'), where recorded (truffles by grams). */
  doseAmount?: number | null;
  doseUnit?: string | null;
  /** The lot's code; null when none was recorded. */
  lot: string | null;
  musicProgram: string | null;
  groupSize: number | null;
  /** Group size ÷ sitters (setting.ts clientsPerSitter); null without a setting or sitters. */
  clientsPerSitter: number | null;
  eyeshades: string | null;
  /** The MEQ-30 that belongs to this dose (match.ts), or null. */
  meq: { total: number; complete: boolean } | null;
  /** The CEQ total that belongs to this dose, when the organization scores the CEQ; else null. */
  ceqTotal: number | null;
}

export type AcuteDimension =
  | 'doseBand'
  | 'lot'
  | 'musicProgram'
  | 'groupSize'
  | 'clientsPerSitter'
  | 'eyeshades';

/** Derived bands are in mg or mg/kg; a program's own may be in grams of truffles too. */
export type DoseUnit = 'mg' | 'mg/kg' | 'g-fresh' | 'g-dry';

/** A dose band of one substance: doses with lower < dose ≤ upper (null: unbounded), or one value. */
export interface DoseBand {
  key: string;
  substance: string;
  unit: DoseUnit;
  lower: number | null;
  upper: number | null;
}

/** How one substance's doses were banded, said plainly. */
export interface SubstanceBanding {
  substance: string;
  unit: DoseUnit;
  /**
   * 'program': the program's own band edges; derived otherwise — 'values': one band per recorded
   * dose; 'tertiles': cut at the 1/3 and 2/3 quantiles (R type 7).
   */
  method: 'program' | 'values' | 'tertiles';
  /** The cut points: the program's edges, or the tertiles (empty for 'values'). */
  cuts: number[];
  bands: DoseBand[];
  /** Doses that cannot be put in the program's unit (no weight for mg/kg, weighed otherwise). */
  unbanded: number;
}

/** A mean with its t 95% interval (R: t.test(x)$conf.int); sd and ci null below 2 values. */
export interface MeanWithInterval {
  n: number;
  mean: number | null;
  sd: number | null;
  ci: Interval | null;
}

/** One cell of acute experience: the dosing records with this value of the dimension. */
export interface AcuteCell {
  dimension: AcuteDimension;
  /** The value: a band key, a lot code, a music program, a number as text. */
  value: string;
  /** For a dose band: its substance (bands never mix substances). */
  substance: string | null;
  /** Dosing records in the cell, with or without an MEQ-30. */
  doses: number;
  /** Distinct clients with an MEQ-30 in the cell: the n of its aggregates. */
  clients: number;
  /** Complete mystical experiences among the MEQ-30s (Wilson interval); n = MEQ-30s. */
  complete: Proportion;
  meqTotal: MeanWithInterval;
  /** Null when no dose in the cell has a CEQ. */
  ceqTotal: MeanWithInterval | null;
}

/** One group (with or without a complete experience) at one later timepoint. */
export interface ExperienceGroupPoint {
  /** Clients in the group for whom the timepoint was due, and of them those assessed. */
  expected: number;
  assessed: number;
  /** Response and remission among those assessed at baseline and here. */
  response: Proportion | null;
  remission: Proportion | null;
}

export interface ExperienceTimepoint {
  key: string;
  label: string;
  role: TimepointRole;
  with: ExperienceGroupPoint;
  without: ExperienceGroupPoint;
  /** With minus without, in percentage points, Newcombe hybrid score 95% interval. */
  responseDifference: { estimate: number; ci: Interval } | null;
  remissionDifference: { estimate: number; ci: Interval } | null;
}

/** The mixed model with the acute experience as a covariate. */
export interface ExperienceModel {
  /** Adjusted difference in score after baseline, with minus without a complete experience. */
  effect: LmmEstimate;
  fit: LmmFit;
  /** Clients in the model per group. */
  withClients: number;
  withoutClients: number;
}

export interface LaterByExperience {
  /** Clients with an MEQ-30 after a dose, split by whether any was a complete experience. */
  withClients: number;
  withoutClients: number;
  /** Started clients of the analysis without any MEQ-30 after a dose: in neither group. */
  unknownClients: number;
  timepoints: ExperienceTimepoint[];
  model: ExperienceModel | null;
}

/** Whether row i's client had a complete experience (true), an MEQ-30 without one (false), or none (null). */
export type ExperienceOf = (row: number) => boolean | null;
