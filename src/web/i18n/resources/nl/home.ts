import type { home as en } from '../en/home.ts';
import type { Messages } from '../messages.ts';

export const home = {
  due: {
    title: 'Openstaande vragenlijsten',
    loading: 'Vragenlijsten worden geladen',
    none: 'Er wacht geen vragenlijst op een antwoord.',
    emailed: '{{count}}× gemaild',
    notEmailed: 'nog niet gemaild',
    closes: 'sluit {{when}}',
    more: 'Nog {{count}}.',
  },
  intake: {
    title: 'Intakewachtrij',
    loading: 'De intakewachtrij wordt geladen',
    none: 'Er wacht geen cliënt op intake.',
    next: 'volgende stap: {{next}}',
    steps: {
      referred: 'screening starten',
      screening: 'checklist of besluit van de behandelaar',
      eligible: 'toestemming vastleggen',
    },
  },
  alerts: {
    title: 'Open signaleringen',
    all: 'Alle signaleringen',
    loading: 'Signaleringen worden geladen',
    none: 'Geen open signaleringen.',
  },
  outcomes: {
    title: 'Uitkomsten',
    all: 'Alle uitkomsten',
    loading: 'Programma’s worden geladen',
    none: 'Nog geen actieve programma’s.',
  },
  search: {
    label: 'Cliënten zoeken op naam, e-mail, telefoon of kenmerk',
    short: 'Cliënten zoeken',
    placeholder: 'Cliënten zoeken (Ctrl+K)',
    found: 'Gevonden cliënten',
    failed: 'Het zoeken is mislukt. Probeer het opnieuw.',
    none: 'Geen cliënt past bij “{{q}}”.',
    more: 'Nog {{count}}: verfijn de zoekopdracht, of gebruik de cliëntenlijst.',
  },
  permission: {
    title: 'Niet beschikbaar',
    role: 'Uw rol in {{organization}} ({{role}}) geeft geen toegang tot deze pagina.',
    noOrganization: 'U moet lid zijn van een organisatie om deze pagina te gebruiken.',
    ask: 'Vraag een eigenaar van de organisatie als u toegang nodig hebt.',
  },
} satisfies Messages<typeof en>;
