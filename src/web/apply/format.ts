/**
 * Money, dates and deadlines on the public pages: amounts in integer minor units, calendar dates in
 * the organization's locale (nl-NL for Dutch), and a deadline in the organization's zone, named.
 */
import { createFormatter } from '../../domain/locale/format.ts';
import { formattingLocale, type UiLanguage } from '../../domain/locale/locales.ts';

/** Digits after the decimal point of a currency (2 for EUR, 0 for JPY). */
function fractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** 185000 EUR → "€ 1.850,00" (nl-NL) or "€1,850.00" (en-GB). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = fractionDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

export interface PageLocale {
  /** The locale dates and amounts are written in, e.g. 'nl-NL'. */
  locale: string;
  timeZone: string;
}

/** The locale of the page in `language` for an organization (its own when the language matches). */
export const pageLocale = (
  organizationLocale: string | null | undefined,
  timeZone: string,
  language: UiLanguage,
): PageLocale => ({ locale: formattingLocale(organizationLocale, language), timeZone });

/** "10 december 2026 – 13 december 2026", or one date when the end is unknown or the same day. */
export function formatDates(start: string, end: string | null, p: PageLocale): string {
  const f = createFormatter({ locale: p.locale, timeZone: p.timeZone });
  return end && end !== start ? `${f.textDate(start)} – ${f.textDate(end)}` : f.textDate(start);
}

/**
 * An instant in the organization's zone with the zone named, e.g. "14 december 2026 om 23:59
 * (Midden-Europese standaardtijd)" — the applicant may be anywhere.
 */
export function formatDeadline(iso: string, p: PageLocale): string {
  const f = createFormatter({ locale: p.locale, timeZone: p.timeZone });
  return `${f.textDateTime(iso, { zone: false })} (${f.zoneName(iso, 'long')})`;
}
