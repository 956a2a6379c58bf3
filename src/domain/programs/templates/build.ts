/** Shorthands the template files use, so each template reads as its schedule. */
import type { AssessmentPlan, SafetySettings, SessionPlan } from '../types.ts';

export const NO_SAFETY_LIMITS: SafetySettings = { preDoseSystolicMax: null, preDoseDiastolicMax: null };

export function session(plan: Omit<SessionPlan, 'arms' | 'description'> & Partial<SessionPlan>): SessionPlan {
  return { arms: null, description: '', ...plan };
}

type AssessmentShorthand = Omit<AssessmentPlan, 'key' | 'instrumentId' | 'arms' | 'dosingNumbers'> &
  Partial<Pick<AssessmentPlan, 'arms' | 'dosingNumbers'>> & { key: string };

/** The same timepoint for several instruments: keys become `${instrumentId}-${key}`. */
export function timepoint(instrumentIds: string[], plan: AssessmentShorthand): AssessmentPlan[] {
  return instrumentIds.map((instrumentId) => ({
    arms: null,
    dosingNumbers: null,
    ...plan,
    key: `${instrumentId}-${plan.key}`,
    instrumentId,
  }));
}
