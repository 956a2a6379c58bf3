import type { alertTitles as en } from '../en/alertTitles.ts';
import type { Messages } from '../messages.ts';

export const alertTitles = {
  'risk-answer': 'Risicoantwoord op de {{instrument}}',
  'flagged-answer': 'Gesignaleerd antwoord op de {{instrument}}',
  deterioration: 'Betrouwbare verslechtering op de {{instrument}}',
  vitals: 'Vitale functies buiten de grens',
  missed: 'Gemiste vragenlijst: {{instrument}}',
  'home-missed': 'Gemiste check-in bij thuisdosering',
  'home-help': 'Thuisdosering: ik heb hulp nodig',
  'integration-undecided': 'Ervaring kon niet worden beoordeeld: eerste integratiecontact naar voren gehaald',
  'integration-flagged': 'Moeilijke sessie gemeld: eerste integratiecontact naar voren gehaald',
  'integration-ceq': 'Uitdagende ervaring op de CEQ: eerste integratiecontact naar voren gehaald',
  'integration-missed': 'Gemist integratiecontact',
  'integration-unbookable': 'Integratiecontact kon niet worden ingepland',
  imported: '{{title}} (geïmporteerd, beantwoord {{date}})',
} satisfies Messages<typeof en>;
