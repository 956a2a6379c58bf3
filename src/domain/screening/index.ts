import type { Modality } from '../programs/types.ts';
import type {
  Checklist,
  ChecklistItem,
  IntakeVitals,
  ScreeningAnswer,
  ScreeningDecision,
  ScreeningEvaluation,
} from './types.ts';

export * from './types.ts';

export function checklistFor(_modality: Modality): Checklist {
  throw new Error('not implemented');
}

export function evaluateScreening(
  _checklist: Checklist,
  _answers: Record<string, ScreeningAnswer>,
): ScreeningEvaluation {
  throw new Error('not implemented');
}

export function normalizeIntakeVitals(_v: unknown): IntakeVitals {
  throw new Error('not implemented');
}

export function assertCanDecide(
  _decision: ScreeningDecision,
  _evaluation: ScreeningEvaluation,
  _rationale: string | null | undefined,
): string {
  throw new Error('not implemented');
}

export type { ChecklistItem };
