/**
 * Times of sessions, doses and vital signs in the organization's time zone (where the sessions
 * happen), for display and for `datetime-local` inputs, so what is typed and what is shown agree
 * even when the browser is in another zone.
 */
import { BROWSER_ZONE, useOrgTimezone } from '../calendar/time.ts';
import { currentFormatter } from '../i18n/format.ts';
import { isoToWallClock, wallClockToIso } from '../ui/dates/zone.ts';

export { BROWSER_ZONE, useOrgTimezone };

/** ISO instant → the wall-clock value ('YYYY-MM-DDTHH:mm') of that moment in the zone ('' when blank or invalid). */
export const toZoneInput = (iso: string | null | undefined, zone: string): string =>
  isoToWallClock(iso, zone);

/** A wall-clock value read in the zone → ISO UTC instant ('' when blank or invalid). */
export const fromZoneInput = (value: string, zone: string): string => wallClockToIso(value, zone);

/** Now, as a `datetime-local` value in the zone. */
export const nowInput = (zone: string): string => toZoneInput(new Date().toISOString(), zone);

const f = (zone: string) => currentFormatter(zone);

/** "14-05-2026 10:00" in the zone (labelled when the browser is in another zone). */
export const formatDateTimeIn = (iso: string, zone: string): string => f(zone).dateTime(iso);

/** "14-05-2026" in the zone. */
export const formatDateIn = (iso: string, zone: string): string => f(zone).date(iso);

/** "do 14-05-2026" in the zone. */
export const formatDayIn = (iso: string, zone: string): string => f(zone).day(iso);

/** "10:00" in the zone; the page says which zone (ZoneNote) when it is not the browser's. */
export const formatTimeIn = (iso: string, zone: string): string => f(zone).time(iso, { zone: false });
