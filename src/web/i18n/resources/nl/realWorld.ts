import type { realWorld as en } from '../en/realWorld.ts';
import type { Messages } from '../messages.ts';

export const realWorld = {
  intro:
    'Teken het resultaat van uw eigen programma in dezelfde forest plot, onder de gepoolde schatting, gemarkeerd als praktijkgegevens. Het staat naast het bewijs en wordt er niet mee gepoold: de gepoolde schatting, de heterogeniteit en de gewichten blijven zoals ze zijn.',
  source: 'De schatting van uw programma',
  none: 'Geen toevoegen',
  outcomes: 'Uit de uitkomsten in Threshold',
  counts: 'Aantallen invullen',
  estimate: 'De schatting invullen (yi, vi)',
  noOutcomes: 'Uw rol leest geen programma-uitkomsten; vul dus de getallen uit uw eigen administratie in.',
  countsHint:
    'Tel responders zoals de studies die u poolt respons definiëren, als dat kan: gepubliceerde definities verschillen (Feder 2025 telt een verbetering van ten minste 30% op de CAPS-5).',
  estimateHint: 'Geef yi en de steekproefvariantie vi op dezelfde schaal als de yi van de studies.',
  label: 'Label in de forest plot',
  labelOutcomes: 'Laat leeg om de naam van het programma te gebruiken',
  labelEntered: 'Laat leeg voor “Ons programma”',
  defaultLabel: 'Ons programma',
  cells: {
    xi: 'Responders (gebeurtenissen, xi)',
    ni: 'Gemeten cliënten (totaal, ni)',
    yi: 'Effectgrootte (yi)',
    vi: 'Steekproefvariantie (vi)',
  },
  errors: {
    label: 'Gebruik hoogstens 120 tekens.',
    program: 'Kies een programma.',
    instrument: 'Kies een vragenlijst.',
    timepoint: 'Kies een meetmoment.',
    value: 'Vul een waarde in voor {{name}}.',
    number: 'Vul een getal in, zoals 12 of 0,35.',
  },
  timepoint: {
    withheld: '{{label}} ({{why}})',
    noResponse: '{{label}} (deze vragenlijst definieert geen respons)',
    noneAssessed: '{{label}} (nog niemand gemeten)',
    responded: '{{label}}: {{events}} van {{n}} met respons',
    fewer: '{{label}} (minder dan 2 gemeten)',
    n: '{{label}}: n = {{n}}',
  },
  select: {
    program: 'Programma',
    questionnaire: 'Vragenlijst',
    timepoint: 'Meetmoment',
    chooseProgram: 'Kies een programma',
    loadingPrograms: 'Programma’s worden geladen…',
    archived: '{{name}} (gearchiveerd)',
    programFirst: 'Kies eerst een programma',
    chooseQuestionnaire: 'Kies een vragenlijst',
    questionnaireFirst: 'Kies eerst een vragenlijst',
    chooseTimepoint: 'Kies een meetmoment',
    loading: 'Laden…',
    theQuestionnaire: 'de vragenlijst',
    noneAnalysable: 'Dit programma meet geen vragenlijst waarvan de verandering te analyseren is.',
  },
  response: {
    title: 'Respons wordt bepaald door de vragenlijst, niet door de studies',
    body: 'Hier had een cliënt respons volgens het eigen criterium van de {{name}} ({{criterion}}), geteld onder cliënten die bij de nulmeting en op het meetmoment zijn gemeten. De studies kunnen respons anders definiëren: Feder 2025 telt bijvoorbeeld een verbetering van ten minste 30% op de CAPS-5. Zet uw programma naast studies met dezelfde definitie, of lees de vergelijking met het verschil in gedachten.',
    phq9: 'voor de PHQ-9 een daling van ten minste 50% ten opzichte van de nulmeting',
  },
  change: {
    title: 'Een gemiddelde verandering, in punten van de vragenlijst',
    body: 'Voor GEN geven de uitkomsten in Threshold de gemiddelde verandering ten opzichte van de nulmeting in punten op de {{name}} (negatief als de scores daalden) en de variantie SD²/n. Dit is alleen te vergelijken met studies waarvan de yi gemiddelde veranderingen zijn op dezelfde vragenlijst, in dezelfde richting.',
  },
  chosen: {
    responders:
      'Threshold gebruikt {{events}} responders van {{n}} cliënten die bij de nulmeting en op {{label}} zijn gemeten ({{percent}}%), gelezen uit het uitkomstrapport wanneer u de analyse uitvoert.',
    mean: 'Threshold gebruikt de gemiddelde verandering van de nulmeting tot {{label}}, {{mean}} punten op de {{name}} (SD {{sd}}, n = {{n}}), met variantie SD²/n, gelezen uit het uitkomstrapport wanneer u de analyse uitvoert.',
  },
} satisfies Messages<typeof en>;
