import type { templates as en } from '../en/templates.ts';
import type { Messages } from '../messages.ts';

export const templates = {
  title: 'E-mails aan cliënten',
  intro:
    'De e-mails die cliënten krijgen, in hun eigen taal. Pas de tekst hier aan; datums en tijden worden ingevuld in de tijdzone van de organisatie.',
  message: 'Bericht',
  language: 'Taal',
  loading: 'Berichten worden geladen',
  kinds: {
    enrollment: 'Inschrijving bevestigd',
    'session-booked': 'Afspraak gemaakt',
    'sessions-booked': 'Afspraken gemaakt na toestemming',
    'session-moved': 'Afspraak verplaatst',
    'session-cancelled': 'Afspraak geannuleerd',
    'session-reminder': 'Afspraak morgen (herinnering)',
    consent: 'Toestemmingsdocument om te lezen',
    questionnaires: 'Vragenlijsten invullen',
    'questionnaires-reminder': 'Vragenlijsten invullen (herinnering)',
    offer: 'Een plaats aangeboden (aanmelding voor een retreat)',
    'application-received': 'Aanmelding ontvangen (aanmelding voor een retreat)',
    'balance-reminder': 'Restbedrag te betalen (herinnering bij een boeking)',
  },
  editor: {
    custom: 'Uw tekst',
    builtIn: 'Standaardtekst',
    subject: 'Onderwerp',
    subjectHint:
      'Zichtbaar op een vergrendeld scherm: geen namen van behandelingen of vragenlijsten. Mag {{names}} gebruiken',
    preview: 'Voorbeeldregel',
    previewHint: 'De regel die een maillijst naast het onderwerp toont. Mag {{names}} gebruiken',
    body: 'Bericht',
    bodyHint: 'Mag {{names}} gebruiken',
    bodyHintRequired: 'Mag {{names}} gebruiken; moet {{required}} bevatten',
    save: 'Opslaan',
    showPreview: 'Voorbeeld',
    reset: 'Terug naar de standaardtekst',
    saved: 'Bericht opgeslagen.',
    wasReset: 'De standaardtekst geldt weer.',
    previewNote: 'Het voorbeeld toont de e-mail met verzonnen waarden voordat u opslaat.',
  },
  preview: {
    label: 'Voorbeeld met verzonnen waarden',
    html: 'De e-mail als HTML',
  },
  sendNow: {
    send: 'Nu versturen',
    resend: 'Opnieuw versturen',
    named: '{{action}}: {{what}}',
    sent: 'Verstuurd: de cliënt heeft de vragenlijst in de e-mail.',
    resent: 'Opnieuw verstuurd: de cliënt heeft een nieuwe link naar dezelfde vragenlijst.',
  },
} satisfies Messages<typeof en>;
