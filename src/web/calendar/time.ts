/**
 * Session times are shown in the organization's time zone (where the sessions happen), not the
 * browser's: a facilitator travelling, or a clinic in another zone than its staff, sees the same
 * clock times the program was designed with.
 */
import { DateTime } from 'luxon';
import { BROWSER_ZONE, currentFormatter, useFormat } from '../i18n/format.ts';

export { BROWSER_ZONE };

/** The organization's IANA time zone (from the session, so never loading inside the app). */
export function useOrgTimezone(): { timezone: string; loading: boolean } {
  return { timezone: useFormat().timeZone, loading: false };
}

/** "10:00" in the zone (the page says which zone its times are in). */
export const formatTime = (iso: string, zone: string) => currentFormatter(zone).time(iso, { zone: false });

/** "do 14-05-2026" / "Thu 14/05/2026" */
export const formatDay = (iso: string, zone: string) => currentFormatter(zone).day(iso);

/** "do 14-05-2026 10:00" / "Thu 14/05/2026, 10:00" */
export const formatDayTime = (iso: string, zone: string) =>
  currentFormatter(zone).dayTime(iso, { zone: false });

/** "10:00–11:30" */
export const formatTimeRange = (startsAt: string, endsAt: string, zone: string) =>
  `${formatTime(startsAt, zone)}–${formatTime(endsAt, zone)}`;

/** The calendar date 'YYYY-MM-DD' of an instant in the zone. */
export const localDate = (iso: string, zone: string): string =>
  DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toISODate() ?? iso.slice(0, 10);

/** Today's calendar date in the zone. */
export const todayIn = (zone: string): string => DateTime.now().setZone(zone).toISODate() ?? '';

export const isIsoDate = (v: string | null): v is string =>
  v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid;

/** "donderdag 14 mei 2026" / "Thursday 14 May 2026" for a calendar date. */
export const formatLongDate = (date: string): string => currentFormatter().longDate(date);
