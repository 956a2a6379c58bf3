/** Words for the staff view of a client's portal: invitation statuses, instruments, and a failed link. */
import type { InvitationStatus } from '../../../api/invitations.ts';
import { ApiError, errorMessage } from '../../http/problem.ts';
import { tKey, translatedLabels } from '../../i18n/labels.ts';

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = translatedLabels(
  'portalStaff:statuses',
  ['pending', 'sent', 'completed', 'expired', 'revoked'],
);

/** The status in words, or the status itself when this version of the app does not know it. */
export const invitationStatusLabel = (status: string): string =>
  (INVITATION_STATUS_LABELS as Record<string, string | undefined>)[status] ?? status;

/** The instrument's short name from the registry, else its id in capitals ("phq-9" → "PHQ-9"). */
export const instrumentLabel = (instrumentId: string, shortName: string | undefined): string =>
  shortName ?? instrumentId.toUpperCase();

/** Why no sign-in link was sent: no email address (400 naming `email`), or the problem's own words. */
export function portalLinkError(error: unknown): string {
  if (
    error instanceof ApiError &&
    error.status === 400 &&
    (error.fieldErrors.some((e) => e.field === 'email') || /email/i.test(error.detail ?? ''))
  ) {
    return tKey('portalStaff:noEmail');
  }
  return errorMessage(error);
}
