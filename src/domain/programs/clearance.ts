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

export function dosingClearance(_input: ClearanceInput): Clearance {
  throw new Error('not implemented');
}
