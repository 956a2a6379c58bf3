/**
 * Every word of the client's portal home (sign-in by email link, sessions, questionnaires, progress,
 * journal), in English and Dutch. Instrument names and severity bands come from the server as the
 * registry holds them and are not translated here (format.ts writes dates and numbers).
 */
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

const enNumber = (value: number): string => formatNumber(value, 'en');
const nlNumber = (value: number): string => formatNumber(value, 'nl');

const en: HomeText = {
  loading: 'Loading your page',
  requestTitle: 'Sign in to your page',
  requestIntro:
    'See your questionnaires, your upcoming sessions, your progress and your journal. We email you a link to sign in — no password needed.',
  emailLabel: 'Your email address',
  emailHint: 'The address your clinic has for you.',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  requestSubmit: 'Email me a sign-in link',
  requestSentTitle: 'Check your email',
  requestSent:
    'If this address belongs to a client of a clinic using Threshold, a link is on its way. It works for 30 minutes.',
  requestAnother: 'Use another address',
  rateLimited: 'You asked for several links in a short time. Please wait a few minutes and try again.',
  signedOut: 'You are signed out.',
  signingIn: 'Signing you in…',
  linkUsedTitle: 'This sign-in link was already used',
  linkUsedBody: 'Each link works only once. Ask for a new link and we will email it to you.',
  linkExpiredTitle: 'This sign-in link has expired',
  linkExpiredBody: 'A link works for 30 minutes. Ask for a new link and we will email it to you.',
  linkUnknownTitle: 'This sign-in link is not valid',
  linkUnknownBody: 'Check that you opened the whole link from the email, or ask for a new link.',
  requestNewLink: 'Email me a new link',
  greeting: (name) => `Hello ${name}`,
  homeIntro: (organization) => `Your page at ${organization}.`,
  signOut: 'Sign out',
  signOutFailed: 'You were not signed out. Check your internet connection and try again.',
  questionnairesHeading: 'Questionnaires to answer',
  noQuestionnaires: 'There is nothing to answer right now.',
  openUntil: (date) => `Open until ${date}`,
  sessionsHeading: 'Your upcoming sessions',
  noSessions: 'No sessions are planned for you at the moment.',
  timesIn: (zone) => `Times are in the ${zone} time zone.`,
  personalSession: 'Personal session',
  groupSession: 'Group session',
  room: (name) => `Room: ${name}`,
  location: (place) => `Location: ${place}`,
  progressHeading: 'Your progress',
  progressIntro:
    'Your scores on the questionnaires you answered. A score is not a diagnosis: your care team discusses them with you.',
  noScores: 'You have no scores yet.',
  latestScore: (shortName, total, min, max) =>
    min === 0
      ? `Your latest ${shortName} score: ${enNumber(total)} of ${enNumber(max)}`
      : `Your latest ${shortName} score: ${enNumber(total)} (scores run from ${enNumber(min)} to ${enNumber(max)})`,
  better: {
    lower: 'Lower scores are better.',
    higher: 'Higher scores are better.',
    none: 'A higher or lower score is not better or worse in itself.',
  },
  bandsIntro: 'What the scores mean:',
  chartTitle: (shortName) => `Your ${shortName} scores over time`,
  chartDesc: (count, first, last) =>
    count === 1 ? `1 score, on ${first}.` : `${count} scores, from ${first} to ${last}.`,
  chartStripes: 'The shaded stripes are the score ranges listed above.',
  showNumbers: 'Show the numbers',
  tableCaption: (shortName) => `Your ${shortName} scores`,
  colDate: 'Date',
  colScore: 'Score',
  colBand: 'Meaning',
  journalHeading: 'Integration journal',
  journalIntro:
    'Write down what you notice after your sessions. Your entries are private unless you choose to share one.',
  newEntryLabel: 'New journal entry',
  entryEmpty: 'Write something before you save.',
  entryTooLong: 'This entry is too long. Please keep it under 10,000 characters.',
  saveEntry: 'Save entry',
  entrySaved: 'Your entry was saved.',
  saveFailed: 'Your entry was not saved. Check your internet connection and try again.',
  noEntries: 'You have not written any entries yet.',
  entriesLabel: 'Your entries, newest first',
  writtenOn: (date) => `Written on ${date}`,
  editedOn: (date) => `edited on ${date}`,
  entryOf: (date) => `the entry of ${date}`,
  private: 'Private — only you can read this',
  sharedOn: (date) => `Shared with your care team on ${date}`,
  share: 'Share with my care team',
  stopSharing: 'Stop sharing',
  shareHelp: (organization) => `Shared entries can be read by the people who treat you at ${organization}.`,
  edit: 'Edit',
  editLabel: 'Your entry',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteTitle: 'Delete this entry?',
  deleteBody: 'The entry is removed for good. You cannot undo this.',
  deleteConfirm: 'Delete the entry',
  entryDeleted: 'Your entry was deleted.',
  actionFailed: 'That did not work. Check your internet connection and try again.',
  tryAgain: 'Try again',
  sessionEnded: 'You are no longer signed in. Ask for a new sign-in link.',
};

