/**
 * The one place the web app turns a wall-clock time in a time zone into an instant and back
 * (through luxon, which reads the zone's rules from Intl). A wall-clock value is the
 * `datetime-local` form 'YYYY-MM-DDTHH:mm', read in the organization's zone (or a room's), never
 * the browser's. Around DST: a time that does not exist (02:30 on the last Sunday of March in
 * Amsterdam) moves forward by the gap (03:30); a time that happens twice (02:30 on the last Sunday
 * of October) is the second of the two (winter time), as luxon resolves it.
 */
import { DateTime } from 'luxon';

/** 'YYYY-MM-DDTHH:mm' read in the zone → ISO UTC instant ('' when blank or invalid). */
export function wallClockToIso(value: string, zone: string): string {
  if (!value) return '';
  const d = DateTime.fromISO(value, { zone });
  return d.isValid ? (d.toUTC().toISO() ?? '') : '';
}

/** ISO instant → 'YYYY-MM-DDTHH:mm' of that moment in the zone ('' when blank or invalid). */
export function isoToWallClock(iso: string | null | undefined, zone: string): string {
  if (!iso) return '';
  const d = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return d.isValid ? d.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}
