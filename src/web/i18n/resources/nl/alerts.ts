import type { alerts as en } from '../en/alerts.ts';
import type { Messages } from '../messages.ts';

export const alerts = {
  title: 'Signaleringen',
  intro:
    'Veiligheidssignaleringen op basis van antwoorden en gegevens van cliënten. De lijst wordt elke 30 seconden ververst.',
  show: 'Toon',
  filters: { active: 'Actief', resolved: 'Afgehandeld' },
  loading: 'Signaleringen worden geladen',
  count_one: '{{count}} {{status}} signalering',
  count_other: '{{count}} {{status}} signaleringen',
  statusWords: { active: 'actieve', resolved: 'afgehandelde' },
  refreshFailed: 'De lijst kon niet worden ververst',
  noneActive: 'Geen actieve signaleringen.',
  noneResolved: 'Nog geen afgehandelde signaleringen.',
  severity: { high: 'Hoge ernst', medium: 'Gemiddelde ernst', low: 'Lage ernst' },
  status: { open: 'Open', acknowledged: 'Gezien', resolved: 'Afgehandeld' },
  kind: {
    'risk-flag': 'Risicoantwoord',
    deterioration: 'Verslechtering',
    vitals: 'Vitale functies',
    missed: 'Gemiste vragenlijst',
    'at-home': 'Dosering thuis',
  },
  navCount: {
    none: 'geen open signaleringen',
    open: '{{count}} open',
    openHigh: '{{count}} open, {{high}} met hoge ernst',
  },
  card: {
    client: 'Cliënt:',
    raised: 'Gemeld',
    acknowledged: 'Gezien',
    acknowledgedBy: 'Gezien door {{name}}',
    resolved: 'Afgehandeld',
    resolvedBy: 'Afgehandeld door {{name}}',
    note: 'Notitie:',
    acknowledge: 'Markeren als gezien',
    resolve: 'Afhandelen',
    notAcknowledged: 'De signalering is niet als gezien gemarkeerd',
  },
  resolve: {
    title: 'Signalering afhandelen',
    intro: '{{alert}} voor {{client}}. De notitie blijft bij de signalering bewaard voor het behandelteam.',
    whatWasDone: 'Wat is er gedaan',
    hint: 'Bijvoorbeeld: cliënt gebeld, veiligheidsplan doorgenomen, vervolgafspraak gemaakt.',
    missing: 'Beschrijf wat er is gedaan voordat u de signalering afhandelt.',
    resolved: 'Signalering afgehandeld voor {{client}}.',
    notResolved: 'De signalering is niet afgehandeld',
    submit: 'Signalering afhandelen',
  },
} satisfies Messages<typeof en>;
