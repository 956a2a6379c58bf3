/**
 * Every word of the client's portal home (sign-in by email link, sessions, questionnaires, progress,
 * journal), in English and Dutch. Instrument names and severity bands come from the server as the
 * registry holds them and are not translated here (format.ts writes dates and numbers).
 */

import { i18n } from '../i18n/instance.ts';
import type { PortalLanguage } from '../portal/i18n.ts';
import { formatNumber } from './format.ts';

export type { PortalLanguage };

export type Better = 'lower' | 'higher' | 'none';

export interface HomeText {
  loading: string;
  // Asking for a sign-in link
  requestTitle: string;
  requestIntro: string;
  emailLabel: string;
  emailHint: string;
  emailMissing: string;
  emailInvalid: string;
  requestSubmit: string;
  requestSentTitle: string;
  requestSent: string;
  requestAnother: string;
  rateLimited: string;
  signedOut: string;
  // Opening a sign-in link
  signingIn: string;
  linkUsedTitle: string;
  linkUsedBody: string;
  linkExpiredTitle: string;
  linkExpiredBody: string;
  linkUnknownTitle: string;
  linkUnknownBody: string;
  requestNewLink: string;
  // Home
  greeting: (name: string) => string;
  homeIntro: (organization: string) => string;
  signOut: string;
  signOutFailed: string;
  questionnairesHeading: string;
  noQuestionnaires: string;
  openUntil: (date: string) => string;
  sessionsHeading: string;
  noSessions: string;
  timesIn: (zone: string) => string;
  personalSession: string;
  groupSession: string;
  room: (name: string) => string;
  location: (place: string) => string;
  progressHeading: string;
  progressIntro: string;
  noScores: string;
  /** Ends without a full stop: the page adds the band. */
  latestScore: (shortName: string, total: number, min: number, max: number) => string;
  better: Record<Better, string>;
  bandsIntro: string;
  chartTitle: (shortName: string) => string;
  chartDesc: (count: number, first: string, last: string) => string;
  chartStripes: string;
  showNumbers: string;
  tableCaption: (shortName: string) => string;
  colDate: string;
  colScore: string;
  colBand: string;
  // Journal
  journalHeading: string;
  journalIntro: string;
  newEntryLabel: string;
  entryEmpty: string;
  entryTooLong: string;
  saveEntry: string;
  entrySaved: string;
  saveFailed: string;
  noEntries: string;
  entriesLabel: string;
  writtenOn: (date: string) => string;
  editedOn: (date: string) => string;
  entryOf: (date: string) => string;
  private: string;
  sharedOn: (date: string) => string;
  share: string;
  stopSharing: string;
  shareHelp: (organization: string) => string;
  edit: string;
  editLabel: string;
  cancel: string;
  delete: string;
  deleteTitle: string;
  deleteBody: string;
  deleteConfirm: string;
  entryDeleted: string;
  actionFailed: string;
  tryAgain: string;
  sessionEnded: string;
}

type Plain = { [K in keyof HomeText]: HomeText[K] extends string ? K : never }[keyof HomeText];

/** The portal home's words in one language, read from the i18next resources (namespace `portalHome`). */
export function homeText(language: PortalLanguage): HomeText {
  const t = i18n.getFixedT(language, 'portalHome');
  const bundle = i18n.getResourceBundle(language, 'portalHome') as Record<Plain, string> & {
    better: Record<Better, string>;
  };
  const num = (value: number) => formatNumber(value, language);
  return {
    ...bundle,
    greeting: (name) => t('greeting', { name }),
    homeIntro: (organization) => t('homeIntro', { organization }),
    openUntil: (date) => t('openUntil', { date }),
    timesIn: (zone) => t('timesIn', { zone }),
    room: (name) => t('room', { name }),
    location: (place) => t('location', { place }),
    latestScore: (shortName, total, min, max) =>
      min === 0
        ? t('latestScore', { shortName, total: num(total), max: num(max) })
        : t('latestScoreRange', { shortName, total: num(total), min: num(min), max: num(max) }),
    chartTitle: (shortName) => t('chartTitle', { shortName }),
    chartDesc: (count, first, last) => t('chartDesc', { count, first, last }),
    tableCaption: (shortName) => t('tableCaption', { shortName }),
    writtenOn: (date) => t('writtenOn', { date }),
    editedOn: (date) => t('editedOn', { date }),
    entryOf: (date) => t('entryOf', { date }),
    sharedOn: (date) => t('sharedOn', { date }),
    shareHelp: (organization) => t('shareHelp', { organization }),
  };
}

export const HOME_TEXT: Record<PortalLanguage, HomeText> = { en: homeText('en'), nl: homeText('nl') };
