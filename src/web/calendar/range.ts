/**
 * The calendar's view as the URL holds it (?view=week&date=YYYY-MM-DD&facilitatorId=&roomId=), the
 * instants it covers in the organization's time zone (weeks start on Monday), and sessions grouped
 * by their local date.
 */
import { DateTime } from 'luxon';
import { currentFormatter } from '../i18n/format.ts';
import { isIsoDate, localDate } from './time.ts';

export type CalendarView = 'week' | 'day';

export interface CalendarState {
  view: CalendarView;
  /** Any date inside the shown week, or the shown day. */
  date: string;
  facilitatorId: string;
  roomId: string;
  includeCancelled: boolean;
}

export function readState(params: URLSearchParams, today: string): CalendarState {
  const view = params.get('view');
  const date = params.get('date');
  return {
    view: view === 'day' ? 'day' : 'week',
    date: isIsoDate(date) ? date : today,
    facilitatorId: params.get('facilitatorId') ?? '',
    roomId: params.get('roomId') ?? '',
    includeCancelled: params.get('cancelled') === '1',
  };
}

/** The URL parameters of a state; the date is left out when it is today. */
export function writeState(state: CalendarState, today: string): URLSearchParams {
  const out = new URLSearchParams();
  out.set('view', state.view);
  if (state.date !== today) out.set('date', state.date);
  if (state.facilitatorId) out.set('facilitatorId', state.facilitatorId);
  if (state.roomId) out.set('roomId', state.roomId);
  if (state.includeCancelled) out.set('cancelled', '1');
  return out;
}

/** The local dates shown (7 from Monday, or the one day). */
export function datesOf(view: CalendarView, date: string, zone: string): string[] {
  const d = DateTime.fromISO(date, { zone });
  const start = view === 'week' ? d.startOf('week') : d.startOf('day');
  return Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => start.plus({ days: i }).toISODate() ?? '');
}

/** The instants [from, to) covering the shown dates in the zone (DST-correct: local midnights). */
export function rangeOf(view: CalendarView, date: string, zone: string): { from: string; to: string } {
  const dates = datesOf(view, date, zone);
  const first = DateTime.fromISO(dates[0]!, { zone }).startOf('day');
  const end = DateTime.fromISO(dates[dates.length - 1]!, { zone })
    .plus({ days: 1 })
    .startOf('day');
  return { from: first.toUTC().toISO() ?? '', to: end.toUTC().toISO() ?? '' };
}

/** The date a step away: a week or a day, forwards or back. */
export function step(view: CalendarView, date: string, direction: 1 | -1): string {
  return (
    DateTime.fromISO(date, { zone: 'utc' })
      .plus(view === 'week' ? { weeks: direction } : { days: direction })
      .toISODate() ?? date
  );
}

/** Sessions by the local date they start on, each day in time order. */
export function byLocalDate<T extends { startsAt: string }>(sessions: T[], zone: string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const s of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = localDate(s.startsAt, zone);
    const list = out.get(key);
    if (list) list.push(s);
    else out.set(key, [s]);
  }
  return out;
}

/** "11–17 May 2026", "28 Dec 2026 – 3 Jan 2027", or one long date for a day. */
export function describeRange(view: CalendarView, date: string, zone: string): string {
  const dates = datesOf(view, date, zone);
  const fmt = (d: string, opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(currentFormatter().locale, { ...opts, timeZone: 'UTC' }).format(
      new Date(`${d}T12:00:00Z`),
    );
  const first = dates[0]!;
  if (view === 'day') return fmt(first, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const last = dates[dates.length - 1]!;
  return `${fmt(first, { day: 'numeric', month: 'short', year: first.slice(0, 4) === last.slice(0, 4) ? undefined : 'numeric' })} – ${fmt(last, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}
