/**
 * Which language the UI shows: the viewer's own choice on this device (the switcher), else the
 * organization's locale, else the browser's language. Also sets <html lang>.
 */
import { isUiLanguage, languageOf, type UiLanguage } from '../../domain/locale/locales.ts';
import { i18n } from './instance.ts';

const STORAGE_KEY = 'threshold.language';

/** The viewer's own choice on this device (the switcher), or null. */
export function storedLanguage(): UiLanguage | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language to show for an organization locale (null: none known yet, e.g. on sign-in). */
export function resolveLanguage(organizationLocale: string | null | undefined): UiLanguage {
  return (
    storedLanguage() ??
    (organizationLocale ? languageOf(organizationLocale) : languageOf(globalThis.navigator?.language))
  );
}

export function applyLanguage(language: UiLanguage): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** The switcher: remembers the choice on this device and shows it at once. */
export function chooseLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts until the page is reloaded.
  }
  applyLanguage(language);
}
