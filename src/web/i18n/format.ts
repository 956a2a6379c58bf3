/**
 * The web app's formatter: the shared one (domain/locale/format.ts) bound to the organization's
 * locale and time zone and the UI language. Components call `useFormat()`; plain helpers (ui/format.ts)
 * call `currentFormatter()`. Times are labelled with the zone when the browser is in another one.
 */
import { useSyncExternalStore } from 'react';
import { createFormatter, type Formatter } from '../../domain/locale/format.ts';
import { formattingLocale } from '../../domain/locale/locales.ts';
import { currentLanguage, i18n } from './instance.ts';

/** The browser's zone: the reader's, and the one used until the organization's is known. */
export const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

let organizationLocale: string | null = null;
let organizationZone: string = BROWSER_ZONE;
let cached: Formatter | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  cached = null;
  for (const listener of listeners) listener();
}

i18n.on('languageChanged', changed);

/** Called when the session (and so the organization) is known or changes. */
export function setOrganizationFormat(locale: string | null, timeZone: string | null): void {
  const zone = timeZone || BROWSER_ZONE;
  if (locale === organizationLocale && zone === organizationZone) return;
  organizationLocale = locale;
  organizationZone = zone;
  changed();
}

/** The formatter for the organization's zone (or another zone, e.g. a room's). */
export function currentFormatter(timeZone?: string): Formatter {
  if (timeZone && timeZone !== organizationZone) return make(timeZone);
  cached ??= make(organizationZone);
  return cached;
}

const make = (timeZone: string): Formatter =>
  createFormatter({
    locale: formattingLocale(organizationLocale, currentLanguage()),
    timeZone,
    viewerTimeZone: BROWSER_ZONE,
  });

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The current formatter; re-renders when the language, locale or zone changes. */
export function useFormat(): Formatter {
  return useSyncExternalStore(subscribe, () => currentFormatter());
}

/** The organization's zone (the browser's until the session has loaded). */
export const organizationTimeZone = (): string => organizationZone;

/**
 * A value to fill into a message, a decimal said in the screen's locale ("0,5" in Dutch) without
 * rounding or grouping; whole numbers and text are left as they are (a count still picks its plural).
 */
export function messageValue<V>(value: V): V | string {
  if (typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) return value;
  return currentFormatter().number(value, { useGrouping: false, maximumFractionDigits: 20 });
}

/** A message's values with each decimal said in the screen's locale (messageValue). */
export function messageValues<V>(values: Readonly<Record<string, V>>): Record<string, V | string> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, messageValue(value)]));
}
