/** Words the outcome dashboard shows for the report's codes. */
import type { TimepointRole } from '../../domain/outcomes/types.ts';

export const TIMEPOINT_ROLE_LABELS: Record<TimepointRole, string> = {
  baseline: 'Baseline',
  treatment: 'During treatment',
  'end-of-treatment': 'End of treatment',
  'follow-up': 'Follow-up',
};

/** "lower" → the sentence a reader needs to read a change. */
export const BETTER_LABELS = {
  lower: 'Lower scores are better: a negative change is an improvement.',
  higher: 'Higher scores are better: a positive change is an improvement.',
} as const;
