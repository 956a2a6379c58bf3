/** The e-consent screens' words in the client's language (i18next namespace `portalConsent`). */
import { i18n } from '../i18n/instance.ts';
import type { PortalLanguage } from '../portal/i18n.ts';

export const consentT = (language: PortalLanguage) => i18n.getFixedT(language, 'portalConsent');
export type ConsentT = ReturnType<typeof consentT>;
