/** Calendar dates and time zones as requests send them: checked here, so the domain gets valid ones. */
import { DateTime, IANAZone } from 'luxon';
import { invalid } from '../../domain/errors.ts';

/** A real 'YYYY-MM-DD' between 1900 and 2200 (a program start, a cohort's day 0). */
export function checkCalendarDate(field: string, value: string): string {
  const d = DateTime.fromISO(value, { zone: 'UTC' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !d.isValid) throw invalid(field, 'not-date-yyyy-mm-dd');
  if (d.year < 1900 || d.year > 2200) throw invalid(field, 'between-1900-2200');
  return value;
}

export function checkTimezone(field: string, value: string): string {
  const tz = value.trim();
  if (!IANAZone.isValidZone(tz)) throw invalid(field, 'time-zone');
  return tz;
}

/** Local midnight of a calendar date in a zone, as ISO-8601 UTC. */
export function startOfDay(date: string, timezone: string): string {
  return DateTime.fromISO(date, { zone: timezone }).startOf('day').toUTC().toISO()!;
}