const nl: HomeText = {
  loading: 'Uw pagina wordt geladen',
  requestTitle: 'Inloggen op uw pagina',
  requestIntro:
    'Bekijk uw vragenlijsten, uw komende sessies, uw voortgang en uw dagboek. We mailen u een link om in te loggen — u hebt geen wachtwoord nodig.',
  emailLabel: 'Uw e-mailadres',
  emailHint: 'Het adres dat uw kliniek van u heeft.',
  emailMissing: 'Vul uw e-mailadres in.',
  emailInvalid: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.',
  requestSubmit: 'Mail mij een inloglink',
  requestSentTitle: 'Kijk in uw e-mail',
  requestSent:
    'Als dit adres hoort bij een cliënt van een kliniek die Threshold gebruikt, is er een link onderweg. De link werkt 30 minuten.',
  requestAnother: 'Een ander adres gebruiken',
  rateLimited: 'U hebt in korte tijd meerdere links gevraagd. Wacht een paar minuten en probeer het opnieuw.',
  signedOut: 'U bent uitgelogd.',
  signingIn: 'U wordt ingelogd…',
  linkUsedTitle: 'Deze inloglink is al gebruikt',
  linkUsedBody: 'Elke link werkt maar één keer. Vraag een nieuwe link aan, dan mailen we die naar u.',
  linkExpiredTitle: 'Deze inloglink is verlopen',
  linkExpiredBody: 'Een link werkt 30 minuten. Vraag een nieuwe link aan, dan mailen we die naar u.',
  linkUnknownTitle: 'Deze inloglink is niet geldig',
  linkUnknownBody:
    'Controleer of u de volledige link uit de e-mail hebt geopend, of vraag een nieuwe link aan.',
  requestNewLink: 'Mail mij een nieuwe link',
  greeting: (name) => `Hallo ${name}`,
  homeIntro: (organization) => `Uw pagina bij ${organization}.`,
  signOut: 'Uitloggen',
  signOutFailed: 'U bent niet uitgelogd. Controleer uw internetverbinding en probeer het opnieuw.',
  questionnairesHeading: 'Vragenlijsten om in te vullen',
  noQuestionnaires: 'Er staat op dit moment niets voor u klaar.',
  openUntil: (date) => `Open tot ${date}`,
  sessionsHeading: 'Uw komende sessies',
  noSessions: 'Er zijn op dit moment geen sessies voor u gepland.',
  timesIn: (zone) => `Tijden zijn in de tijdzone ${zone}.`,
  personalSession: 'Persoonlijke sessie',
  groupSession: 'Groepssessie',
  room: (name) => `Ruimte: ${name}`,
  location: (place) => `Locatie: ${place}`,
  progressHeading: 'Uw voortgang',
  progressIntro:
    'Uw scores op de vragenlijsten die u hebt ingevuld. Een score is geen diagnose: uw behandelaar bespreekt ze met u.',
  noScores: 'U hebt nog geen scores.',
  latestScore: (shortName, total, min, max) =>
    min === 0
      ? `Uw laatste ${shortName}-score: ${nlNumber(total)} van ${nlNumber(max)}`
      : `Uw laatste ${shortName}-score: ${nlNumber(total)} (scores lopen van ${nlNumber(min)} tot ${nlNumber(max)})`,
  better: {
    lower: 'Hoe lager de score, hoe beter.',
    higher: 'Hoe hoger de score, hoe beter.',
    none: 'Een hogere of lagere score is op zich niet beter of slechter.',
  },
  bandsIntro: 'Wat de scores betekenen:',
  chartTitle: (shortName) => `Uw ${shortName}-scores in de tijd`,
  chartDesc: (count, first, last) =>
    count === 1 ? `1 score, op ${first}.` : `${count} scores, van ${first} tot ${last}.`,
  chartStripes: 'De gekleurde banen zijn de scorebereiken hierboven.',
  showNumbers: 'Toon de getallen',
  tableCaption: (shortName) => `Uw ${shortName}-scores`,
  colDate: 'Datum',
  colScore: 'Score',
  colBand: 'Betekenis',
  journalHeading: 'Integratiedagboek',
  journalIntro:
    'Schrijf op wat u merkt na uw sessies. Uw stukjes zijn privé, tenzij u ervoor kiest er een te delen.',
  newEntryLabel: 'Nieuw stukje in uw dagboek',
  entryEmpty: 'Schrijf eerst iets voordat u opslaat.',
  entryTooLong: 'Dit stukje is te lang. Houd het onder de 10.000 tekens.',
  saveEntry: 'Stukje opslaan',
  entrySaved: 'Uw stukje is opgeslagen.',
  saveFailed: 'Uw stukje is niet opgeslagen. Controleer uw internetverbinding en probeer het opnieuw.',
  noEntries: 'U hebt nog niets geschreven.',
  entriesLabel: 'Uw stukjes, nieuwste eerst',
  writtenOn: (date) => `Geschreven op ${date}`,
  editedOn: (date) => `gewijzigd op ${date}`,
  entryOf: (date) => `het stukje van ${date}`,
  private: 'Privé — alleen u kunt dit lezen',
  sharedOn: (date) => `Gedeeld met uw behandelteam op ${date}`,
  share: 'Delen met mijn behandelteam',
  stopSharing: 'Niet meer delen',
  shareHelp: (organization) =>
    `Gedeelde stukjes kunnen worden gelezen door de mensen die u behandelen bij ${organization}.`,
  edit: 'Wijzigen',
  editLabel: 'Uw stukje',
  cancel: 'Annuleren',
  delete: 'Verwijderen',
  deleteTitle: 'Dit stukje verwijderen?',
  deleteBody: 'Het stukje wordt definitief verwijderd. U kunt dit niet ongedaan maken.',
  deleteConfirm: 'Het stukje verwijderen',
  entryDeleted: 'Uw stukje is verwijderd.',
  actionFailed: 'Dat lukte niet. Controleer uw internetverbinding en probeer het opnieuw.',
  tryAgain: 'Opnieuw proberen',
  sessionEnded: 'U bent niet meer ingelogd. Vraag een nieuwe inloglink aan.',
};

export const HOME_TEXT: Record<PortalLanguage, HomeText> = { en, nl };
