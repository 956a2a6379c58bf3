/**
 * The language the public pages start in: the visitor's own choice on this device, else their
 * browser's language when Threshold speaks it, else the organization's (or the applicant's, on an
 * offer link).
 */
import { isUiLanguage, languageOf, type UiLanguage } from '../../domain/locale/locales.ts';

export function initialLanguage(input: {
  stored: string | null;
  browser: readonly string[];
  fallback: string | null | undefined;
}): UiLanguage {
  if (isUiLanguage(input.stored)) return input.stored;
  for (const tag of input.browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return languageOf(input.fallback);
}

/** The browser's languages in order of preference. */
export const browserLanguages = (): readonly string[] =>
  globalThis.navigator?.languages?.length
    ? globalThis.navigator.languages
    : [globalThis.navigator?.language ?? ''];
