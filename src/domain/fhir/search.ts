/**
 * FHIR search parameters, parsed and applied without a database: date prefixes and precision,
 * token `system|code`, references, `_count`, `_sort` and paging offsets. Unknown or malformed
 * parameters are refused (naming the parameter), never silently ignored.
 */
import { invalid } from '../errors.ts';

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;

/** A half-open instant range [start, end) from a FHIR date/dateTime at its precision. */
function range(value: string, name: string): [number, number] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(T.+)?)?)?$/.exec(value);
  if (!m) throw invalid(name, 'fhir-date-datetime-2026-03', {}, 'query');
  const [, y, mo, d, time] = m;
  if (time) {
    const t = Date.parse(`${y}-${mo}-${d}${time}`);
    if (Number.isNaN(t)) throw invalid(name, 'not-valid-datetime', {}, 'query');
    const step = /\.\d+/.test(time) ? 1 : /T\d{2}:\d{2}:\d{2}/.test(time) ? 1000 : 60_000;
    return [t, t + step];
  }
  const start = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
  const end = d
    ? Date.UTC(Number(y), Number(mo) - 1, Number(d) + 1)
    : mo
      ? Date.UTC(Number(y), Number(mo), 1)
      : Date.UTC(Number(y) + 1, 0, 1);
  if (Number.isNaN(start)) throw invalid(name, 'not-valid-date', {}, 'query');
  return [start, end];
}

export type DateTest = (instant: string) => boolean;

/** `date=ge2026-01-01` etc.: a test on an ISO instant (or a YYYY-MM-DD date, as its day). */
export function dateTest(param: string, name: string): DateTest {
  const m = /^(eq|ne|ge|gt|le|lt|sa|eb)?(.+)$/.exec(param);
  if (!m) throw invalid(name, 'fhir-date-optionally-prefix-ge2026', {}, 'query');
  const prefix = m[1] ?? 'eq';
  const [start, end] = range(m[2]!, name);
  return (instant) => {
    const [s, e] = /^\d{4}-\d{2}-\d{2}$/.test(instant)
      ? range(instant, name)
      : [Date.parse(instant), Date.parse(instant) + 1];
    switch (prefix) {
      case 'eq':
        return s >= start && e <= end;
      case 'ne':
        return !(s >= start && e <= end);
      case 'ge':
        return s >= start;
      case 'gt':
      case 'sa':
        return s >= end;
      case 'le':
        return e <= end;
      default:
        return e <= start;
    }
  };
}

/** `system|code`, `|code` or `code` */
export function parseToken(value: string): { system: string | undefined; code: string } {
  const i = value.lastIndexOf('|');
  if (i < 0) return { system: undefined, code: value };
  return { system: value.slice(0, i) || undefined, code: value.slice(i + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `Patient/<id>` or `<id>` (for the `patient` parameter) as the client id; refuses anything else. */
export function patientReference(value: string, name: string): string {
  const id = value.startsWith('Patient/') ? value.slice('Patient/'.length) : value;
  if (!UUID.test(id) || (name === 'subject' && value.includes('/') && !value.startsWith('Patient/')))
    throw invalid(name, 'patient-client-id', {}, 'query');
  return id.toLowerCase();
}

export function parseCount(value: string | undefined): number {
  if (value === undefined) return DEFAULT_COUNT;
  if (!/^\d{1,4}$/.test(value) || Number(value) > MAX_COUNT)
    throw invalid('_count', 'integer-from-zero', { max: MAX_COUNT }, 'query');
  return Number(value);
}

export function parseOffset(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,7}$/.test(value)) throw invalid('_offset', 'integer', {}, 'query');
  return Number(value);
}

export interface SortKey {
  name: string;
  descending: boolean;
}

/** `_sort=-authored,_id` against the sort parameters a resource supports. */
export function parseSort(value: string | undefined, allowed: readonly string[]): SortKey[] {
  if (value === undefined) return [];
  return value.split(',').map((part) => {
    const descending = part.startsWith('-');
    const name = descending ? part.slice(1) : part;
    if (!allowed.includes(name))
      throw invalid('_sort', 'one-optionally', { value: allowed.join(', ') }, 'query');
    return { name, descending };
  });
}

/** Sorts by the keys (values from `keyOf`), stable; ties keep the given order. */
export function sortBy<T>(
  items: readonly T[],
  keys: SortKey[],
  keyOf: (item: T, key: string) => string,
): T[] {
  return [...items].sort((a, b) => {
    for (const k of keys) {
      const x = keyOf(a, k.name);
      const y = keyOf(b, k.name);
      if (x !== y) return (x < y ? -1 : 1) * (k.descending ? -1 : 1);
    }
    return 0;
  });
}

/** A date parameter as day bounds for a `YYYY-MM-DD` column: matches are `from <= d < to`, negated for `ne`. */
export function dayBounds(
  param: string,
  name: string,
): { from: string | null; to: string | null; negate: boolean } {
  const m = /^(eq|ne|ge|gt|le|lt|sa|eb)?(.+)$/.exec(param);
  if (!m) throw invalid(name, 'fhir-date-optionally-prefix-ge2026', {}, 'query');
  const prefix = m[1] ?? 'eq';
  const [start, end] = range(m[2]!, name);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  // A day column covers the whole day: a dateTime parameter widens to its day.
  const s = day(start);
  const e = day(end - 1 + 86_400_000);
  if (prefix === 'ge') return { from: s, to: null, negate: false };
  if (prefix === 'gt' || prefix === 'sa') return { from: e, to: null, negate: false };
  if (prefix === 'le') return { from: null, to: e, negate: false };
  if (prefix === 'lt' || prefix === 'eb') return { from: null, to: s, negate: false };
  return { from: s, to: e, negate: prefix === 'ne' };
}
