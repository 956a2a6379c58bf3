/** De sectie dosis–ervaring–uitkomst op de uitkomstenpagina (issue 19 deel 3). */
export const doseExperience = {
  title: 'Dosis, setting en ervaring',
  intro:
    'Wat er is gegeven en in welke setting, de acute ervaring die erop volgde (MEQ-30), en hoe het cliënten met en zonder volledige mystieke ervaring later verging. Observationeel: de groepen zijn niet gerandomiseerd en er is niet gecorrigeerd voor andere verschillen tussen hen.',
  show: 'Toon de analyse van dosis en ervaring',
  loading: 'De analyse van dosis en ervaring wordt geladen',
  failed: 'De analyse van dosis en ervaring kon niet worden geladen.',
  noDoses: 'In dit programma zijn nog geen doses vastgelegd.',
  noRated:
    'Geen van de {{doses}} vastgelegde doses in dit programma heeft een MEQ-30 erna: plan de MEQ-30 na doseersessies om hier de acute ervaring te zien.',
  rated:
    '{{rated}} van de {{doses}} doses hebben een MEQ-30 erna (de eerste MEQ-30 vanaf de dosis tot de volgende dosis).',
  unjudged: '{{count}} MEQ-30 kon niet worden beoordeeld (subschalen ontbreken) en is weggelaten.',
  unjudged_other:
    '{{count}} MEQ-30’s konden niet worden beoordeeld (subschalen ontbreken) en zijn weggelaten.',
  definition:
    'Volledige mystieke ervaring: elk van de vier subschaalgemiddelden van de MEQ-30 is 3,0 of hoger (minstens 60% van het maximum). Bron: {{source}} (status: {{status}}).',
  bands: 'Dosisbanden',
  bandsNone:
    'Waar het programma eigen dosisbanden voor een middel vastlegt (op de pagina van het programma), worden die gebruikt; anders zijn de banden afgeleid van de vastgelegde doses, per middel.',
  bandingProgram:
    '{{substance}}, in {{unit}}: banden vastgelegd door het programma, gesneden bij {{edges}} {{unit}}.',
  unbanded: '{{count}} dosis is niet uit te drukken in {{unit}} en valt buiten de dosisbanden.',
  unbanded_other: '{{count}} doses zijn niet uit te drukken in {{unit}} en vallen buiten de dosisbanden.',
  bandingValues: '{{substance}}, in {{unit}}: afgeleid, één band per vastgelegde dosis ({{values}}).',
  bandingTertiles:
    '{{substance}}, in {{unit}}: afgeleid, derde delen van de vastgelegde doses, gesneden bij {{low}} en {{high}} {{unit}}.',
  unitNote:
    'Afgeleide banden zijn in mg/kg als bij elke dosis van het middel het gewicht van de cliënt bekend is, anders mg.',
  programBands: {
    title: 'Dosisbanden voor de uitkomstanalyse',
    intro:
      'Leg per middel de grenzen van de banden vast in de eenheid waarin het gedoseerd wordt, gescheiden door “/” — bijvoorbeeld 0,5 / 0,75 / 1 mg/kg voor ketamine, of 10 / 15 / 20 g vers gewicht voor truffels. Grenzen 0,5 / 0,75 / 1 geven vier banden: tot en met 0,5, boven 0,5 tot en met 0,75, boven 0,75 tot en met 1, en boven 1. Laat een middel leeg om de banden af te leiden van de vastgelegde doses.',
    none: 'Dit programma legt geen dosisbanden vast: de uitkomstanalyse leidt ze af van de vastgelegde doses.',
    summary: '{{substance}}: {{edges}} {{unit}} (vastgelegd door het programma).',
    edges: 'Bandgrenzen voor {{substance}}',
    edgesHint: 'Oplopend, boven 0, gescheiden door “/”; leeg: afgeleid',
    unit: 'Eenheid voor {{substance}}',
    edgesInvalid: 'Geef getallen gescheiden door “/”, bijv. 0,5 / 0,75 / 1.',
    save: 'Dosisbanden opslaan',
    saved: 'Dosisbanden opgeslagen.',
    notSaved: 'De dosisbanden zijn niet opgeslagen',
    loadFailed: 'De dosisbanden konden niet worden geladen',
  },
  units: { mg: 'mg', 'mg/kg': 'mg/kg', 'g-fresh': 'g vers gewicht', 'g-dry': 'g droog gewicht' },
  groupBy: 'Toon de acute ervaring per',
  dimensions: {
    doseBand: 'Dosisband',
    lot: 'Partij',
    musicProgram: 'Muziekprogramma',
    groupSize: 'Groepsgrootte',
    clientsPerSitter: 'Cliënten per begeleider',
    eyeshades: 'Oogmasker',
  },
  none: 'Nog geen enkele dosis heeft hiervoor een waarde.',
  value: 'Waarde',
  rows: 'MEQ-30’s (doses)',
  complete: 'Volledige mystieke ervaring',
  meqTotal: 'Gemiddelde MEQ-30-totaal (0–5)',
  ceqTotal: 'Gemiddelde CEQ-totaal',
  table: 'Acute ervaring per {{dimension}}',
  caution: 'n < 10: lees met voorzichtigheid',
  groupSizeValue: '{{count}} in de groep',
  groupSizeValue_other: '{{count}} in de groep',
  perSitter: '{{value}} cliënten per begeleider',
  chartLabel: 'Volledige mystieke ervaringen per {{dimension}}, percentage met 95%-interval',
  chartSummary:
    'Aandeel van de MEQ-30’s dat een volledige mystieke ervaring was, met 95%-Wilsonintervallen: {{cells}}.',
  later: 'Latere uitkomst per acute ervaring',
  laterIntro:
    'Respons en remissie op de {{instrument}} op elk meetmoment na de nulmeting, voor cliënten met een volledige mystieke ervaring na enige dosis en voor cliënten bij wie alle MEQ-30’s daaronder bleven; {{unknown}} gestarte cliënten zonder MEQ-30 vallen in geen van beide groepen.',
  laterNone:
    'Geen uitkomstvragenlijst met criteria voor respons of remissie: de latere uitkomst kan niet worden getoond.',
  groups: '{{with}} cliënten met een volledige ervaring, {{without}} zonder.',
  timepoint: 'Meetmoment',
  withResponse: 'Respons, met',
  withoutResponse: 'Respons, zonder',
  responseDifference: 'Verschil (met − zonder)',
  withRemission: 'Remissie, met',
  withoutRemission: 'Remissie, zonder',
  remissionDifference: 'Verschil (met − zonder)',
  assessedOf: '{{assessed}} gemeten van {{expected}}',
  laterTable: 'Respons en remissie op de {{instrument}} per acute ervaring',
  model:
    'Gemengd model met de acute ervaring als covariaat ({{instrument}} ~ meetmoment + volledige ervaring na de nulmeting, willekeurig intercept per cliënt; {{subjects}} cliënten, {{observations}} scores): cliënten met een volledige ervaring scoorden na de nulmeting {{effect}} punten ten opzichte van cliënten zonder.',
  modelNone: 'Het gemengde model kon niet worden geschat (te weinig herhaalde scores in een van de groepen).',
  modelSuppressed: 'Het gemengde model wordt niet getoond: {{withheld}}.',
  sources:
    'Waarom dit de moeite waard is: bij 28 gezonde vrijwilligers die psilocybine kregen, hing het MEQ-totaal samen met blijvende positieve effecten drie maanden later (McCulloch et al., Front Pharmacol 2022, doi:10.3389/fphar.2022.841648); in de 12-maanden-follow-up van een depressiestudie voorspelden de scores voor mystieke ervaring het welzijn, niet de verbetering van de depressie (Gukasyan et al., J Psychopharmacol 2022). Geen van beide toont aan dat de ervaring de uitkomst veroorzaakt.',
} as const;
