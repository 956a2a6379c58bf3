/**
 * Questionnaire invitations, pure rules: which planned questionnaires need an invitation now, when
 * the next reminder goes, and whether a link may still be answered. An invitation is created once
 * per enrollment × plan timepoint (its key), when the timepoint's completion window is open and no
 * response fills it; it is sent at once, reminded every N days while the window is open, and
 * closes with the window.
 */
import { DateTime } from 'luxon';
import { gone } from '../errors.ts';
import type { AssessmentDue } from '../programs/types.ts';

/** The invitation's key within its enrollment: the plan key and which occurrence (each dosing). */
export const invitationKey = (a: Pick<AssessmentDue, 'planKey' | 'occurrence'>): string =>
  `${a.planKey}#${a.occurrence}`;

/**
 * The invitation keys of the timepoints a response fills. Which response fills which timepoint is
 * decided once, by `assessmentsDue` (same instrument, answered inside the completion window, the
 * earliest unused response first); the invitation of a timepoint it fills is answered by it, so a
 * questionnaire entered on paper or imported closes the invitation the portal would have closed.
 */
export const keysFilledBy = (assessments: readonly AssessmentDue[], responseId: string): string[] =>
  assessments.filter((a) => a.responseId === responseId).map(invitationKey);

export interface InvitationPlan {
  key: string;
  instrumentId: string;
  label: string;
  dueAt: string;
  closesAt: string;
}

/** The open, unanswered timepoints that have no invitation yet (by key). */
export function invitationsToCreate(
  assessments: readonly AssessmentDue[],
  existingKeys: ReadonlySet<string>,
): InvitationPlan[] {
  return assessments.flatMap((a) => {
    if (a.status !== 'open' || !a.dueAt || !a.windowClosesAt) return [];
    const key = invitationKey(a);
    if (existingKeys.has(key)) return [];
    return [
      { key, instrumentId: a.instrumentId, label: a.label, dueAt: a.dueAt, closesAt: a.windowClosesAt },
    ];
  });
}

/**
 * Whether staff may send a timepoint's questionnaire at `now` (ISO): its window is open, or it is
 * a baseline not yet open that already counts answers (from enrollment, see `assessmentsDue`).
 */
export function sendableNow(a: AssessmentDue, now: string): boolean {
  if (!a.dueAt || !a.windowClosesAt || !a.answersFrom) return false;
  if (a.status === 'open') return true;
  return a.status === 'upcoming' && Date.parse(a.answersFrom) <= Date.parse(now);
}

/**
 * When the next email goes after one was sent at `sentAt`: `everyDays` later, if that is still
 * before the window closes; otherwise never (null). 0 days = no reminders.
 */
export function nextReminderAt(sentAt: string, everyDays: number, closesAt: string): string | null {
  if (everyDays <= 0) return null;
  const next = DateTime.fromISO(sentAt, { zone: 'utc' }).plus({ days: everyDays });
  if (!next.isValid || next.toMillis() >= Date.parse(closesAt)) return null;
  return next.toUTC().toISO()!;
}

export type InvitationState = 'pending' | 'sent' | 'completed' | 'expired' | 'revoked';

export interface InvitationLike {
  status: string;
  closesAt: string;
}

/** The state a stored invitation is really in at `now` (a window may have closed since). */
export function effectiveState(inv: InvitationLike, now: string): InvitationState {
  const s = inv.status as InvitationState;
  if ((s === 'pending' || s === 'sent') && Date.parse(now) > Date.parse(inv.closesAt)) return 'expired';
  return s;
}

/** Throws a "gone" error naming why, unless the invitation can be answered at `now`. */
export function assertAnswerable(inv: InvitationLike, now: string): void {
  switch (effectiveState(inv, now)) {
    case 'completed':
      throw gone('invitation-completed', 'questionnaire-answered');
    case 'expired':
      throw gone('invitation-expired', 'questionnaire-closed');
    case 'revoked':
      throw gone('invitation-revoked', 'link-withdrawn');
    default:
      return;
  }
}
