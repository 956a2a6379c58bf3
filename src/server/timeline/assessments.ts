/** The questionnaires due for one enrollment, from its stored sessions and the client's responses. */

import { assessmentsDue } from '../../domain/programs/assessments.ts';
import type { AssessmentDue, ProgramDefinition, ScheduledSessionRef } from '../../domain/programs/types.ts';

export interface EnrollmentForAssessments {
  created_at: string;
  start_date: string;
  arm: string | null;
}

export interface SessionForAssessments {
  plan_key: string | null;
  dosing: number;
  starts_at: string;
  ends_at: string;
  status: string;
}

export interface ResponseForAssessments {
  id: string;
  instrument_id: string;
  administered_at: string;
}

export function enrollmentAssessments(
  definition: ProgramDefinition,
  e: EnrollmentForAssessments,
  sessions: readonly SessionForAssessments[],
  responses: readonly ResponseForAssessments[],
  timezone: string,
  now: string,
): AssessmentDue[] {
  const refs: ScheduledSessionRef[] = sessions.map((r) => ({
    planKey: r.plan_key ?? '',
    dosing: r.dosing === 1,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    status: r.status as ScheduledSessionRef['status'],
  }));
  return assessmentsDue(definition, {
    enrolledAt: e.created_at,
    startDate: e.start_date,
    timezone,
    arm: e.arm,
    sessions: refs,
    responses: responses.map((r) => ({
      id: r.id,
      instrumentId: r.instrument_id,
      administeredAt: r.administered_at,
    })),
    now,
  });
}
