/** Words shown for enrollment statuses, with a colour that always comes with the word. */
import type { EnrollmentStatus } from '../../domain/programs/types.ts';

export { ENROLLMENT_STATUS_LABELS } from '../enrollments/labels.ts';

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
