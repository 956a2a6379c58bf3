/** The public outcome page's words, in Dutch and English (the page is server-rendered, without the web app). */
export type PageLanguage = 'nl' | 'en';

export const PAGE_TEXT = {
  en: {
    title: 'Outcomes',
    published: 'Published',
    instrument: 'Measured with',
    started: 'Clients who started',
    criteria: 'Criteria',
    response: 'Response',
    remission: 'Remission',
    better: { lower: 'Lower scores are better.', higher: 'Higher scores are better.' },
    method:
      'Missing answers are not filled in: response and remission count the clients who answered at baseline and at that moment. The table shows how many were expected and how many answered.',
    timepoint: 'Moment',
    assessed: 'Answered of expected',
    withheld: (n: number) => `Not shown: fewer than ${n} clients.`,
    wholeWithheld: (n: number) => `Nothing is shown yet: fewer than ${n} clients started this program.`,
    durability: 'Does the response last?',
    responders: (n: number, at: string) => `${n} clients responded at ${at}.`,
    sustained: 'Still responding, of responders assessed',
    sustainedAll: 'Still responding, of all responders (not assessed counted as not)',
    studies: 'Published studies beside these results',
    noComparable: 'The library holds no response or remission figure of this study.',
    status: {
      confirmed: 'checked',
      corrected: 'corrected',
      secondary: 'from a secondary source',
      unverified: 'unverified',
    },
    ci: '95% CI',
    minCell: (n: number) => `No number here describes fewer than ${n} clients.`,
    json: 'These figures as JSON',
    none: 'No outcomes are published.',
  },
  nl: {
    title: 'Resultaten',
    published: 'Gepubliceerd',
    instrument: 'Gemeten met',
    started: 'Cliënten die begonnen',
    criteria: 'Criteria',
    response: 'Respons',
    remission: 'Remissie',
    better: { lower: 'Lagere scores zijn beter.', higher: 'Hogere scores zijn beter.' },
    method:
      'Ontbrekende antwoorden worden niet ingevuld: respons en remissie tellen de cliënten die bij de start én op dat moment antwoordden. De tabel toont hoeveel er verwacht werden en hoeveel antwoordden.',
    timepoint: 'Moment',
    assessed: 'Geantwoord van verwacht',
    withheld: (n: number) => `Niet getoond: minder dan ${n} cliënten.`,
    wholeWithheld: (n: number) => `Nog niets te tonen: minder dan ${n} cliënten begonnen aan dit programma.`,
    durability: 'Houdt de respons stand?',
    responders: (n: number, at: string) => `${n} cliënten hadden respons bij ${at}.`,
    sustained: 'Nog steeds respons, van de gemeten responders',
    sustainedAll: 'Nog steeds respons, van alle responders (niet gemeten telt als niet)',
    studies: 'Gepubliceerde studies naast deze resultaten',
    noComparable: 'De bibliotheek bevat geen respons- of remissiecijfer van deze studie.',
    status: {
      confirmed: 'gecontroleerd',
      corrected: 'gecorrigeerd',
      secondary: 'uit een secundaire bron',
      unverified: 'niet geverifieerd',
    },
    ci: '95%-BI',
    minCell: (n: number) => `Geen getal hier beschrijft minder dan ${n} cliënten.`,
    json: 'Deze cijfers als JSON',
    none: 'Er zijn geen resultaten gepubliceerd.',
  },
} as const;

/** Each language by its own name, for the switch to it. */
export const LANGUAGE_NAME: Record<PageLanguage, string> = { nl: 'Nederlands', en: 'English' };

export const NOTICE_TEXT: Record<PageLanguage, string> = {
  en: "Routine outcomes of this organization's own clients, not a trial: no control group, clients chose the program, and only those who answered at a timepoint are counted there.",
  nl: 'Routinematig gemeten resultaten van de eigen cliënten van deze organisatie, geen onderzoek met controlegroep: cliënten kozen zelf voor het programma, en op elk moment tellen alleen zij die antwoordden.',
};
