/**
 * The one rule for "cleared for dosing", used to show it (client page, timeline, enrollment) and
 * to enforce it (booking, dosing): the enrollment is consented or active, the latest screening has
 * no hard stop answered yes, a clinician decided 'eligible', and the client consented to the
 * program's current consent document version with its exact text (consent-current.ts), and no
 * medication the client takes (or stopped too recently) is a hard stop under the clinic's
 * medication rules on the day asked about. Reasons are sentences staff read, each hard stop by its
 * name. Screening answers or a medication list that cannot be read do not clear.
 */
import { checkMedications } from '../medications/check.ts';
import type { Medication, MedicationRuleSet } from '../medications/types.ts';
import { checklistFor } from '../screening/index.ts';
import { type ConsentFacts, consentReason } from './consent-current.ts';
import { type EnrollmentStatus, MODALITIES, type Modality } from './types.ts';

export interface ClearanceInput extends ConsentFacts {
  status: EnrollmentStatus;
  /** The latest recorded screening (decided or not): its modality and stored answers; null = none. */
  latestScreening?: { modality: string; answers: unknown } | null;
  screeningDecision: 'eligible' | 'ineligible' | null;
  /**
   * The client's medications, the clinic's rules for the program's modality and the day of the
   * dosing asked about (YYYY-MM-DD); 'unreadable' when a stored entry or rule could not be read.
   */
  medications: { items: Medication[]; ruleSet: MedicationRuleSet; on: string } | 'unreadable';
}

export interface Clearance {
  cleared: boolean;
  reasons: string[];
}

const CLEARED_STATUSES: EnrollmentStatus[] = ['consented', 'active'];

const STATUS_REASON: Partial<Record<EnrollmentStatus, string>> = {
  withdrawn: 'The client has withdrawn from the program.',
  completed: 'The client has completed the program.',
  ineligible: 'A clinician decided the client is not eligible.',
};

const isModality = (m: string): m is Modality => (MODALITIES as readonly string[]).includes(m);

/** The names of the hard stops answered yes; null when the answers cannot be read. */
export function hardStopsOf(screening: { modality: string; answers: unknown }): string[] | null {
  const { modality, answers } = screening;
  if (!isModality(modality) || typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return null;
  const given = answers as Record<string, unknown>;
  return checklistFor(modality)
    .items.filter((item) => item.severity === 'hard-stop' && given[item.id] === 'yes')
    .map((item) => item.text);
}

export function dosingClearance(input: ClearanceInput): Clearance {
  const { status, screeningDecision } = input;
  const reasons = new Set<string>();
  // Hard stops first, each by name: the reason that no paperwork resolves is the one staff see first.
  if (input.latestScreening) {
    const stops = hardStopsOf(input.latestScreening);
    if (stops === null) reasons.add('The latest screening cannot be read: record a new screening.');
    else for (const stop of stops) reasons.add(`Hard stop: ${stop}.`);
  }
  // Missing is treated as unreadable: the rule refuses rather than skipping the medication check.
  if (!input.medications || input.medications === 'unreadable') {
    reasons.add('The medication list or the medication rules cannot be read: check them before dosing.');
  } else {
    const { items, ruleSet, on } = input.medications;
    for (const stop of checkMedications(items, ruleSet, on).stops) reasons.add(`Hard stop: ${stop.reason}`);
  }
  const statusReason = STATUS_REASON[status];
  if (statusReason) reasons.add(statusReason);

  if (screeningDecision === null) reasons.add('Eligibility has not been decided by a clinician.');
  else if (screeningDecision === 'ineligible') reasons.add('A clinician decided the client is not eligible.');

  const consent = consentReason(input);
  if (consent) reasons.add(consent);

  const statusOk = CLEARED_STATUSES.includes(status);
  if (!statusOk && reasons.size === 0) {
    reasons.add(`The enrollment is ${status}: dosing needs a consented or active enrollment.`);
  }
  const cleared = statusOk && reasons.size === 0;
  return { cleared, reasons: [...reasons] };
}
