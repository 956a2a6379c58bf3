/**
 * Dates, times and numbers the way the client reads them: in the client's language and, for
 * anything the clinic plans, in the organization's time zone.
 */
import type { PortalLanguage } from '../portal/i18n.ts';

const locale = (language: PortalLanguage): string => (language === 'nl' ? 'nl-NL' : 'en-GB');

/** A score as the client reads it: "12", "3.5" / "3,5". */
export function formatNumber(value: number, language: PortalLanguage): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(value);
}

const valid = (iso: string): Date | null => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** A day, e.g. "14 May 2025" / "14 mei 2025", in the given zone (the browser's when omitted). */
export function formatDay(iso: string, language: PortalLanguage, timeZone?: string): string {
  const d = valid(iso);
  if (!d) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', ...zone(timeZone) }).format(d);
}

/** An instant, e.g. "14 May 2025 at 23:59", in the given zone. */
export function formatMoment(iso: string, language: PortalLanguage, timeZone?: string): string {
  const d = valid(iso);
  if (!d) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    ...zone(timeZone),
  }).format(d);
}

/** A session's time, e.g. "Wednesday 14 May 2025, 10:00 – 12:30", in the given zone. */
export function formatSessionTime(
  startsAt: string,
  endsAt: string,
  language: PortalLanguage,
  timeZone?: string,
): string {
  const start = valid(startsAt);
  const end = valid(endsAt);
  if (!start) return startsAt;
  const format = new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...zone(timeZone),
  });
  return end && end > start ? format.formatRange(start, end) : format.format(start);
}

/** Only a zone the browser knows: an unknown one would throw, so the browser's is used instead. */
function zone(timeZone: string | undefined): { timeZone?: string } {
  if (!timeZone) return {};
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return { timeZone };
  } catch {
    return {};
  }
}
