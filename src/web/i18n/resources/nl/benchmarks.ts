/** De uitkomsten van een programma publiceren als openbare pagina. */
export const benchmarks = {
  section: 'Deze uitkomsten publiceren',
  intro:
    'Kies ervoor de respons, remissie en duurzaamheid van dit programma op een openbare pagina en als JSON te tonen, naast de studies die u kiest. Geen cliënt wordt genoemd, en geen getal beschrijft minder cliënten dan het minimum hieronder.',
  notPublished: 'Niet gepubliceerd',
  publishedOn: 'Gepubliceerd {{when}}',
  openPage: 'Openbare pagina',
  openJson: 'JSON',
  formLabel: 'Publicatie-instellingen',
  instrument: 'Vragenlijst',
  minCell: 'Kleinste getoonde groep',
  minCellHelp: 'Minstens {{floor}} cliënten: kleinere groepen worden op de openbare pagina weggelaten.',
  studies: 'Studies naast de resultaten',
  studiesHelp: 'Uit de wetenschappelijke bibliotheek, met hun verificatiestatus. Hooguit 12.',
  publish: 'Publiceren',
  update: 'Openbare pagina bijwerken',
  withdraw: 'Intrekken',
  withdrawAsk: 'De openbare pagina offline halen?',
  withdrawYes: 'Ja, intrekken',
  keep: 'Laten staan',
} as const;
