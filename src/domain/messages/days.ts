/**
 * Calendar days in the organization's time zone: a client gets at most one check-in email a day
 * (further questionnaires that fall due the same day wait for the next morning unless they would
 * close first), and a session reminder goes out on the day before the session.
 */
import { DateTime } from 'luxon';

/** The hour (local) at which questionnaires held back to the next day are sent. */
export const MORNING_HOUR = 8;

function local(iso: string, zone: string): DateTime {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`Not a date-time in a known zone: ${iso} in ${zone}`);
  return dt;
}

/** The local calendar date of an instant, e.g. "2026-03-12". */
export const localDay = (iso: string, zone: string): string => local(iso, zone).toISODate()!;

/** The next local morning after `iso` (MORNING_HOUR on the following day), as a UTC ISO instant. */
export const nextMorning = (iso: string, zone: string): string =>
  local(iso, zone)
    .plus({ days: 1 })
    .set({ hour: MORNING_HOUR, minute: 0, second: 0, millisecond: 0 })
    .toUTC()
    .toISO()!;

/** True when `now` is on the local day before the session's local day. */
export const isDayBefore = (sessionStart: string, now: string, zone: string): boolean =>
  local(now, zone).plus({ days: 1 }).toISODate() === localDay(sessionStart, zone);

/** A session's reminder is due on the local day before it, from MORNING_HOUR on (not at midnight). */
export const sessionReminderDue = (sessionStart: string, now: string, zone: string): boolean =>
  isDayBefore(sessionStart, now, zone) && local(now, zone).hour >= MORNING_HOUR;
