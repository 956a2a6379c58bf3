import type { portalStaff as en } from '../en/portalStaff.ts';
import type { Messages } from '../messages.ts';

export const portalStaff = {
  statuses: {
    pending: 'Nog niet verstuurd',
    sent: 'Verstuurd',
    completed: 'Beantwoord',
    expired: 'Gesloten zonder antwoord',
    revoked: 'Ingetrokken',
  },
  noEmail: 'Voeg eerst een e-mailadres toe: er is er geen vastgelegd voor de cliënt.',
  invitations: {
    loading: 'Uitnodigingen voor vragenlijsten worden geladen',
    none: 'Nog geen uitnodigingen voor vragenlijsten.',
    label: 'Uitnodigingen voor vragenlijsten',
    questionnaire: 'Vragenlijst',
    instrument: 'Instrument',
    due: 'Gepland',
    closes: 'Sluit',
    status: 'Status',
    sends: 'E-mails verstuurd',
  },
  link: {
    intro:
      'De cliënt krijgt een e-mail met een link naar de eigen pagina: vragenlijsten, komende sessies, scores en het dagboek. De link werkt één keer, 30 minuten lang.',
    noAddress: 'Er is geen e-mailadres van de cliënt vastgelegd, dus er kan geen inloglink worden verstuurd.',
    send: 'Een inloglink e-mailen',
    sent: 'Inloglink verstuurd naar {{to}}',
    failed: 'Er is geen inloglink verstuurd',
  },
  journal: {
    loading: 'Gedeelde dagboekberichten worden geladen',
    none: 'De cliënt heeft geen dagboekberichten gedeeld.',
    written: 'Geschreven {{when}}',
    edited: ', bewerkt {{when}}',
    shared: ', gedeeld {{when}}',
  },
  twoFactor: {
    title: 'Aanmelden in twee stappen instellen',
    body: '{{organization}} vraagt van elk lid aanmelden in twee stappen. Stel het in om verder te gaan. U kunt ook naar een andere organisatie overstappen, of afmelden via het menu onder uw naam.',
    yourOrganization: 'Uw organisatie',
  },
} satisfies Messages<typeof en>;
