/**
 * The one i18next instance of the web app (staff app and client portal), without its React
 * binding: the portal reads text through `getFixedT` and so stays without react-i18next
 * (scripts/portal-budget.mjs). Resources are bundled (no loading step), English is the fallback.
 * Values are not HTML-escaped here: React escapes them when it renders.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../domain/locale/locales.ts';
import { common as enCommon } from './resources/en/common.ts';
import type { en } from './resources/en/index.ts';
import { portal as enPortal } from './resources/en/portal.ts';
import { portalHome as enPortalHome } from './resources/en/portalHome.ts';
import { common as nlCommon } from './resources/nl/common.ts';
import { portal as nlPortal } from './resources/nl/portal.ts';
import { portalErrors as nlPortalErrors } from './resources/nl/portalErrors.ts';
import { portalHome as nlPortalHome } from './resources/nl/portalHome.ts';

export type Namespace = keyof typeof en;

/**
 * The namespaces the client portal reads. The staff app adds the others when it loads
 * (./i18n.ts), so a client's phone never downloads the staff app's words.
 */
const portalResources = {
  // English error words are the server's own (fieldMessage, codedDetail): the portal carries only Dutch ones.
  en: { common: enCommon, portal: enPortal, portalHome: enPortalHome },
  nl: { common: nlCommon, portal: nlPortal, portalHome: nlPortalHome, portalErrors: nlPortalErrors },
};

// Annotated: the web project emits declaration files (tsconfig.web.json), which must name the type.
export const i18n: I18n = i18next.createInstance();

void i18n.init({
  resources: portalResources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  ns: Object.keys(portalResources.en),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** The language the UI is shown in now. */
export const currentLanguage = (): UiLanguage => (i18n.language === 'nl' ? 'nl' : 'en');
