/** Words shown for the values the API returns. */
import { ROLES, type Role } from '../../domain/access/roles.ts';
import { SEX_AT_BIRTH, type SexAtBirth } from '../../domain/clients/client.ts';
import type { SafetyFlagId, VerificationStatus } from '../../domain/instruments/types.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { VERIFICATION_STATUSES } from '../instruments/statuses.ts';

export const ROLE_LABELS: Record<Role, string> = translatedLabels('common:roleNames', ROLES);

export const SEX_AT_BIRTH_LABELS: Record<SexAtBirth, string> = translatedLabels(
  'clients:sexAtBirth',
  SEX_AT_BIRTH,
);

export const VERIFICATION_LABELS: Record<VerificationStatus, string> = translatedLabels(
  'instruments:verification',
  VERIFICATION_STATUSES,
);

/** What each verification status means, for the instruments pages. */
export const VERIFICATION_DESCRIPTIONS: Record<VerificationStatus, string> = translatedLabels(
  'instruments:verificationDescriptions',
  VERIFICATION_STATUSES,
);

export const FLAG_LABELS: Record<SafetyFlagId, string> = translatedLabels('instruments:flags', [
  'suicide-risk',
  'poor-wellbeing',
  'provisional-ptsd',
  'complete-mystical-experience',
] as const);

/** The label of a safety flag, or its id when this version of the app does not know it. */
export const flagLabel = (id: string): string =>
  (FLAG_LABELS as Record<string, string | undefined>)[id] ?? id;
