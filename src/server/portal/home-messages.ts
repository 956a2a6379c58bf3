/** The sign-in email a client receives, in their portal language. */
import type { PortalLanguage } from '../../api/portal.ts';

export function signInMail(
  lang: PortalLanguage,
  m: { organization: string; clientName: string; link: string; minutes: number },
): { subject: string; body: string } {
  if (lang === 'nl') {
    return {
      subject: `Inloggen op uw portaal bij ${m.organization}`,
      body: [
        `Beste ${m.clientName},`,
        '',
        `Met deze link opent u uw persoonlijke portaal bij ${m.organization}. De link werkt één keer en ${m.minutes} minuten lang:`,
        m.link,
        '',
        'Heeft u hier niet om gevraagd? Dan kunt u deze e-mail negeren.',
      ].join('\n'),
    };
  }
  return {
    subject: `Sign in to your portal at ${m.organization}`,
    body: [
      `Dear ${m.clientName},`,
      '',
      `This link opens your personal portal at ${m.organization}. It works once, for ${m.minutes} minutes:`,
      m.link,
      '',
      'Did not ask for it? You can ignore this email.',
    ].join('\n'),
  };
}
