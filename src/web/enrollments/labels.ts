/** Words shown for enrollment statuses, transitions and screening answers. */
import { ENROLLMENT_STATUSES, type EnrollmentStatus } from '../../domain/programs/types.ts';
import type { ScreeningAnswer } from '../../domain/screening/types.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { CONSENT_METHODS } from './api.ts';

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = translatedLabels(
  'enrollments:status',
  ENROLLMENT_STATUSES,
);

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
export const TRANSITION_ACTIONS: Partial<Record<EnrollmentStatus, string>> = translatedLabels(
  'enrollments:actions',
  ['screening', 'active', 'completed', 'withdrawn'] as const,
);

export const ANSWER_LABELS: Record<ScreeningAnswer, string> = translatedLabels('enrollments:answers', [
  'yes',
  'no',
  'unknown',
] as const);

export const statusLabel = (status: string): string =>
  (ENROLLMENT_STATUS_LABELS as Record<string, string | undefined>)[status] ?? status;

const CONSENT_METHOD_LABELS = translatedLabels('enrollments:consent.methods', CONSENT_METHODS);

/** How a client consented, in the UI language (a method stored before the list grew, as stored). */
export const consentMethodLabel = (method: string): string =>
  (CONSENT_METHOD_LABELS as Record<string, string | undefined>)[method] ?? method;
