/**
 * Subgroup attributes of one enrollment, fixed when it is derived: the age band on the program's
 * start date, and the furthest stage of the enrollment flow it reached.
 */
import { ageOn } from '../clients/client.ts';
import type { EnrollmentStatus } from '../programs/types.ts';
import { FLOW_STAGES, type FlowStage } from './types.ts';

export const AGE_BANDS = ['under 18', '18–24', '25–34', '35–44', '45–54', '55–64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The age band on `day` ('YYYY-MM-DD'); null when the date of birth is not a date. */
export function ageBand(dateOfBirth: string, day: string): AgeBand | null {
  const at = new Date(`${day}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) || Number.isNaN(at.getTime())) return null;
  const age = ageOn(dateOfBirth, at);
  if (age < 18) return 'under 18';
  if (age < 25) return '18–24';
  if (age < 35) return '25–34';
  if (age < 45) return '35–44';
  if (age < 55) return '45–54';
  if (age < 65) return '55–64';
  return '65+';
}

/** The flow stage each status shows was reached ('withdrawn' shows none by itself). */
const STAGE_OF: Record<EnrollmentStatus, FlowStage | null> = {
  referred: 'referred',
  screening: 'screened',
  eligible: 'eligible',
  ineligible: 'screened',
  consented: 'consented',
  active: 'started',
  completed: 'completed',
  withdrawn: null,
};

/** The furthest flow stage among the statuses an enrollment has had (its status history). */
export function stageReached(statuses: Iterable<string>): FlowStage {
  let best = 0;
  for (const s of statuses) {
    const stage = STAGE_OF[s as EnrollmentStatus];
    if (stage) best = Math.max(best, FLOW_STAGES.indexOf(stage));
  }
  return FLOW_STAGES[best]!;
}

/** Whether treatment started: the analysis set of the outcome statistics. */
export const hasStarted = (reached: string): boolean =>
  FLOW_STAGES.indexOf(reached as FlowStage) >= FLOW_STAGES.indexOf('started');
