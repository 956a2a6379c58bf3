/**
 * A client's medications and the clinic's medication rules (issue 19, part 4). A medication is
 * recorded by class — the class is what a rule names — with the dates that decide whether it is
 * still taken: the day it stopped, or the last step of a taper plan.
 */
import type { Modality } from '../programs/types.ts';

export const MEDICATION_CLASSES = [
  'lithium',
  'maoi',
  'ssri',
  'snri',
  'tricyclic',
  'other-serotonergic',
  'antipsychotic',
  'benzodiazepine',
  'anticonvulsant',
  'stimulant',
  'other',
] as const;
export type MedicationClass = (typeof MEDICATION_CLASSES)[number];

/** Who said the client takes it: the client (self-report, intake form) or a clinician who checked. */
export const MEDICATION_SOURCES = ['client', 'clinician'] as const;
export type MedicationSource = (typeof MEDICATION_SOURCES)[number];

export interface TaperStep {
  /** The day this step starts (YYYY-MM-DD). */
  on: string;
  /** The dose from that day, as prescribed ("300 mg twice daily", "none"). */
  dose: string;
}

export interface Medication {
  id: string;
  name: string;
  medicationClass: MedicationClass;
  dose: string | null;
  startedOn: string | null;
  /** The day of the last dose, past or planned (the end of a taper); null while taken with no end. */
  stoppedOn: string | null;
  /** Steps down to the last dose, each from its day; all on or before `stoppedOn`. */
  taper: TaperStep[];
  source: MedicationSource;
  /** A clinician confirmed the entry (a client's report stays "reported by the client" until then). */
  confirmed: boolean;
}

export const RULE_EFFECTS = ['hard-stop', 'caution'] as const;
export type RuleEffect = (typeof RULE_EFFECTS)[number];

export interface MedicationRule {
  medicationClass: MedicationClass;
  effect: RuleEffect;
  /**
   * Days after the last dose before dosing is allowed; null when the clinic has set none — a
   * stopped medication then still stops dosing until the clinic sets one (never "allowed").
   */
  washoutDays: number | null;
  /** Where the rule comes from, as staff read it. */
  source: string;
}

export interface MedicationRuleSet {
  modality: Modality;
  rules: MedicationRule[];
  /** 'default' until the clinic saves its own. */
  origin: 'default' | 'organization';
}
