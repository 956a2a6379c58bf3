import type { timeline as en } from '../en/timeline.ts';
import type { Messages } from '../messages.ts';

export const timeline = {
  programs: {
    title: 'Programma’s',
    enroll: 'Inschrijven in een programma',
    loading: 'Programma’s worden geladen',
    none: 'Niet ingeschreven in een programma.',
    whose: 'Sessies van {{name}}',
    share: 'Geef het alleen aan de cliënt',
  },
  card: {
    version: 'Versie {{version}}',
    cohort: 'Groep {{name}}',
    arm: 'Arm {{arm}}',
    starts: 'Begint {{date}}',
    since: 'Status sinds {{when}}',
    reason: 'Reden: {{reason}}',
    history: 'Statusgeschiedenis',
    screening: 'Screening',
    notScreened: 'Nog niet gescreend.',
    sessions: 'Sessies',
    questionnaires: 'Vragenlijsten',
    dosing: 'Doseringen',
    noDose: 'Nog geen dosis vastgelegd.',
    dose: '{{when}}: {{dose}} mg {{route}}',
  },
  clearance: {
    cleared: 'Vrijgegeven voor dosering',
    clearedBody: 'Geschikt bevonden, en toestemming gegeven voor het huidige toestemmingsdocument.',
    notCleared: 'Niet vrijgegeven voor dosering',
    hardStops_one: 'Niet vrijgegeven voor dosering: harde stop — {{stops}}',
    hardStops_other: 'Niet vrijgegeven voor dosering: harde stops — {{stops}}',
    held: 'Doseersessies blijven aangehouden tot dit is opgelost.',
    reasons: {
      'screening-unreadable': 'De laatste screening is onleesbaar: leg een nieuwe screening vast.',
      'screening-hard-stop': 'Harde stop: {{item}}.',
      'medications-unreadable':
        'De medicatielijst of de medicatieregels zijn onleesbaar: controleer ze voordat er wordt gedoseerd.',
      'medication-hard-stop': 'Harde stop: {{reason}}',
      withdrawn: 'De cliënt heeft zich uit het programma teruggetrokken.',
      completed: 'De cliënt heeft het programma afgerond.',
      ineligible: 'Een behandelaar heeft besloten dat de cliënt niet geschikt is.',
      undecided: 'Een behandelaar heeft nog niet over de geschiktheid besloten.',
      'no-consent-document': 'Het programma heeft geen toestemmingsdocument.',
      'not-consented':
        'De cliënt heeft geen toestemming gegeven (het huidige toestemmingsdocument is versie {{version}}).',
      'consent-outdated':
        'Toestemming voor versie {{version}} ontbreekt (de cliënt gaf toestemming voor versie {{consented}}).',
      'consent-unverifiable':
        'De tekst van versie {{version}} van het toestemmingsdocument is niet te controleren (geen SHA-256): publiceer het opnieuw.',
      'consent-no-hash':
        'De toestemming voor versie {{version}} legt geen hash van het document vast: de cliënt tekent opnieuw.',
      'consent-text-differs':
        'De cliënt tekende een andere tekst van versie {{version}} (de SHA-256 verschilt): de cliënt tekent opnieuw.',
      status:
        'De inschrijving is {{status}}: dosering vraagt een inschrijving met toestemming of een actieve inschrijving.',
      'place-held':
        'De plaats van de cliënt in deze sessie is aangehouden, niet geboekt: ze wordt geboekt zodra de cliënt is vrijgegeven.',
    },
  },
  actions: {
    screenAgain: 'Een nieuwe screening vastleggen',
    screen: 'Screening vastleggen',
    decide: 'Besluit over geschiktheid vastleggen',
    consent: 'Toestemming vastleggen',
  },
  consent: {
    title: 'Toestemming',
    current: 'Huidig toestemmingsdocument: “{{title}}”, versie {{version}}.',
    noDocument: 'Het programma heeft nog geen toestemmingsdocument.',
    none: 'Geen toestemming vastgelegd.',
    signed: 'Versie {{version}} getekend {{when}}, {{method}}',
    signedTitled: 'Versie {{version}} (“{{title}}”) getekend {{when}}, {{method}}',
    notCurrent: ' — niet de huidige versie',
    withdrawn: '; ingetrokken {{when}}',
  },
  assessments: {
    none: 'Dit programma vraagt geen vragenlijsten.',
    label: 'Te verwachten vragenlijsten',
    timepoint: 'Meetmoment',
    questionnaire: 'Vragenlijst',
    due: 'Gepland',
    window: 'Periode',
    status: 'Status',
    whenAnchored: 'Zodra het ankermoment is gepland',
    on: 'op {{date}}',
    range: '{{from}} tot {{to}}',
    view: 'Antwoorden bekijken',
    viewNamed: 'Antwoorden bekijken: {{what}}',
    statuses: {
      upcoming: 'Gepland',
      open: 'Nu open',
      done: 'Ingevuld',
      missed: 'Gemist',
      unscheduled: 'Nog niet gepland',
    },
  },
  sessions: {
    none: 'Er zijn geen sessies gepland voor deze inschrijving.',
    phase_one: '{{phase}} ({{count}} sessie)',
    phase_other: '{{phase}} ({{count}} sessies)',
    dosing: 'Dosering',
    cancelled: 'Geannuleerd',
    held: 'Aangehouden tot vrijgave',
    room: 'Ruimte: {{name}}',
    cancelledReason: 'Geannuleerd: {{reason}}',
    groupNote: 'Groepsnotitie (gedeeld met elke deelnemer): ',
    note: 'Notitie: ',
    dosingRecord: 'Dosering: {{dose}} mg {{route}}',
    dosingRecorded: 'Dosering vastgelegd',
  },
} satisfies Messages<typeof en>;
