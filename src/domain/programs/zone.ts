/**
 * Time zones for the schedule's calendar arithmetic, with their UTC offsets remembered per hour.
 *
 * Luxon's IANAZone asks `Intl.DateTimeFormat.formatToParts` for the offset at every instant it
 * handles, and `plus` asks two or three times: deriving a program's timepoints spent a third of
 * its time there (docs/PERFORMANCE.md, *Seeding*). A zone from `scheduleZone` answers from a table
 * of UTC hours instead, filled on first use. An hour is remembered only when the offsets at its
 * first and its last second agree, so the hour that holds a daylight-saving (or any other) change
 * is always asked of Intl, instant by instant; that is exact because no zone changes its offset
 * twice within one hour. Names Luxon does not treat as IANA zones ("UTC", "UTC+2", "local", …) and
 * invalid names are passed through as Luxon reads them, so every result equals the plain name's.
 */
import { IANAZone, Info, type Zone } from 'luxon';

const HOUR = 3_600_000;
/** Hours remembered per zone before the table starts again (about eleven years of hours). */
const MAX_HOURS = 100_000;

class HourlyOffsetZone extends IANAZone {
  readonly #hours = new Map<number, number>();

  override offset(ts: number): number {
    if (!Number.isFinite(ts)) return super.offset(ts);
    const hour = Math.floor(ts / HOUR);
    const known = this.#hours.get(hour);
    if (known !== undefined) return known;
    const first = super.offset(hour * HOUR);
    // Luxon reads offsets to the whole second; this second ends the hour.
    const last = super.offset(hour * HOUR + HOUR - 1000);
    if (first !== last || Number.isNaN(first)) return super.offset(ts);
    if (this.#hours.size >= MAX_HOURS) this.#hours.clear();
    this.#hours.set(hour, first);
    return first;
  }
}

const zones = new Map<string, HourlyOffsetZone>();

/** The zone Luxon would read from `name`, with offsets remembered per hour when it is an IANA zone. */
export function scheduleZone(name: string): Zone {
  const known = zones.get(name);
  if (known) return known;
  const zone = Info.normalizeZone(name);
  // Fixed offsets, UTC, the system zone and invalid names: as Luxon reads them, uncached.
  if (!(zone instanceof IANAZone) || !zone.isValid) return zone;
  const cached = new HourlyOffsetZone(name);
  zones.set(name, cached);
  return cached;
}
