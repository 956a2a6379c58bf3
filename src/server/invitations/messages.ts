/**
 * The emails a client receives, in the client's portal language (English or Dutch). They name the
 * clinic and the questionnaire's timepoint, never an answer or a score. The subject and the lines
 * before the link — what a phone shows on its lock screen and a mail list in its preview — say only
 * "a questionnaire from <organization>": which questionnaire (a PTSD checklist, say) is named below
 * the link, where only someone who opens the email reads it.
 */
import { createFormatter } from '../../domain/locale/format.ts';
import { formattingLocale } from '../../domain/locale/locales.ts';
import type { PortalLanguage } from '../portal/schema.ts';

export interface InvitationMail {
  organization: string;
  clientName: string;
  label: string;
  link: string;
  closesAt: string;
  reminder: boolean;
  timezone: string;
  /** The organization's locale (nl-NL, en-GB, en-US); the client's language decides when they differ. */
  locale?: string | undefined;
}

/**
 * The deadline as the portal page shows it, in the organization's zone and always naming the zone
 * ("5 December 2026 at 10:00 CET"): the reader's own zone is unknown to an email.
 */
const date = (m: InvitationMail, lang: PortalLanguage) =>
  createFormatter({ locale: formattingLocale(m.locale, lang), timeZone: m.timezone }).textDateTime(
    m.closesAt,
  );

export function invitationMail(lang: PortalLanguage, m: InvitationMail): { subject: string; body: string } {
  if (lang === 'nl') {
    const closes = date(m, 'nl');
    return {
      subject: `${m.reminder ? 'Herinnering: een' : 'Een'} vragenlijst van ${m.organization}`,
      body: [
        `Beste ${m.clientName},`,
        '',
        m.reminder
          ? `${m.organization} stuurde u eerder een vragenlijst. U kunt hem nog invullen tot ${closes}.`
          : `${m.organization} vraagt u een korte vragenlijst in te vullen. Dat kan tot ${closes}.`,
        '',
        'Open deze persoonlijke link op uw telefoon of computer (u hoeft niet in te loggen):',
        m.link,
        `Vragenlijst: ${m.label}.`,
        '',
        'Deel deze link met niemand: wie hem heeft, kan uw antwoorden geven.',
        'Voelt u zich onveilig of denkt u aan zelfbeschadiging, wacht dan niet op de vragenlijst: bel uw behandelaar of, in nood, 112.',
      ].join('\n'),
    };
  }
  const closes = date(m, 'en');
  return {
    subject: `${m.reminder ? 'Reminder: a' : 'A'} questionnaire from ${m.organization}`,
    body: [
      `Dear ${m.clientName},`,
      '',
      m.reminder
        ? `${m.organization} sent you a questionnaire. You can still answer it until ${closes}.`
        : `${m.organization} asks you to answer a short questionnaire. You can answer it until ${closes}.`,
      '',
      'Open this personal link on your phone or computer (no sign-in needed):',
      m.link,
      `Questionnaire: ${m.label}.`,
      '',
      'Do not share this link: whoever has it can answer for you.',
      'If you feel unsafe or think about harming yourself, do not wait for the questionnaire: call your therapist or your local emergency number.',
    ].join('\n'),
  };
}
