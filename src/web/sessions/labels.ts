/** Words and times shown for sessions. */
import { PHASE_LABELS, type Phase } from '../../domain/programs/types.ts';
import { translatedLabels } from '../i18n/labels.ts';
import type { Attendance, Booking, SessionStatus } from './api.ts';
import { formatDayIn, formatTimeIn } from './time.ts';

export const ATTENDANCE_LABELS: Record<Attendance, string> = translatedLabels('sessions:attendance', [
  'attended',
  'absent',
  'excused',
]);

export const BOOKING_LABELS: Record<Booking, string> = translatedLabels('sessions:booking', [
  'booked',
  'held',
]);

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = translatedLabels('sessions:status', [
  'scheduled',
  'completed',
  'cancelled',
]);

export const KIND_LABELS: Record<'personal' | 'group', string> = translatedLabels('sessions:kind', [
  'personal',
  'group',
]);

const PHASES = translatedLabels('sessions:phases', Object.keys(PHASE_LABELS) as Phase[]);

export const phaseLabel = (phase: string): string =>
  (PHASES as Record<string, string | undefined>)[phase] ?? phase;

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
