import type { outbox as en } from '../en/outbox.ts';
import type { Messages } from '../messages.ts';

export const outbox = {
  title: 'Verzonden berichten',
  intro:
    'Berichten die Threshold naar cliënten en medewerkers stuurt, nieuwste eerst. Open een onderwerp om het te lezen.',
  loading: 'Berichten worden geladen',
  noSmtpTitle: 'Berichten worden niet per e-mail verstuurd',
  noSmtpBody:
    'Er is geen SMTP-server ingesteld: berichten worden hier bewaard, zodat medewerkers ze kunnen lezen en doorgeven.',
  none: 'Nog geen berichten.',
  newest: 'De nieuwste {{count}} berichten worden getoond.',
  table: 'Berichten',
  created: 'Aangemaakt',
  to: 'Aan',
  subject: 'Onderwerp',
  kind: 'Soort',
  status: 'Status',
  message: 'Bericht: {{subject}}',
  attempts_one: '{{error}} ({{count}} poging)',
  attempts_other: '{{error}} ({{count}} pogingen)',
  kinds: {
    invitation: 'Uitnodiging voor een vragenlijst',
    reminder: 'Herinnering',
    'portal-link': 'Link naar het portaal',
    alert: 'Signalering',
    enrollment: 'Bevestiging van inschrijving',
    'session-booked': 'Afspraak geboekt',
    'sessions-booked': 'Afspraken geboekt',
    'session-moved': 'Afspraak verplaatst',
    'session-cancelled': 'Afspraak geannuleerd',
    'session-reminder': 'Herinnering aan afspraak',
    consent: 'Toestemming ter inzage',
    'pre-arrival': 'Vóór aankomst',
    offer: 'Aanbod van een plaats',
    'application-received': 'Aanmelding ontvangen',
    'balance-reminder': 'Herinnering restbedrag',
  },
  statuses: {
    queued: 'In de wachtrij',
    sending: 'Wordt verstuurd',
    sent: 'Verstuurd',
    failed: 'Mislukt',
    kept: 'Hier bewaard (niet verstuurd)',
  },
} satisfies Messages<typeof en>;
