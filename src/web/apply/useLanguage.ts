/** The page's language: chosen once from the device, browser and organization, then by the switch. */
import { useState } from 'react';
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { storedLanguage } from '../i18n/language.ts';
import { browserLanguages, initialLanguage } from './language.ts';

/** `preferred` (the language an applicant chose when applying) goes before the browser's. */
export function usePageLanguage(fallback: string | null | undefined, preferred?: string | undefined) {
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const browser = preferred ? [preferred, ...browserLanguages()] : browserLanguages();
  const language = chosen ?? initialLanguage({ stored: storedLanguage(), browser, fallback });
  return [language, setChosen] as const;
}
