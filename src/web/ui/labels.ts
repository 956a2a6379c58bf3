/** Words shown for the values the API returns. */
import { ROLES, type Role } from '../../domain/access/roles.ts';
import { SEX_AT_BIRTH, type SexAtBirth } from '../../domain/clients/client.ts';
import type { SafetyFlagId, VerificationStatus } from '../../domain/instruments/types.ts';
import { translatedLabels } from '../i18n/labels.ts';

export const ROLE_LABELS: Record<Role, string> = translatedLabels('common:roleNames', ROLES);

export const SEX_AT_BIRTH_LABELS: Record<SexAtBirth, string> = translatedLabels(
  'clients:sexAtBirth',
  SEX_AT_BIRTH,
);

export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  confirmed: 'Confirmed',
  secondary: 'Secondary source',
  unverified: 'Unverified',
};

/** What each verification status means, for the instruments pages. */
export const VERIFICATION_DESCRIPTIONS: Record<VerificationStatus, string> = {
  confirmed: 'seen in the named primary source',
  secondary: 'taken from a secondary source only',
  unverified: 'not checked against any source yet',
};

export const FLAG_LABELS: Record<SafetyFlagId, string> = {
  'suicide-risk': 'Suicide risk',
  'poor-wellbeing': 'Poor wellbeing',
  'provisional-ptsd': 'Provisional PTSD',
  'complete-mystical-experience': 'Complete mystical experience',
};

/** The label of a safety flag, or its id when this version of the app does not know it. */
export const flagLabel = (id: string): string =>
  (FLAG_LABELS as Record<string, string | undefined>)[id] ?? id;
