/**
 * The at-home words (namespace `atHome`), added to the shared i18next instance when these screens
 * load, so the portal's first download stays without them (scripts/portal-budget.mjs).
 */
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { i18n } from '../i18n/instance.ts';
import { atHome as en } from '../i18n/resources/en/atHome.ts';
import { atHome as nl } from '../i18n/resources/nl/atHome.ts';

if (!i18n.hasResourceBundle('en', 'atHome')) i18n.addResourceBundle('en', 'atHome', en, true, true);
if (!i18n.hasResourceBundle('nl', 'atHome')) i18n.addResourceBundle('nl', 'atHome', nl, true, true);

export const atHomeText = (language: UiLanguage) => i18n.getFixedT(language, 'atHome');
export type AtHomeT = ReturnType<typeof atHomeText>;
