/** Words and times shown for sessions. */
import { PHASE_LABELS, type Phase } from '../../domain/programs/types.ts';
import type { Attendance, Booking, SessionStatus } from './api.ts';
import { formatDayIn, formatTimeIn } from './time.ts';

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  attended: 'Attended',
  absent: 'Absent',
  excused: 'Excused',
};

export const BOOKING_LABELS: Record<Booking, string> = {
  booked: 'Booked',
  held: 'Held',
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  scheduled: 'Scheduled',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const KIND_LABELS: Record<'personal' | 'group', string> = {
  personal: 'Personal',
  group: 'Group',
};

export const phaseLabel = (phase: string): string =>
  (PHASE_LABELS as Record<string, string | undefined>)[phase] ?? phase;

export const PHASE_ORDER: readonly Phase[] = ['preparation', 'immersion', 'integration', 'follow-up'];

/** "10:00–12:00" in the zone (with the end's day when it ends on another day). */
export function formatTimeRange(startsAt: string, endsAt: string, zone: string): string {
  const sameDay = formatDayIn(startsAt, zone) === formatDayIn(endsAt, zone);
  return `${formatTimeIn(startsAt, zone)}–${sameDay ? '' : `${formatDayIn(endsAt, zone)} `}${formatTimeIn(endsAt, zone)}`;
}

/** "Thu, 14 May 2026, 10:00–12:00" in the zone. */
export function formatSessionWhen(startsAt: string, endsAt: string, zone: string): string {
  return `${formatDayIn(startsAt, zone)}, ${formatTimeRange(startsAt, endsAt, zone)}`;
}
