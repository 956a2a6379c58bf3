/** Alert titles by their code (src/domain/safety/alerts.ts alertTitleCode). */
export const alertTitles = {
  'risk-answer': 'Risk answer on {{instrument}}',
  'flagged-answer': 'Flagged answer on {{instrument}}',
  deterioration: 'Reliable deterioration on {{instrument}}',
  vitals: 'Vital signs beyond the limit',
  missed: 'Missed questionnaire: {{instrument}}',
  imported: '{{title}} (imported, answered {{date}})',
} as const;
