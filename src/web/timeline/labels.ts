/** Words for the questionnaire statuses of a client's timeline. */
import type { AssessmentStatus } from '../../domain/programs/types.ts';
import { translatedLabels } from '../i18n/labels.ts';

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = translatedLabels(
  'timeline:assessments.statuses',
  ['upcoming', 'open', 'done', 'missed', 'unscheduled'],
);

/** Badge colours; the badge always carries its word too. */
export const ASSESSMENT_STATUS_COLORS: Record<AssessmentStatus, string> = {
  upcoming: 'gray',
  open: 'blue',
  done: 'teal',
  missed: 'red',
  unscheduled: 'gray',
};
