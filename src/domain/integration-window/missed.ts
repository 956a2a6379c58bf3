/**
 * Whether a booked integration contact was missed: its slot ended (plus time to record attendance)
 * and the client's attendance is not recorded as attended. Not recorded counts as missed — an
 * empty record is never taken for a contact that happened.
 */
import { invalid } from '../errors.ts';

/** Hours after a contact's end that staff have to record attendance before it counts as missed. */
export const RECORD_GRACE_HOURS = 4;

export type ContactStatus = 'upcoming' | 'attended' | 'awaiting-record' | 'missed';

export interface ContactInput {
  endsAt: string;
  sessionStatus: 'scheduled' | 'completed' | 'cancelled';
  /** The client's recorded attendance; null = not recorded. */
  attendance: 'attended' | 'absent' | 'excused' | null;
  now: string;
}

export function contactStatus(input: ContactInput): ContactStatus {
  const end = Date.parse(input.endsAt);
  const now = Date.parse(input.now);
  if (Number.isNaN(end)) throw invalid('endsAt', 'iso-8601-instant');
  if (Number.isNaN(now)) throw invalid('now', 'iso-8601-instant');
  if (input.attendance === 'attended') return 'attended';
  // A cancelled contact, or a client recorded absent, is missed at once: no contact took place.
  if (input.sessionStatus === 'cancelled' || input.attendance === 'absent' || input.attendance === 'excused')
    return end <= now || input.sessionStatus === 'cancelled' ? 'missed' : 'upcoming';
  if (now < end) return 'upcoming';
  return now >= end + RECORD_GRACE_HOURS * 3_600_000 ? 'missed' : 'awaiting-record';
}
