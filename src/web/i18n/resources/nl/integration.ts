/** Het integratievenster: de contacten op de cliëntpagina, de markering bij de dosering en Vandaag. */
export const integration = {
  section: {
    title: 'Integratie na dosering',
    intro:
      'Na elke doseringssessie wordt het eerste integratiecontact binnen het venster van het programma geboekt (standaard 24–72 uur na het einde van de sessie). Een moeilijke sessie of een CEQ-totaal boven de drempel van de organisatie haalt het naar voren.',
    loading: 'Integratiecontacten laden',
    none: 'Nog geen integratiecontact geboekt: dat gebeurt zodra een doseringssessie is afgelopen.',
    after: 'Na {{session}}, afgelopen {{ended}}',
    slot: 'Contact: {{slot}}',
    window: 'Venster: {{from}} – {{to}}',
    pulled: 'Naar voren gehaald',
    why: 'Waarom: {{reasons}}',
    flagNote: 'Notitie van de begeleider: {{note}}',
    open: 'Open de sessie',
  },
  status: {
    upcoming: 'Gepland',
    attended: 'Aanwezig',
    'awaiting-record': 'Aanwezigheid nog niet vastgelegd',
    missed: 'Gemist',
  },
  reason: {
    flag: 'de begeleider heeft de sessie als moeilijk gemarkeerd',
    ceq: 'het CEQ-totaal ligt boven de drempel van de organisatie',
    undecided:
      'een CEQ-antwoord kon niet worden beoordeeld (geen drempel of geen totaal) en is daarom als aandachtspunt behandeld',
  },
  flag: {
    title: 'Moeilijke sessie',
    intro:
      'Markeer deze sessie als de ervaring moeilijk was. De behandelaars krijgen een signalering en het eerste integratiecontact wordt naar voren gehaald.',
    flagged: 'Gemarkeerd als moeilijk',
    notFlagged: 'Niet gemarkeerd',
    note: 'Wat er gebeurde',
    noteHint: 'Verplicht: wat de sessie moeilijk maakte.',
    flag: 'Markeer als moeilijk',
    unflag: 'Markering verwijderen',
    saved: 'Opgeslagen. Het integratiecontact is nu {{slot}}.',
    savedNoContact: 'Opgeslagen. Het integratiecontact wordt geboekt zodra de sessie is afgelopen.',
    failed: 'De markering kon niet worden opgeslagen',
  },
  threshold: {
    heading: 'Moeilijke ervaring (CEQ)',
    intro:
      'Een totaal op de Challenging Experience Questionnaire (CEQ) boven deze drempel geeft een signalering en haalt het eerste integratiecontact naar voren. Kies de drempel voor uw praktijk; Threshold stelt geen standaard in.',
    label: 'CEQ-drempel (totaalscore)',
    hint: 'Het CEQ-totaal is het gemiddelde van de 26 items, van 0 tot 5. Leeg: niet ingesteld. Een CEQ-totaal kan dan niet worden beoordeeld: het contact wordt naar voren gehaald en de signalering zegt waarom.',
    save: 'Drempel opslaan',
    saved: 'Opgeslagen.',
  },
  today: {
    window: 'Integratievenster {{from}} – {{to}}',
    pulled: 'Naar voren gehaald: {{reasons}}',
  },
} as const;
