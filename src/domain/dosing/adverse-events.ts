/** Adverse-event vocabulary: grades follow the CTCAE general grade labels. */
export const AE_GRADES = [
  { grade: 1, label: 'Mild' },
  { grade: 2, label: 'Moderate' },
  { grade: 3, label: 'Severe' },
  { grade: 4, label: 'Life-threatening' },
  { grade: 5, label: 'Death' },
] as const;
export type AeGrade = (typeof AE_GRADES)[number]['grade'];

export const AE_ACTIONS = [
  'none',
  'observation',
  'medication given',
  'dose stopped',
  'escalated to emergency care',
] as const;
export type AeAction = (typeof AE_ACTIONS)[number];

export const AE_OUTCOMES = ['resolved', 'resolving', 'ongoing', 'resolved with sequelae', 'fatal'] as const;
export type AeOutcome = (typeof AE_OUTCOMES)[number];

export const AE_COMMON_TYPES = [
  'nausea',
  'vomiting',
  'dissociation distress',
  'anxiety',
  'hypertension',
  'headache',
  'dizziness',
  'other',
] as const;

export const AE_TYPE_MAX_LENGTH = 200;
