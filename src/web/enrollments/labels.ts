/** Words shown for enrollment statuses, transitions and screening answers. */
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import type { ScreeningAnswer } from '../../domain/screening/types.ts';

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = {
  referred: 'Referred',
  screening: 'Screening',
  eligible: 'Eligible',
  ineligible: 'Not eligible',
  consented: 'Consented',
  active: 'Active',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
};

/** Badge colours; every badge also carries its word, so colour is never the only cue. */
export const ENROLLMENT_STATUS_COLORS: Record<EnrollmentStatus, string> = {
  referred: 'gray',
  screening: 'blue',
  eligible: 'teal',
  ineligible: 'orange',
  consented: 'teal',
  active: 'green',
  completed: 'gray',
  withdrawn: 'gray',
};

/** The button that requests a manual transition, by target status. */
export const TRANSITION_ACTIONS: Partial<Record<EnrollmentStatus, string>> = {
  screening: 'Start screening',
  active: 'Mark active',
  completed: 'Mark completed',
  withdrawn: 'Withdraw',
};

export const ANSWER_LABELS: Record<ScreeningAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Unknown',
};

export const statusLabel = (status: string): string =>
  (ENROLLMENT_STATUS_LABELS as Record<string, string | undefined>)[status] ?? status;
