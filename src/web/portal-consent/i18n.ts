/**
 * The e-consent screens' words in the client's language (i18next namespace `portalConsent`). The
 * portal's first download does not carry them: this module adds them to the shared instance when
 * the consent screen loads (the staff app has every namespace already).
 */
import { i18n } from '../i18n/instance.ts';
import { portalConsent as en } from '../i18n/resources/en/portalConsent.ts';
import { portalConsent as nl } from '../i18n/resources/nl/portalConsent.ts';
import type { PortalLanguage } from '../portal/i18n.ts';

for (const [language, bundle] of [
  ['en', en],
  ['nl', nl],
] as const) {
  if (!i18n.hasResourceBundle(language, 'portalConsent'))
    i18n.addResourceBundle(language, 'portalConsent', bundle);
}

export const consentT = (language: PortalLanguage) => i18n.getFixedT(language, 'portalConsent');
export type ConsentT = ReturnType<typeof consentT>;
