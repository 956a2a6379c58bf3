/**
 * Whether a client may be booked into, and dosed in, a dosing session: the enrollment is consented
 * or active, a clinician decided 'eligible', and the client consented to the program's current
 * consent document version. Reasons are sentences staff read.
 */
import type { EnrollmentStatus } from './types.ts';

export interface ClearanceInput {
  status: EnrollmentStatus;
  screeningDecision: 'eligible' | 'ineligible' | null;
  consentedVersion: number | null;
  currentConsentVersion: number | null;
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

export function dosingClearance(input: ClearanceInput): Clearance {
  const { status, screeningDecision, consentedVersion, currentConsentVersion } = input;
  const reasons = new Set<string>();
  const statusReason = STATUS_REASON[status];
  if (statusReason) reasons.add(statusReason);

  if (screeningDecision === null) reasons.add('Eligibility has not been decided by a clinician.');
  else if (screeningDecision === 'ineligible') reasons.add('A clinician decided the client is not eligible.');

  if (currentConsentVersion === null) {
    reasons.add('The program has no consent document.');
  } else if (consentedVersion === null) {
    reasons.add(
      `The client has not consented (the current consent document is version ${currentConsentVersion}).`,
    );
  } else if (consentedVersion !== currentConsentVersion) {
    reasons.add(
      `Consent to version ${currentConsentVersion} is missing (the client consented to version ${consentedVersion}).`,
    );
  }

  const statusOk = CLEARED_STATUSES.includes(status);
  if (!statusOk && reasons.size === 0) {
    reasons.add(`The enrollment is ${status}: dosing needs a consented or active enrollment.`);
  }
  const cleared = statusOk && reasons.size === 0;
  return { cleared, reasons: [...reasons] };
}
