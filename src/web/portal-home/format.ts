/**
 * Dates, times and numbers the way the client reads them: in the client's language and, for
 * anything the clinic plans, in the organization's time zone, through the shared formatter
 * (domain/locale/format.ts). A time carries its zone when the client's device is in another one.
 */
import { createFormatter, type Formatter } from '../../domain/locale/format.ts';
import { formattingLocale } from '../../domain/locale/locales.ts';
import { BROWSER_ZONE } from '../i18n/format.ts';
import type { PortalLanguage } from '../portal/i18n.ts';

function formatter(language: PortalLanguage, timeZone?: string): Formatter {
  return createFormatter({
    locale: formattingLocale(null, language),
    timeZone: timeZone || BROWSER_ZONE,
    viewerTimeZone: BROWSER_ZONE,
  });
}

/** A score as the client reads it: "12", "3.5" / "3,5". */
export function formatNumber(value: number, language: PortalLanguage): string {
  return formatter(language).number(value, { maximumFractionDigits: 2 });
}

/** A day, e.g. "14 May 2025" / "14 mei 2025", in the given zone (the browser's when omitted). */
export function formatDay(iso: string, language: PortalLanguage, timeZone?: string): string {
  return formatter(language, timeZone).textDate(iso);
}

/** An instant, e.g. "14 May 2025 at 23:59", in the given zone (labelled when it is not the device's). */
export function formatMoment(iso: string, language: PortalLanguage, timeZone?: string): string {
  return formatter(language, timeZone).textDateTime(iso);
}

/** A session's time, e.g. "Wednesday 14 May 2025, 10:00–12:30", in the given zone. */
export function formatSessionTime(
  startsAt: string,
  endsAt: string,
  language: PortalLanguage,
  timeZone?: string,
): string {
  const f = formatter(language, timeZone);
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return startsAt;
  const end = new Date(endsAt);
  const day = f.longDate(startsAt);
  const from = f.time(startsAt, { zone: false });
  const sameDay = !Number.isNaN(end.getTime()) && end > start && f.longDate(endsAt) === day;
  return sameDay ? `${day}, ${from}–${f.time(endsAt, { zone: false })}` : `${day}, ${from}`;
}
