/** Points in time from requests: parsed, bounded, and stored as ISO-8601 UTC. */
import { invalid } from '../../domain/errors.ts';

const EARLIEST = Date.parse('1900-01-01T00:00:00.000Z');
const LATEST = Date.parse('2200-01-01T00:00:00.000Z');

/** `value` as '2026-05-14T08:00:00.000Z'; a value that is no real instant (a leap second) is refused by field. */
export function instant(field: string, value: string, where: 'body' | 'query' = 'body'): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw invalid(field, 'point-in-time', {}, where);
  if (t < EARLIEST || t >= LATEST) throw invalid(field, 'between-years-1900-2199', {}, where);
  return new Date(t).toISOString();
}

export const MAX_SESSION_MINUTES = 24 * 60;

/** A session's start and end: the end after the start, at most a day apart. */
export function sessionTimes(startsAt: string, endsAt: string): { startsAt: string; endsAt: string } {
  const s = instant('startsAt', startsAt);
  const e = instant('endsAt', endsAt);
  const minutes = (Date.parse(e) - Date.parse(s)) / 60_000;
  if (minutes <= 0) throw invalid('endsAt', 'after-startsat');
  if (minutes > MAX_SESSION_MINUTES) throw invalid('endsAt', 'at-most-24-hours-after');
  return { startsAt: s, endsAt: e };
}
