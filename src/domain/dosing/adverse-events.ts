/** Adverse-event vocabulary: grades follow the CTCAE general grade labels. */
import { invalid } from '../errors.ts';
import { readEnum, readInstant, readInteger, readOptionalText, readText } from '../programs/read.ts';

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

export const AE_NOTES_MAX_LENGTH = 4000;

export function aeGradeLabel(grade: AeGrade): string {
  return AE_GRADES.find((g) => g.grade === grade)!.label;
}

export interface AdverseEventInput {
  type: string;
  grade: number;
  action: string;
  outcome: string;
  onsetAt: string;
  notes?: string | null;
}

export interface AdverseEvent {
  type: string;
  grade: AeGrade;
  action: AeAction;
  outcome: AeOutcome;
  /** ISO-8601 UTC. */
  onsetAt: string;
  notes: string | null;
}

/**
 * Checks an adverse event: free-text type (one of AE_COMMON_TYPES or the clinic's own words),
 * grade 1–5, action and outcome from the lists; grade 5 (death) and outcome 'fatal' go together.
 */
export function normalizeAdverseEvent(input: AdverseEventInput): AdverseEvent {
  const grade = readInteger(input.grade, 'grade', 1, 5) as AeGrade;
  const outcome = readEnum(input.outcome, 'outcome', AE_OUTCOMES);
  if ((grade === 5) !== (outcome === 'fatal')) {
    throw invalid('outcome', 'grade-5-death-outcome-fatal');
  }
  return {
    type: readText(input.type, 'type', AE_TYPE_MAX_LENGTH),
    grade,
    action: readEnum(input.action, 'action', AE_ACTIONS),
    outcome,
    onsetAt: readInstant(input.onsetAt, 'onsetAt'),
    notes: readOptionalText(input.notes, 'notes', AE_NOTES_MAX_LENGTH),
  };
}
