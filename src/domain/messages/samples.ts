/** Made-up values to preview a template with (never a real client's). */
import { formatWhen } from './format.ts';
import type { MessageLanguage } from './kinds.ts';

export function sampleValues(lang: MessageLanguage, zone: string, organization: string, publicUrl: string) {
  const nl = lang === 'nl';
  const when = formatWhen('2026-03-12T09:00:00.000Z', zone, lang);
  const before = formatWhen('2026-03-11T13:30:00.000Z', zone, lang);
  return {
    clientName: 'Sam',
    organization,
    portalLink: `${publicUrl}/portal`,
    consentLink: `${publicUrl}/portal/consent`,
    program: nl ? 'Voorbeeldprogramma' : 'Example program',
    session: nl ? 'Voorbereidingsgesprek' : 'Preparation session',
    place: nl ? 'Kamer 1' : 'Room 1',
    ...when,
    previousDate: before.date,
    previousTime: before.time,
    sessions: `${nl ? 'Doseersessie' : 'Dosing session'}\n${when.date} ${nl ? 'om' : 'at'} ${when.time} (${when.timezone})\n${nl ? 'Plaats: Kamer 1' : 'Place: Room 1'}`,
    document: nl ? 'Toestemming (versie 1)' : 'Consent (version 1)',
    documentText: nl ? '[De tekst van het toestemmingsdocument]' : '[The text of the consent document]',
    deadline: `${when.date} ${when.time} (${when.timezone})`,
    startDate: when.date,
    offerLink: `${publicUrl}/apply/offer#example`,
    dueDate: when.date,
    amount: 'EUR 1,300.00',
    paymentInstructions: nl
      ? 'Betaal via de link in uw aanbod, of maak het bedrag over naar NL91ABNA0417164300 onder vermelding van RF18539007547034.'
      : 'Pay through the link in your offer, or transfer the amount to NL91ABNA0417164300 quoting RF18539007547034.',
    questionnaires: `${nl ? '[Vragenlijst], begin' : '[Questionnaire], baseline'} — ${nl ? 'open tot' : 'open until'} ${when.date} ${when.time} (${when.timezone})\n${publicUrl}/p/example`,
  };
}
