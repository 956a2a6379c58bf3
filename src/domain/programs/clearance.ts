/**
 * The one rule for "cleared for dosing", used to show it (client page, timeline, enrollment) and
 * to enforce it (booking, dosing): the enrollment is consented or active, the latest screening has
 * no hard stop answered yes, a clinician decided 'eligible', and the client consented to the
 * program's current consent document version with its exact text (consent-current.ts), and no
 * medication the client takes (or stopped too recently) is a hard stop under the clinic's
 * medication rules on the day asked about. Reasons are sentences API users read, each hard stop by its
 * name; each also has a stable code with its values (`codes`), which the web app translates. Screening answers or a medication list that cannot be read do not clear.
 */
import { checkMedications } from '../medications/check.ts';
import type { Medication, MedicationRuleSet } from '../medications/types.ts';
import { checklistFor } from '../screening/index.ts';
import { type ConsentFacts, consentReasonCode, consentReasonText } from './consent-current.ts';
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

/** One reason as a stable code and its values; `text` is its English sentence. */
export interface ClearanceReason {
  code: string;
  params: Record<string, string | number>;
  text: string;
}

export interface Clearance {
  cleared: boolean;
  /** English sentences, in the order of `codes`. */
  reasons: string[];
  codes: { code: string; params: Record<string, string | number> }[];
}

const CLEARED_STATUSES: EnrollmentStatus[] = ['consented', 'active'];

const STATUS_REASON: Partial<Record<EnrollmentStatus, ClearanceReason>> = {
  withdrawn: { code: 'withdrawn', params: {}, text: 'The client has withdrawn from the program.' },
  completed: { code: 'completed', params: {}, text: 'The client has completed the program.' },
  ineligible: { code: 'ineligible', params: {}, text: 'A clinician decided the client is not eligible.' },
};

const isModality = (m: string): m is Modality => (MODALITIES as readonly string[]).includes(m);

/** The hard stop items answered yes (with their checklist version); null when the answers cannot be read. */
export function hardStopItemsOf(screening: {
  modality: string;
  answers: unknown;
}): { id: string; text: string; version: string }[] | null {
  const { modality, answers } = screening;
  if (!isModality(modality) || typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return null;
  const given = answers as Record<string, unknown>;
  const checklist = checklistFor(modality);
  return checklist.items
    .filter((item) => item.severity === 'hard-stop' && given[item.id] === 'yes')
    .map((item) => ({ id: item.id, text: item.text, version: checklist.version }));
}

/** The names of the hard stops answered yes; null when the answers cannot be read. */
export function hardStopsOf(screening: { modality: string; answers: unknown }): string[] | null {
  return hardStopItemsOf(screening)?.map((item) => item.text) ?? null;
}

const reason = (code: string, text: string, params: ClearanceReason['params'] = {}): ClearanceReason => ({
  code,
  params,
  text,
});

/** Every reason, hard stops first, each by name: the one no paperwork resolves is the one staff see first. */
function clearanceReasons(input: ClearanceInput): ClearanceReason[] {
  const { status, screeningDecision } = input;
  const out: ClearanceReason[] = [];
  if (input.latestScreening) {
    const stops = hardStopItemsOf(input.latestScreening);
    if (stops === null)
      out.push(
        reason('screening-unreadable', 'The latest screening cannot be read: record a new screening.'),
      );
    else
      for (const stop of stops)
        out.push(
          reason('screening-hard-stop', `Hard stop: ${stop.text}.`, { item: stop.id, version: stop.version }),
        );
  }
  // Missing is treated as unreadable: the rule refuses rather than skipping the medication check.
  if (!input.medications || input.medications === 'unreadable') {
    out.push(
      reason(
        'medications-unreadable',
        'The medication list or the medication rules cannot be read: check them before dosing.',
      ),
    );
  } else {
    const { items, ruleSet, on } = input.medications;
    for (const stop of checkMedications(items, ruleSet, on).stops)
      out.push(reason('medication-hard-stop', `Hard stop: ${stop.reason}`, { reason: stop.reason }));
  }
  const statusReason = STATUS_REASON[status];
  if (statusReason) out.push(statusReason);

  if (screeningDecision === null)
    out.push(reason('undecided', 'Eligibility has not been decided by a clinician.'));
  else if (screeningDecision === 'ineligible') out.push(STATUS_REASON.ineligible!);

  const consent = consentReasonCode(input);
  if (consent) out.push({ ...consent, text: consentReasonText(consent) });
  return out;
}

export function dosingClearance(input: ClearanceInput): Clearance {
  const { status } = input;
  const byText = new Map<string, ClearanceReason>();
  for (const r of clearanceReasons(input)) if (!byText.has(r.text)) byText.set(r.text, r);
  const statusOk = CLEARED_STATUSES.includes(status);
  if (!statusOk && byText.size === 0) {
    const text = `The enrollment is ${status}: dosing needs a consented or active enrollment.`;
    byText.set(text, reason('status', text, { status }));
  }
  const all = [...byText.values()];
  return {
    cleared: statusOk && all.length === 0,
    reasons: all.map((r) => r.text),
    codes: all.map(({ code, params }) => ({ code, params })),
  };
}
