/** Words shown for enrollment statuses, with a colour that always comes with the word. */
import type { EnrollmentStatus } from '../../domain/programs/types.ts';

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

export const ENROLLMENT_STATUS_COLORS: Record<EnrollmentStatus, string> = {
  referred: 'gray',
  screening: 'blue',
  eligible: 'cyan',
  ineligible: 'red',
  consented: 'teal',
  active: 'green',
  completed: 'dark',
  withdrawn: 'gray',
};
