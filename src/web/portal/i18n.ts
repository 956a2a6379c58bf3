/**
 * Every word the client portal shows, in English and Dutch. Item texts, answer labels, instructions
 * and score bands come from the server as the registry holds them and are never translated here.
 */
import type { PortalLanguage } from '../../server/portal/schema.ts';

export type { PortalLanguage };

export interface PortalText {
  loading: string;
  greeting: (name: string) => string;
  invitedBy: (organization: string) => string;
  closesOn: (date: string) => string;
  questionCount: (count: number) => string;
  /** Shown when the questionnaire is not installed in the client's language: names those it is in. */
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

const en: PortalText = {
  loading: 'Loading your questionnaire',
  greeting: (name) => `Hello ${name}`,
  invitedBy: (organization) => `${organization} asks you to fill in this questionnaire.`,
  closesOn: (date) => `You can answer until ${date}.`,
  questionCount: (count) => (count === 1 ? 'It has 1 question.' : `It has ${count} questions.`),
  fallbackNotice: (languages) =>
    `This questionnaire is shown in English: your clinic has it in ${languages}, not yet in your language.`,
  timePeriod: 'Time period',
  instructions: 'Instructions',
  start: 'Start',
  resume: 'Continue',
  resumeNote: 'Your earlier answers were kept. You can continue where you left off.',
  progressLabel: 'Progress',
  questionOf: (index, total) => `Question ${index} of ${total}`,
  optional: '(optional)',
  back: 'Back',
  next: 'Next',
  backToReview: 'Back to the overview',
  clearAnswer: 'Clear my answer',
  required: 'Please choose an answer to go on.',
  invalidAnswer: 'This answer was not accepted. Please choose it again.',
  draftNotSaved: 'Your answers are kept on this device for now and will be sent when you finish.',
  reviewTitle: 'Check your answers',
  reviewIntro: 'You can change any answer before you send them.',
  notAnswered: 'Not answered',
  change: 'Change',
  changeHidden: (number) => `the answer to question ${number}`,
  send: 'Send my answers',
  sending: 'Sending your answers…',
  sendFailedTitle: 'Your answers were not sent',
  sendFailedBody: 'Check your internet connection and try again. Your answers are kept on this device.',
  tryAgain: 'Try again',
  crisisTitle: 'Please read this first',
  crisisNowTitle: 'Need help now? Please call',
  crisisLinesLabel: 'Numbers you can call',
  crisisCall: (phone) => `Call ${phone}`,
  doneTitle: 'Thank you — your answers were sent',
  doneBody: (organization) => `${organization} has received your answers.`,
  closePage: 'You can close this page now.',
  scoreHeading: 'About your score',
  score: (total, max) => `Your score: ${total} of ${max}`,
  bandsIntro: 'What the scores mean:',
  scoreNote:
    'A score is not a diagnosis. Your care team will look at your answers and discuss them with you.',
  notFoundTitle: 'This link is not valid',
  notFoundBody:
    'Check that you opened the whole link from the email. If it still does not work, ask your clinic for a new link.',
  completedTitle: 'You already answered this questionnaire. Thank you.',
  completedBody: 'There is nothing more to do. You can close this page.',
  expiredTitle: 'This questionnaire has closed',
  expiredBody: 'The time to answer it has passed. If you still want to answer, please contact your clinic.',
  revokedTitle: 'This link was withdrawn',
  revokedBody:
    'Your clinic no longer asks you to answer this questionnaire. Please contact them if you have questions.',
  networkTitle: 'Cannot reach the server',
  networkBody: 'Check your internet connection and try again.',
  otherTitle: 'Something went wrong',
  otherBody: 'Please try again in a moment. If it keeps happening, contact your clinic.',
};

const nl: PortalText = {
  loading: 'Uw vragenlijst wordt geladen',
  greeting: (name) => `Hallo ${name}`,
  invitedBy: (organization) => `${organization} vraagt u deze vragenlijst in te vullen.`,
  closesOn: (date) => `U kunt antwoorden tot ${date}.`,
  questionCount: (count) =>
    count === 1 ? 'De vragenlijst heeft 1 vraag.' : `De vragenlijst heeft ${count} vragen.`,
  fallbackNotice: (languages) =>
    `Deze vragenlijst staat in het Engels: uw kliniek heeft hem in het ${languages}, nog niet in uw taal.`,
  timePeriod: 'Periode',
  instructions: 'Uitleg',
  start: 'Beginnen',
  resume: 'Verdergaan',
  resumeNote: 'Uw eerdere antwoorden zijn bewaard. U kunt verdergaan waar u gebleven was.',
  progressLabel: 'Voortgang',
  questionOf: (index, total) => `Vraag ${index} van ${total}`,
  optional: '(niet verplicht)',
  back: 'Vorige',
  next: 'Volgende',
  backToReview: 'Terug naar het overzicht',
  clearAnswer: 'Mijn antwoord wissen',
  required: 'Kies een antwoord om verder te gaan.',
  invalidAnswer: 'Dit antwoord is niet geaccepteerd. Kies het opnieuw.',
  draftNotSaved: 'Uw antwoorden worden voorlopig op dit apparaat bewaard en verstuurd als u klaar bent.',
  reviewTitle: 'Controleer uw antwoorden',
  reviewIntro: 'U kunt elk antwoord nog wijzigen voordat u ze verstuurt.',
  notAnswered: 'Niet beantwoord',
  change: 'Wijzigen',
  changeHidden: (number) => `het antwoord op vraag ${number}`,
  send: 'Mijn antwoorden versturen',
  sending: 'Uw antwoorden worden verstuurd…',
  sendFailedTitle: 'Uw antwoorden zijn niet verstuurd',
  sendFailedBody:
    'Controleer uw internetverbinding en probeer het opnieuw. Uw antwoorden blijven op dit apparaat bewaard.',
  tryAgain: 'Opnieuw proberen',
  crisisTitle: 'Lees dit eerst',
  crisisNowTitle: 'Hulp nodig? Bel nu',
  crisisLinesLabel: 'Nummers die u kunt bellen',
  crisisCall: (phone) => `Bel ${phone}`,
  doneTitle: 'Dank u wel — uw antwoorden zijn verstuurd',
  doneBody: (organization) => `${organization} heeft uw antwoorden ontvangen.`,
  closePage: 'U kunt deze pagina nu sluiten.',
  scoreHeading: 'Over uw score',
  score: (total, max) => `Uw score: ${total} van ${max}`,
  bandsIntro: 'Wat de scores betekenen:',
  scoreNote: 'Een score is geen diagnose. Uw behandelaar bekijkt uw antwoorden en bespreekt ze met u.',
  notFoundTitle: 'Deze link is niet geldig',
  notFoundBody:
    'Controleer of u de volledige link uit de e-mail hebt geopend. Werkt het nog steeds niet, vraag dan uw kliniek om een nieuwe link.',
  completedTitle: 'U hebt deze vragenlijst al ingevuld. Dank u wel.',
  completedBody: 'U hoeft niets meer te doen. U kunt deze pagina sluiten.',
  expiredTitle: 'Deze vragenlijst is gesloten',
  expiredBody:
    'De termijn om te antwoorden is voorbij. Wilt u toch nog antwoorden, neem dan contact op met uw kliniek.',
  revokedTitle: 'Deze link is ingetrokken',
  revokedBody:
    'Uw kliniek vraagt u niet meer om deze vragenlijst in te vullen. Neem contact met hen op als u vragen hebt.',
  networkTitle: 'De server is niet bereikbaar',
  networkBody: 'Controleer uw internetverbinding en probeer het opnieuw.',
  otherTitle: 'Er ging iets mis',
  otherBody: 'Probeer het over een ogenblik opnieuw. Blijft het misgaan, neem dan contact op met uw kliniek.',
};

export const PORTAL_TEXT: Record<PortalLanguage, PortalText> = { en, nl };

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

/** An instant the way the client reads it, e.g. "14 May 2025 at 23:59" or "14 mei 2025 om 23:59". */
export function formatPortalDateTime(iso: string, language: PortalLanguage): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(d);
}
