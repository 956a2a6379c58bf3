import { invalid } from '../errors.ts';

/**
 * The locales an organization can choose (how dates, times and numbers are written) and the UI
 * languages Threshold ships (nl, en). A locale names both: nl-NL → Dutch, en-GB / en-US → English.
 */

export const ORGANIZATION_LOCALES = ['nl-NL', 'en-GB', 'en-US'] as const;
export type OrganizationLocale = (typeof ORGANIZATION_LOCALES)[number];

export const UI_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The locale of an organization that never chose one (migration 0016 sets the same default). */
export const DEFAULT_LOCALE: OrganizationLocale = 'en-GB';

export const isOrganizationLocale = (value: unknown): value is OrganizationLocale =>
  typeof value === 'string' && (ORGANIZATION_LOCALES as readonly string[]).includes(value);

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/** The UI language a locale (or a browser's `navigator.language`) asks for: Dutch or else English. */
export const languageOf = (locale: string | null | undefined): UiLanguage =>
  locale?.toLowerCase().startsWith('nl') ? 'nl' : 'en';

/**
 * The locale dates are written in when the viewer reads the UI in `language`: the organization's own
 * locale when it is in that language, else that language's European default (nl-NL, en-GB: 24-hour,
 * day before month), so an English reader in a Dutch clinic still sees the clinic's conventions.
 */
export function formattingLocale(
  organizationLocale: string | null | undefined,
  language: UiLanguage,
): string {
  if (isOrganizationLocale(organizationLocale) && languageOf(organizationLocale) === language) {
    return organizationLocale;
  }
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

let zones: ReadonlySet<string> | null = null;

/** The IANA time zones this runtime knows (Intl.supportedValuesOf), plus UTC. */
export function timeZones(): ReadonlySet<string> {
  if (!zones) zones = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
  return zones;
}

export const isTimeZone = (value: unknown): value is string =>
  typeof value === 'string' && timeZones().has(value);

/** An organization's locale as sent (trimmed), or a 400 naming the field. */
export function checkLocale(field: string, value: string): OrganizationLocale {
  const locale = value.trim();
  if (!isOrganizationLocale(locale))
    throw invalid(field, 'one-of', { allowed: ORGANIZATION_LOCALES.join(', ') });
  return locale;
}

/** An IANA time zone as sent (trimmed), or a 400 naming the field. */
export function checkTimeZone(field: string, value: string): string {
  const zone = value.trim();
  if (!isTimeZone(zone)) throw invalid(field, 'time-zone');
  return zone;
}
