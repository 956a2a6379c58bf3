/** Screening: the checklist per modality, its evaluation, intake vitals and the decision rule. */
import type { Modality } from '../programs/types.ts';
import { GENERIC_CHECKLIST } from './checklists/generic.ts';
import { KETAMINE_CHECKLIST } from './checklists/ketamine.ts';
import { PSILOCYBIN_CHECKLIST } from './checklists/psilocybin.ts';
import type { Checklist } from './types.ts';

export { assertCanDecide, evaluateScreening, RATIONALE_MAX_LENGTH } from './evaluate.ts';
export { INTAKE_BOUNDS, normalizeIntakeVitals } from './intake-vitals.ts';
export * from './types.ts';

export const CHECKLISTS: Record<Modality, Checklist> = {
  ketamine: KETAMINE_CHECKLIST,
  psilocybin: PSILOCYBIN_CHECKLIST,
  other: GENERIC_CHECKLIST,
};

export function checklistFor(modality: Modality): Checklist {
  return CHECKLISTS[modality];
}
