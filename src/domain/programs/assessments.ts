import type { AssessmentDue, ProgramDefinition, ResponseRef, ScheduledSessionRef } from './types.ts';

export interface AssessmentsDueOptions {
  /** ISO-8601 UTC. */
  enrolledAt: string;
  /** Day 0, 'YYYY-MM-DD'. */
  startDate: string;
  timezone: string;
  arm: string | null;
  /** The client's stored sessions (any order). */
  sessions: ScheduledSessionRef[];
  responses: ResponseRef[];
  /** ISO-8601 UTC. */
  now: string;
}

export function assessmentsDue(_def: ProgramDefinition, _opts: AssessmentsDueOptions): AssessmentDue[] {
  throw new Error('not implemented');
}
