/** Words for the questionnaire statuses of a client's timeline. */
import type { AssessmentStatus } from '../../domain/programs/types.ts';

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  upcoming: 'Upcoming',
  open: 'Open now',
  done: 'Done',
  missed: 'Missed',
  unscheduled: 'Not scheduled yet',
};

/** Badge colours; the badge always carries its word too. */
export const ASSESSMENT_STATUS_COLORS: Record<AssessmentStatus, string> = {
  upcoming: 'gray',
  open: 'blue',
  done: 'teal',
  missed: 'red',
  unscheduled: 'gray',
};
