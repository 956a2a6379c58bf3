/**
 * Every word the client portal shows, in English and Dutch, as typed functions over the i18next
 * resources (src/web/i18n/resources/<language>/portal.ts). Item texts, answer labels, instructions
 * and score bands come from the server as the registry holds them and are never translated here.
 */

import type { PortalLanguage } from '../../api/portal.ts';
import { createFormatter } from '../../domain/locale/format.ts';
import { i18n } from '../i18n/instance.ts';

export type { PortalLanguage };

export interface PortalText {
  loading: string;
  greeting: (name: string) => string;
  invitedBy: (organization: string) => string;
  closesOn: (date: string) => string;
  questionCount: (count: number) => string;
  fallbackNotice: (languages: string) => string;
  timePeriod: string;
  instructions: string;
  start: string;
  resume: string;
  resumeNote: string;
  progressLabel: string;
  questionOf: (index: number, total: number) => string;
  optional: string;
  back: string;
  next: string;
  backToReview: string;
  clearAnswer: string;
  required: string;
  invalidAnswer: string;
  draftNotSaved: string;
  reviewTitle: string;
  reviewIntro: string;
  notAnswered: string;
  change: string;
  changeHidden: (number: number) => string;
  send: string;
  sending: string;
  sendFailedTitle: string;
  sendFailedBody: string;
  tryAgain: string;
  crisisTitle: string;
  /** Title of the crisis lines shown the moment a client gives a risk answer. */
  crisisNowTitle: string;
  crisisLinesLabel: string;
  /** The visible call text of a tap-to-call link, after the line's name. */
  crisisCall: (phone: string) => string;
  doneTitle: string;
  doneBody: (organization: string) => string;
  closePage: string;
  /** The link from the thank-you page to the client's own page (scores over time, journal). */
  seeProgress: string;
  scoreHeading: string;
  score: (total: number, max: number) => string;
  bandsIntro: string;
  scoreNote: string;
  notFoundTitle: string;
  notFoundBody: string;
  completedTitle: string;
  completedBody: string;
  expiredTitle: string;
  expiredBody: string;
  revokedTitle: string;
  revokedBody: string;
  networkTitle: string;
  networkBody: string;
  otherTitle: string;
  otherBody: string;
}

type Plain = { [K in keyof PortalText]: PortalText[K] extends string ? K : never }[keyof PortalText];

/** The portal's words in one language, read from the i18next resources (namespace `portal`). */
export function portalText(language: PortalLanguage): PortalText {
  const t = i18n.getFixedT(language, 'portal');
  const plain = i18n.getResourceBundle(language, 'portal') as Record<Plain, string>;
  return {
    ...plain,
    greeting: (name) => t('greeting', { name }),
    fallbackNotice: (languages) => t('fallbackNotice', { languages }),
    invitedBy: (organization) => t('invitedBy', { organization }),
    closesOn: (date) => t('closesOn', { date }),
    questionCount: (count) => t('questionCount', { count }),
    questionOf: (index, total) => t('questionOf', { index, total }),
    changeHidden: (number) => t('changeHidden', { number }),
    crisisCall: (phone) => t('crisisCall', { phone }),
    doneBody: (organization) => t('doneBody', { organization }),
    score: (total, max) => t('score', { total, max }),
  };
}

export const PORTAL_TEXT: Record<PortalLanguage, PortalText> = { en: portalText('en'), nl: portalText('nl') };

export const isPortalLanguage = (value: string): value is PortalLanguage => value === 'en' || value === 'nl';

/** The language to use before the invitation is read: Dutch for a Dutch browser, else English. */
export const browserLanguage = (navigatorLanguage: string | undefined): PortalLanguage =>
  navigatorLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';

/**
 * Language names in the portal's language, e.g. ["en"] → "English" / "Engels", ["en", "de"] →
 * "English and German" / "Engels en Duits".
 */
export function languageList(codes: readonly string[], language: PortalLanguage): string {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const named = codes.map((c) => names.of(c) ?? c);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(named);
}

/**
 * An instant the way the client reads it, e.g. "14 May 2025 at 23:59" or "14 mei 2025 om 23:59", in
 * the organization's zone (as in the invitation email), naming the zone when the device is elsewhere.
 */
export function formatPortalDateTime(iso: string, language: PortalLanguage, timeZone?: string): string {
  const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return createFormatter({
    locale: language === 'nl' ? 'nl-NL' : 'en-GB',
    timeZone: timeZone || viewer,
    viewerTimeZone: viewer,
  }).textDateTime(iso);
}
