/** Alert titles by their code (src/domain/safety/alerts.ts alertTitleCode). */
export const alertTitles = {
  'risk-answer': 'Risk answer on {{instrument}}',
  'flagged-answer': 'Flagged answer on {{instrument}}',
  deterioration: 'Reliable deterioration on {{instrument}}',
  vitals: 'Vital signs beyond the limit',
  missed: 'Missed questionnaire: {{instrument}}',
  'home-missed': 'Missed at-home check-in',
  'home-help': 'At-home session: I need help',
  'integration-undecided': 'Experience could not be judged: first integration contact pulled forward',
  'integration-flagged': 'Difficult session flagged: first integration contact pulled forward',
  'integration-ceq': 'Challenging experience on the CEQ: first integration contact pulled forward',
  'integration-missed': 'Missed integration contact',
  'integration-unbookable': 'Integration contact could not be booked',
  imported: '{{title}} (imported, answered {{date}})',
} as const;
