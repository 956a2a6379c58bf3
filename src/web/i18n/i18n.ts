/**
 * The one i18next instance of the web app (staff app and client portal). Resources are bundled
 * (no loading step), English is the fallback, and React components read text with `useT(ns)`.
 * Values are not HTML-escaped here: React escapes them when it renders.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../domain/locale/locales.ts';
import { en } from './resources/en/index.ts';
import { nl } from './resources/nl/index.ts';

export const resources = { en, nl } as const;
export type Namespace = keyof typeof en;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  ns: Object.keys(en),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The language the UI is shown in now. */
export const currentLanguage = (): UiLanguage => (i18n.language === 'nl' ? 'nl' : 'en');

/** `const { t } = useT('nav')` — typed keys of that namespace (and `common:` ones). */
export const useT = <N extends Namespace>(ns: N) => useTranslation([ns, 'common']);
