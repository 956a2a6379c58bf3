/**
 * Dates and times as people read them: through the one formatter (i18n/format.ts), in the
 * organization's locale and time zone, labelled with the zone when the browser is elsewhere.
 */
import { currentFormatter, organizationTimeZone } from '../i18n/format.ts';
import { isoToWallClock, wallClockToIso } from './dates/zone.ts';

/** A calendar date `YYYY-MM-DD` (no time zone), e.g. "12-04-1985" (nl-NL) or "12/04/1985" (en-GB). */
export function formatDate(isoDate: string): string {
  return currentFormatter().date(isoDate);
}

/** A number in the screen's locale, e.g. "0,5" (nl-NL) or "0.5" (en-GB); Intl options pass through. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return currentFormatter().number(value, options);
}

/**
 * A number as typed into an input of the screen ("0,5" in Dutch, "0.5" in English): every decimal
 * kept, no grouping, so the form reads it back (parseDecimal, readNumber accept either mark).
 */
export function decimalInput(value: number): string {
  return currentFormatter().number(value, { useGrouping: false, maximumFractionDigits: 20 });
}

/** An instant in the organization's zone, e.g. "12-04-2025 14:03". */
export function formatDateTime(iso: string): string {
  return currentFormatter().dateTime(iso);
}

/** An instant with seconds, for the audit trail. */
export function formatPreciseDateTime(iso: string): string {
  return currentFormatter().dateTime(iso, { seconds: true });
}

/** Whole years between a date of birth `YYYY-MM-DD` and today. */
export function ageFrom(isoDate: string, today: Date = new Date()): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = today.getFullYear() - y;
  if (today.getMonth() + 1 < mo || (today.getMonth() + 1 === mo && today.getDate() < d)) age--;
  return age;
}

/** A wall-clock value ('YYYY-MM-DDTHH:mm'), read in the organization's zone → ISO 8601 instant ('' when blank or invalid). */
export const localInputToIso = (value: string): string => wallClockToIso(value, organizationTimeZone());

/** ISO 8601 instant → wall-clock value in the organization's zone ('' when blank or invalid). */
export const isoToLocalInput = (iso: string): string => isoToWallClock(iso, organizationTimeZone());
