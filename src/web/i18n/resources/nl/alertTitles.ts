import type { alertTitles as en } from '../en/alertTitles.ts';
import type { Messages } from '../messages.ts';

export const alertTitles = {
  'risk-answer': 'Risicoantwoord op de {{instrument}}',
  'flagged-answer': 'Gesignaleerd antwoord op de {{instrument}}',
  deterioration: 'Betrouwbare verslechtering op de {{instrument}}',
  vitals: 'Vitale functies buiten de grens',
  missed: 'Gemiste vragenlijst: {{instrument}}',
  imported: '{{title}} (geïmporteerd, beantwoord {{date}})',
} satisfies Messages<typeof en>;
