/**
 * Acute experience by dose band, lot and setting: for every value of each dimension, the dosing
 * records with that value, the share of their MEQ-30s that were a complete mystical experience
 * (the MEQ-30 module's rule, Wilson 95% interval) and the mean MEQ-30 total (t 95% interval), with
 * n per cell; the mean CEQ total beside them where CEQ scores exist. A record without a value for a
 * dimension (no lot, no setting recorded) is left out of that dimension only. Values in code-point
 * order (numbers by size); dose bands by substance, then band.
 */
import { wilson } from '../outcomes/proportions.ts';
import { bandOf } from './dose-bands.ts';
import { meanWithInterval } from './mean-interval.ts';
import type { AcuteCell, AcuteDimension, DoseRecord, SubstanceBanding } from './types.ts';

export const ACUTE_DIMENSIONS: readonly AcuteDimension[] = [
  'doseBand',
  'lot',
  'musicProgram',
  'groupSize',
  'clientsPerSitter',
  'eyeshades',
];

function cellValue(
  dimension: AcuteDimension,
  r: DoseRecord,
  bandings: readonly SubstanceBanding[],
): string | null {
  switch (dimension) {
    case 'doseBand':
      return bandOf(bandings, r);
    case 'lot':
      return r.lot;
    case 'musicProgram':
      return r.musicProgram;
    case 'groupSize':
      return r.groupSize === null ? null : String(r.groupSize);
    case 'clientsPerSitter':
      return r.clientsPerSitter === null ? null : String(r.clientsPerSitter);
    case 'eyeshades':
      return r.eyeshades;
  }
}

/** One cell's statistics over its records. */
export function acuteCell(
  dimension: AcuteDimension,
  value: string,
  substance: string | null,
  records: readonly DoseRecord[],
): AcuteCell {
  const rated = records.filter((r) => r.meq !== null);
  const ceq = records.filter((r) => r.ceqTotal !== null).map((r) => r.ceqTotal!);
  return {
    dimension,
    value,
    substance,
    doses: records.length,
    clients: new Set(rated.map((r) => r.clientId)).size,
    complete: wilson(rated.filter((r) => r.meq!.complete).length, rated.length),
    meqTotal: meanWithInterval(rated.map((r) => r.meq!.total)),
    ceqTotal: ceq.length ? meanWithInterval(ceq) : null,
  };
}

const numeric = (d: AcuteDimension) => d === 'groupSize' || d === 'clientsPerSitter';

/** The cells of one dimension. */
export function acuteCells(
  dimension: AcuteDimension,
  records: readonly DoseRecord[],
  bandings: readonly SubstanceBanding[],
): AcuteCell[] {
  const groups = new Map<string, DoseRecord[]>();
  for (const r of records) {
    const v = cellValue(dimension, r, bandings);
    if (v === null) continue;
    const list = groups.get(v) ?? [];
    list.push(r);
    groups.set(v, list);
  }
  const order = (a: string, b: string) =>
    numeric(dimension)
      ? Number(a) - Number(b)
      : dimension === 'doseBand'
        ? bandOrder(a, b)
        : a < b
          ? -1
          : a > b
            ? 1
            : 0;
  return [...groups.keys()]
    .sort(order)
    .map((v) =>
      acuteCell(dimension, v, dimension === 'doseBand' ? groups.get(v)![0]!.substance : null, groups.get(v)!),
    );
}

/** Band keys are `substance:index`: by substance, then index as a number. */
function bandOrder(a: string, b: string): number {
  const [sa, ia] = splitKey(a);
  const [sb, ib] = splitKey(b);
  return sa < sb ? -1 : sa > sb ? 1 : ia - ib;
}

const splitKey = (key: string): [string, number] => {
  const at = key.lastIndexOf(':');
  return [key.slice(0, at), Number(key.slice(at + 1))];
};
