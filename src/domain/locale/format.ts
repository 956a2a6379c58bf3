/**
 * Every date, time and number Threshold shows, written through Intl in one locale and one time
 * zone: the organization's (where its sessions happen). nl-NL reads "05-12-2026 14:30", en-GB
 * "05/12/2026, 14:30", en-US "12/05/2026, 2:30 PM". A time carries its zone ("14:30 CET") whenever
 * the reader may be in another zone: always in an email, in the browser when the zones differ.
 * Pure: the web app and the server's emails share it, so a deadline reads the same in both.
 */

export interface FormatSettings {
  /** A BCP 47 locale, e.g. 'nl-NL'. */
  locale: string;
  /** The IANA zone times are written in, e.g. 'Europe/Amsterdam'. */
  timeZone: string;
  /** The reader's zone; omitted (e.g. an email) means unknown, so every time is labelled. */
  viewerTimeZone?: string | undefined;
}

export interface Formatter {
  readonly locale: string;
  readonly timeZone: string;
  /** Whether times are labelled with their zone (the reader may be elsewhere). */
  readonly labelsZone: boolean;
  /** A calendar date 'YYYY-MM-DD' as is, or the date of an instant in the zone: "05-12-2026". */
  date(value: string): string;
  /** "vrijdag 5 december 2026" / "Friday 5 December 2026" (calendar date or instant). */
  longDate(value: string): string;
  /** "5 december 2026" / "5 December 2026": for letters and the client portal. */
  textDate(value: string): string;
  /** "5 december 2026 om 14:30" / "5 December 2026 at 14:30", with the zone when labelled. */
  textDateTime(iso: string, options?: ZoneOption): string;
  /** "vr 05-12-2026" / "Fri 05/12/2026" (calendar date or instant). */
  day(value: string): string;
  /** "vr 05-12-2026 14:30" (weekday, date and time), with the zone when labelled. */
  dayTime(iso: string, options?: ZoneOption): string;
  /** "14:30", with the zone when labelled: "14:30 CET". */
  time(iso: string, options?: ZoneOption): string;
  /** "05-12-2026 14:30", with the zone when labelled. */
  dateTime(iso: string, options?: ZoneOption & { seconds?: boolean }): string;
  /** "vr 05-12-2026 10:00–12:30" (same day) or two full date-times. */
  range(startIso: string, endIso: string, options?: ZoneOption): string;
  /** "3,5" / "3.5"; Intl.NumberFormat options pass through. */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** The zone's name at an instant: "CET" (short) or "Midden-Europese tijd" (long). */
  zoneName(iso?: string, style?: 'short' | 'long'): string;
}

export interface ZoneOption {
  /** Force the zone label on (true) or off (false); by default it follows `labelsZone`. */
  zone?: boolean;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const cache = new Map<string, Intl.DateTimeFormat>();
const numberCache = new Map<string, Intl.NumberFormat>();

function dtf(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

/**
 * Building an Intl formatter costs far more than using one (the outcome dashboard writes hundreds of
 * numbers in its first render), so each locale and set of options builds one once.
 */
function nf(locale: string, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let f = numberCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    numberCache.set(key, f);
  }
  return f;
}

/** A calendar date is read at UTC midnight (it has no zone); an instant as is; null when invalid. */
function parse(value: string): { at: Date; calendar: boolean } | null {
  const calendar = CALENDAR_DATE.test(value);
  const at = new Date(calendar ? `${value}T00:00:00Z` : value);
  return Number.isNaN(at.getTime()) ? null : { at, calendar };
}

/** A zone Intl accepts; an unknown one falls back to UTC rather than throwing mid-render. */
function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

const NUMERIC_DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const LONG_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const TEXT_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
const TEXT_DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };

export function createFormatter(settings: FormatSettings): Formatter {
  const locale = settings.locale;
  const timeZone = safeZone(settings.timeZone);
  const labelsZone = settings.viewerTimeZone === undefined || settings.viewerTimeZone !== timeZone;
  /** The Dutch write date and time apart ("05-12-2026 14:30"); English joins them with a comma. */
  const joiner = locale.toLowerCase().startsWith('nl') ? ' ' : ', ';

  const onDate = (value: string, options: Intl.DateTimeFormatOptions): string => {
    const p = parse(value);
    return p ? dtf(locale, p.calendar ? 'UTC' : timeZone, options).format(p.at) : value;
  };
  const zoneName = (iso?: string, style: 'short' | 'long' = 'short'): string => {
    const at = iso ? new Date(iso) : new Date();
    const valid = Number.isNaN(at.getTime()) ? new Date() : at;
    const parts = dtf(locale, timeZone, { timeZoneName: style }).formatToParts(valid);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  };
  const withZone = (text: string, iso: string, options?: ZoneOption): string =>
    (options?.zone ?? labelsZone) ? `${text} ${zoneName(iso)}` : text;
  const time = (iso: string, options?: ZoneOption & { seconds?: boolean }): string => {
    const p = parse(iso);
    if (!p) return iso;
    const clock = dtf(locale, timeZone, options?.seconds ? { ...TIME, second: '2-digit' } : TIME).format(
      p.at,
    );
    return withZone(clock, iso, options);
  };
  const dateTime = (iso: string, options?: ZoneOption & { seconds?: boolean }): string => {
    const p = parse(iso);
    if (!p) return iso;
    return `${dtf(locale, timeZone, NUMERIC_DATE).format(p.at)}${joiner}${time(iso, options)}`;
  };
  const day = (value: string): string => onDate(value, { weekday: 'short', ...NUMERIC_DATE });

  return {
    locale,
    timeZone,
    labelsZone,
    date: (value) => onDate(value, NUMERIC_DATE),
    longDate: (value) => onDate(value, LONG_DATE),
    textDate: (value) => onDate(value, TEXT_DATE),
    textDateTime: (iso, options) => {
      const p = parse(iso);
      return p ? withZone(dtf(locale, timeZone, TEXT_DATE_TIME).format(p.at), iso, options) : iso;
    },
    day,
    dayTime: (iso, options) => (parse(iso) ? `${day(iso)}${joiner}${time(iso, options)}` : iso),
    time,
    dateTime,
    range(startIso, endIso, options) {
      const start = parse(startIso);
      const end = parse(endIso);
      if (!start || !end) return dateTime(startIso, options);
      const sameDay = day(startIso) === day(endIso);
      if (!sameDay) return `${dateTime(startIso, { zone: false })} – ${dateTime(endIso, options)}`;
      const from = dtf(locale, timeZone, TIME).format(start.at);
      return `${day(startIso)}${joiner}${from}–${time(endIso, options)}`;
    },
    number: (value, options) => nf(locale, options).format(value),
    zoneName,
  };
}
