/** Words the outcome dashboard shows for the report's codes. */
import type { TimepointRole } from '../../domain/outcomes/types.ts';
import { translatedLabels } from '../i18n/labels.ts';

const ROLES: TimepointRole[] = ['baseline', 'treatment', 'end-of-treatment', 'follow-up'];

export const TIMEPOINT_ROLE_LABELS: Record<TimepointRole, string> = translatedLabels('outcomes:roles', ROLES);

/** "lower" → the sentence a reader needs to read a change. */
export const BETTER_LABELS: Record<'lower' | 'higher', string> = translatedLabels('outcomes:better', [
  'lower',
  'higher',
]);
