import type { nav as en } from '../en/nav.ts';
import type { Messages } from '../messages.ts';

export const nav = {
  mainNavigation: 'Hoofdnavigatie',
  openNavigation: 'Navigatie openen',
  closeNavigation: 'Navigatie sluiten',
  skipToMain: 'Naar de hoofdinhoud',
  items: {
    today: 'Vandaag',
    alerts: 'Signaleringen',
    clients: 'Cliënten',
    applications: 'Aanmeldingen',
    calendar: 'Agenda',
    programs: 'Programma’s',
    cohorts: 'Groepen',
    rooms: 'Ruimtes',
    lodging: 'Accommodatie',
    lots: 'Partijen',
    outcomes: 'Uitkomsten',
    instruments: 'Vragenlijsten',
    evidence: 'Wetenschappelijke literatuur',
    meta: 'Meta-analyse',
    outbox: 'Verzonden berichten',
    audit: 'Audittrail',
    members: 'Medewerkers',
    organization: 'Organisatie-instellingen',
    account: 'Account',
  },
  userMenu: { account: 'Account', signOut: 'Uitloggen' },
  organization: {
    label: 'Organisatie',
    none: 'Geen organisatie',
    choose: 'Kies een organisatie',
    option: '{{name}} ({{role}})',
    switched: 'Overgeschakeld naar {{name}}.',
    switchFailed: 'Overschakelen naar de organisatie is mislukt',
  },
  home: {
    welcome: 'Welkom, {{name}}',
    signedInAs: 'U bent ingelogd bij <strong>{{organization}}</strong> als {{role}}.',
    noOrganization:
      'U bent nog geen lid van een organisatie. Vraag een eigenaar van uw organisatie om u toe te voegen met dit e-mailadres: <strong>{{email}}</strong>.',
    accountHint: 'Uw wachtwoord en tweestapsverificatie beheert u op uw <link>accountpagina</link>.',
  },
  loadingSession: 'Uw sessie wordt geladen',
} satisfies Messages<typeof en>;
