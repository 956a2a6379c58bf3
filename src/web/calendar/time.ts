/**
 * Session times are shown in the organization's time zone (where the sessions happen), not the
 * browser's: a facilitator travelling, or a clinic in another zone than its staff, sees the same
 * clock times the program was designed with.
 */
import { DateTime } from 'luxon';
import { useOrganization } from '../organization/api.ts';

/** The browser's zone: used only until the organization (and its zone) has loaded. */
export const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The organization's IANA time zone, with `loading` while it is not known yet. */
export function useOrgTimezone(): { timezone: string; loading: boolean } {
  const org = useOrganization();
  const zone = (org.data as { timezone?: unknown } | undefined)?.timezone;
  return {
    timezone: typeof zone === 'string' && zone ? zone : BROWSER_ZONE,
    loading: org.isPending,
  };
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
    cache.set(key, f);
  }
  return f;
}

const valid = (iso: string) => !Number.isNaN(new Date(iso).getTime());

/** "10:00" (24-hour everywhere: programs are designed in HH:MM, so the calendar shows the same). */
export const formatTime = (iso: string, zone: string) =>
  valid(iso)
    ? formatter(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))
    : iso;

/** "Thu 14 May 2026" */
export const formatDay = (iso: string, zone: string) =>
  valid(iso)
    ? formatter(zone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
        new Date(iso),
      )
    : iso;

/** "Thu 14 May 2026, 10:00" */
export const formatDayTime = (iso: string, zone: string) =>
  valid(iso)
    ? formatter(zone, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso))
    : iso;

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

/** "Thursday 14 May 2026" for a calendar date. */
export function formatLongDate(date: string): string {
  const d = DateTime.fromISO(date, { zone: 'utc' });
  if (!d.isValid) return date;
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d.toJSDate());
}
