import type { alertTriggers as en } from '../en/alertTriggers.ts';
import type { Messages } from '../messages.ts';

export const alertTriggers = {
  'flag-item': '{{instrument}}: item {{item}} beantwoord met {{value}}',
  'flag-ptsd':
    '{{instrument}}: voorlopige DSM-5-criteria voor PTSS vervuld: symptomen (items met score 2 of hoger) per cluster: {{clusters}}.',
  'flag-wellbeing': '{{instrument}}: {{reasons}}',
  deterioration:
    '{{instrument}} {{baseline}} bij aanvang → {{now}} nu (een verandering van {{change}} punten; betrouwbare verandering vraagt {{threshold}})',
  missed: '{{label}} ({{instrument}}) is niet beantwoord voordat de termijn sloot.',
  'home-missed': 'De check-in van {{time}} is niet binnen de uitlooptijd beantwoord.',
  'home-help': '{{who}} heeft een check-in beantwoord met “Ik heb hulp nodig”.',
  'integration-flagged': 'Notitie van de begeleider: {{note}}',
  'integration-ceq': 'CEQ-totaal {{total}} ligt boven de drempel van de organisatie van {{threshold}}.',
  'integration-missed': 'Het integratiecontact van {{time}} is gemist: {{because}}.',
  'integration-unbookable':
    'Na deze doseersessie is geen integratiecontact ingepland: {{why}} Plan het met de hand in.',
  imported: '{{trigger}}. Geïmporteerd uit eerdere dossiers: beantwoord op {{date}}, niet nu.',
  parts: {
    ptsdCluster: '{{key}} {{count}} van {{of}} (nodig: {{needed}})',
    wellbeingRaw: 'ruwe score {{raw}} ligt onder {{below}}',
    wellbeingItem: 'item {{item}} beantwoord met {{value}}',
    checkinOffset: '{{time}} (+{{offset}} min)',
    helpClient: 'De cliënt',
    helpSupport: 'De steunpersoon',
    flaggedWithoutNote: 'Gemeld door een begeleider, zonder notitie.',
    undecidedNoTotal:
      'Het CEQ-antwoord heeft geen totaalscore, dus de ervaring kan er niet mee worden beoordeeld.',
    undecidedNoThreshold:
      'De organisatie heeft geen CEQ-drempel ingesteld, dus een CEQ-totaal kan niet worden beoordeeld.',
    missedNotRecorded: 'er is geen aanwezigheid vastgelegd',
    missedAbsent: 'de cliënt is als afwezig vastgelegd',
    missedCancelled: 'de sessie is geannuleerd en niet opnieuw ingepland',
  },
} satisfies Messages<typeof en>;
