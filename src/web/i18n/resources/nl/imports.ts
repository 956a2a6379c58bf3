import type { imports as en } from '../en/imports.ts';
import type { Messages } from '../messages.ts';

export const imports = {
  clients: {
    title: 'Cliënten importeren',
    intro:
      'Neem uw bestaande cliëntenlijst over uit een spreadsheet, opgeslagen als CSV (gescheiden door komma’s of puntkomma’s). Vul het sjabloon in: één rij per cliënt; de kopregel noemt de kolommen.',
    template: 'Het cliëntensjabloon downloaden (CSV)',
    fileLabel: 'Cliëntenbestand (CSV)',
    ready_one: '{{count}} cliënt is klaar om te importeren.',
    ready_other: '{{count}} cliënten zijn klaar om te importeren.',
    confirm_one: '{{count}} cliënt importeren',
    confirm_other: '{{count}} cliënten importeren',
    done_one: '{{count}} cliënt is aangemaakt.',
    done_other: '{{count}} cliënten zijn aangemaakt.',
    back: 'Terug naar cliënten',
  },
  responses: {
    title: 'Eerdere vragenlijsten importeren',
    intro:
      'Neem vragenlijsten over die cliënten invulden voordat u Threshold gebruikte: één rij per vragenlijst, met de cliënt (e-mailadres of Threshold-cliënt-id), het instrument, wanneer hij is ingevuld, en één kolom per item.',
    template: 'Het vragenlijstsjabloon downloaden (CSV)',
    fileLabel: 'Vragenlijstbestand (CSV)',
    ready_one: '{{count}} vragenlijst is klaar om te importeren.',
    ready_other: '{{count}} vragenlijsten zijn klaar om te importeren.',
    confirm_one: '{{count}} vragenlijst importeren',
    confirm_other: '{{count}} vragenlijsten importeren',
    done_one: '{{count}} vragenlijst is opgeslagen en gescoord.',
    done_other: '{{count}} vragenlijsten zijn opgeslagen en gescoord.',
    back: 'Terug naar cliënten',
  },
  check: 'Het bestand controleren',
  removeFile: 'Het bestand verwijderen',
  nothingStored: 'Er is nog niets opgeslagen.',
  problems_one:
    '{{count}} probleem op te lossen. Verbeter het bestand en controleer het opnieuw: er wordt niets geïmporteerd zolang een rij een probleem heeft.',
  problems_other:
    '{{count}} problemen op te lossen. Verbeter het bestand en controleer het opnieuw: er wordt niets geïmporteerd zolang een rij een probleem heeft.',
  rows_one: '{{count}} rij gelezen.',
  rows_other: '{{count}} rijen gelezen.',
  duplicates_one: '{{count}} rij is dezelfde persoon als een bestaande cliënt of een eerdere rij.',
  duplicates_other: '{{count}} rijen zijn dezelfde persoon als een bestaande cliënt of een eerdere rij.',
  skipDuplicates: 'De dubbele rijen weglaten en de andere rijen importeren',
  alertsTitle: 'Deze vragenlijsten geven veiligheidsmeldingen',
  alerts_one:
    'Er wordt {{count}} melding gemaakt en de behandelaars worden gemaild, precies zoals bij een vragenlijst die vandaag is ingevuld. Elke melding vermeldt dat ze is geïmporteerd en op welke dag het antwoord is gegeven; bekijk ze in de meldingenlijst.',
  alerts_other:
    'Er worden {{count}} meldingen gemaakt en de behandelaars worden gemaild, precies zoals bij een vragenlijst die vandaag is ingevuld. Elke melding vermeldt dat ze is geïmporteerd en op welke dag het antwoord is gegeven; bekijk ze in de meldingenlijst.',
  issues: {
    label: 'Problemen in het bestand',
    line: 'Regel',
    column: 'Kolom',
    reason: 'Probleem',
    wholeRow: '(hele rij)',
  },
  preview: {
    clients: 'Cliënten in het bestand',
    duplicates: 'Dubbele rijen',
    responses: 'Vragenlijsten in het bestand',
    line: 'Regel',
    name: 'Naam',
    born: 'Geboortedatum',
    matches: 'Waarom het dubbel is',
    instrument: 'Vragenlijst',
    completed: 'Ingevuld',
    total: 'Totaal',
    alerts: 'Meldingen',
    none: 'Geen',
  },
} satisfies Messages<typeof en>;
