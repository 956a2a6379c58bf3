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
} satisfies Messages<typeof en>;
