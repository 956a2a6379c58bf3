/** The line under a time field that says its zone, when the browser is in another one. */
import type { ReactNode } from 'react';
import { currentFormatter } from '../../i18n/format.ts';
import { tKey } from '../../i18n/t-key.ts';
import { wallClockToIso } from './zone.ts';

/** "Time in Europe/Amsterdam (CET)" when the browser is elsewhere (the formatter's label), else null. */
export function zoneNote(value: string, zone: string): string | null {
  const formatter = currentFormatter(zone);
  if (!formatter.labelsZone) return null;
  const at = wallClockToIso(value, zone) || new Date().toISOString();
  return tKey('common:dates.timeIn', { zone: zone.replace(/_/g, ' '), abbr: formatter.zoneName(at) });
}

export function withZoneNote(description: ReactNode, note: string | null): ReactNode {
  if (!note) return description;
  if (!description) return note;
  return (
    <>
      {description} {note}
    </>
  );
}
