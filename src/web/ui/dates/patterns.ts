/**
 * How a date or time is written and read in a locale, taken from Intl (so nl-NL is "05-12-2026"
 * and 24-hour, en-GB "05/12/2026", en-US "12/05/2026" and 12-hour), as dayjs format strings for
 * @mantine/dates, and parsers that accept what a person types: "5-12-2026", "05-12-2026",
 * "5/12/2026", "5.12.2026", an ISO "2026-12-05", and a time as "14:30", "14.30" or "2:30 pm".
 * Pure: no zone here (./zone.ts converts wall-clock times to instants).
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DatePatterns {
  /** The order of day, month and year, e.g. ['day', 'month', 'year'] for nl-NL. */
  order: DatePart[];
  /** Whether the locale writes 12-hour times ("2:30 PM"). */
  hour12: boolean;
  /** dayjs format of a date, e.g. "DD-MM-YYYY". */
  date: string;
  /** dayjs format of a time, e.g. "HH:mm" or "h:mm A". */
  time: string;
  /** dayjs format of a date and time, e.g. "DD-MM-YYYY HH:mm". */
  dateTime: string;
}

const TOKEN: Record<DatePart, string> = { day: 'DD', month: 'MM', year: 'YYYY' };
const cache = new Map<string, DatePatterns>();

/** The patterns of a BCP 47 locale (cached). */
export function datePatterns(locale: string): DatePatterns {
  let found = cache.get(locale);
  if (!found) {
    found = derive(locale);
    cache.set(locale, found);
  }
  return found;
}

function derive(locale: string): DatePatterns {
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 5)));
  const order = parts
    .map((p) => p.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '-';
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const hour12 = cycle === 'h11' || cycle === 'h12';
  const date = order.map((part) => TOKEN[part]).join(separator);
  const time = hour12 ? 'h:mm A' : 'HH:mm';
  return { order, hour12, date, time, dateTime: `${date} ${time}` };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' when the numbers make a real calendar date, else null. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LOCAL_DATE = /^(\d{1,4})[-/.\s]+(\d{1,4})[-/.\s]+(\d{1,4})$/;

/**
 * A typed date, in the locale's order with any of - / . or a space between the numbers (one or
 * two digits for day and month, four for the year), or as ISO 'YYYY-MM-DD' → 'YYYY-MM-DD';
 * null while it is incomplete or not a date (so "5-12-202" is not taken for the year 202).
 */
export function parseDateText(text: string, locale: string): string | null {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = LOCAL_DATE.exec(value);
  if (!local) return null;
  const numbers = [local[1], local[2], local[3]] as string[];
  const { order } = datePatterns(locale);
  const at = (part: DatePart): string => numbers[order.indexOf(part)] ?? '';
  if (at('year').length !== 4 || at('day').length > 2 || at('month').length > 2) return null;
  return calendarDate(Number(at('year')), Number(at('month')), Number(at('day')));
}

const TIME = /^(\d{1,2})[:.](\d{2})\s*([ap])?\.?\s*(?:m\.?)?$/i;

/** A typed time "14:30", "14.30", "2:30 pm" (am/pm in any locale) → 'HH:mm', else null. */
export function parseTimeText(text: string): string | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

const DATE_TIME = /^(.+?)(?:\s*,\s*|\s+|T)(\d{1,2}[:.]\d{2}.*)$/i;

/** A typed date and time ("05-12-2026 14:30", "12/05/2026, 2:30 PM") → 'YYYY-MM-DDTHH:mm', else null. */
export function parseDateTimeText(text: string, locale: string): string | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const date = parseDateText(m[1] ?? '', locale);
  const time = parseTimeText(m[2] ?? '');
  return date && time ? `${date}T${time}` : null;
}

/** A datetime-local style 'YYYY-MM-DDTHH:mm' → @mantine/dates' 'YYYY-MM-DD HH:mm:ss' (null when blank). */
export const toPickerValue = (value: string): string | null =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? `${value.slice(0, 10)} ${value.slice(11, 16)}:00` : null;

/** @mantine/dates' 'YYYY-MM-DD HH:mm:ss' → 'YYYY-MM-DDTHH:mm' ('' when blank). */
export const fromPickerValue = (value: string | null): string =>
  value && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/.test(value)
    ? `${value.slice(0, 10)}T${value.slice(11, 16)}`
    : '';

/** The pattern as a placeholder a person reads: "dd-mm-jjjj" (nl), "dd/mm/yyyy" (en). */
export function placeholderOf(pattern: string, language: 'nl' | 'en'): string {
  const lower = pattern.replace('A', 'am/pm').toLowerCase();
  return language === 'nl' ? lower.replace(/y/g, 'j').replace(/hh|h/g, 'uu') : lower.replace(/h+/, 'hh');
}
