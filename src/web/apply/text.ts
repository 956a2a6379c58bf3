/**
 * The public application's words (namespace `apply`), added to the shared i18next instance when
 * these screens load, so the portal's first download stays without them (scripts/portal-budget.mjs).
 */
import type { UiLanguage } from '../../domain/locale/locales.ts';
import { i18n } from '../i18n/instance.ts';
import { apply as en } from '../i18n/resources/en/apply.ts';
import { apply as nl } from '../i18n/resources/nl/apply.ts';

if (!i18n.hasResourceBundle('en', 'apply')) i18n.addResourceBundle('en', 'apply', en, true, true);
if (!i18n.hasResourceBundle('nl', 'apply')) i18n.addResourceBundle('nl', 'apply', nl, true, true);

export type ApplyLanguage = UiLanguage;

/** The typed `t` of the apply namespace in one language. */
export const applyText = (language: ApplyLanguage) => i18n.getFixedT(language, 'apply');
export type ApplyT = ReturnType<typeof applyText>;
