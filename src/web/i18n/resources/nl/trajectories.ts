import type { trajectories as en } from '../en/trajectories.ts';
import type { Messages } from '../messages.ts';

export const trajectories = {
  title: 'Verloop',
  loading: 'Verloop wordt geladen',
  none: 'Nog geen vragenlijstscores.',
  loadingChart: 'De grafiek wordt geladen',
  yLabel: '{{instrument}} totaal',
  noCriterion: 'geen criterium',
  remissionTotal: 'totaal ≤ {{max}}',
  legend:
    'Vierkant: nulmeting · driehoek: respons ({{response}}) · ster: remissie ({{remission}}) · gestippelde verticale lijnen: doseringssessies.',
  threshold: { response: 'respons', remission: 'remissie' },
  summary: {
    none: '{{instrument}}: nog geen scores.',
    count_one: '{{instrument}}: {{count}} score.',
    count_other: '{{instrument}}: {{count}} scores.',
    scoreBand: '{{total}} ({{band}})',
    baseline: 'Nulmeting {{score}} op {{date}}.',
    latest: 'Laatste {{score}} op {{date}}.',
    latestChange: 'Laatste {{score}} op {{date}} ({{change}} ten opzichte van de nulmeting).',
    met: 'Laatste: {{list}}.',
    response: 'voldoet aan het responscriterium',
    noResponse: 'voldoet niet aan het responscriterium',
    remission: 'in remissie',
    noRemission: 'niet in remissie',
    reliably: { improved: 'betrouwbaar verbeterd', deteriorated: 'betrouwbaar verslechterd' },
    dosings_one: '{{count}} doseringssessie gemarkeerd.',
    dosings_other: '{{count}} doseringssessies gemarkeerd.',
  },
} satisfies Messages<typeof en>;
