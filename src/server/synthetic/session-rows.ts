/**
 * Phase 2 rows of a synthetic batch, built from its plan: the cohorts' group sessions, every
 * personal session, and who attends which.
 */
import type { Insertable } from 'kysely';
import type { ProgramSessionTable, SessionAttendeeTable } from '../../db/schema.ts';
import type { BatchPlan, RunContext, SessionTemplate } from './plan.ts';
import { DAY, iso } from './time.ts';

export interface SessionRows {
  sessions: Insertable<ProgramSessionTable>[];
  attendees: Insertable<SessionAttendeeTable>[];
}

function sessionRow(
  org: string,
  programId: string,
  cohortId: string | null,
  enrollmentId: string | null,
  id: string,
  t: SessionTemplate,
  state: { status: string; statusReason: string | null; changedAt: number | null },
  createdAt: number,
): Insertable<ProgramSessionTable> {
  const p = t.planned;
  return {
    id,
    organization_id: org,
    program_id: programId,
    cohort_id: cohortId,
    enrollment_id: enrollmentId,
    plan_key: p.planKey,
    occurrence: p.occurrence,
    name: p.name,
    phase: p.phase,
    kind: p.kind,
    dosing: p.dosing ? 1 : 0,
    planned_dose: t.plannedDose,
    arms: t.arms,
    starts_at: p.startsAt,
    ends_at: p.endsAt,
    room_id: null,
    status: state.status,
    status_reason: state.statusReason,
    note: null,
    note_by_user_id: null,
    note_at: null,
    version: state.status === 'scheduled' ? 1 : 2,
    created_at: iso(createdAt),
    updated_at: iso(state.changedAt ?? createdAt),
  };
}

/** Phase 2: the cohorts' group sessions, every personal session, and who attends which. */
export function sessionRows(run: RunContext, plan: BatchPlan): SessionRows {
  const org = run.organizationId;
  const out: SessionRows = { sessions: [], attendees: [] };
  for (const c of plan.cohorts) {
    for (const s of c.sessions) {
      const past = s.t.end <= run.now;
      const state =
        s.attendees === 0
          ? { status: 'cancelled', statusReason: 'No participants left', changedAt: s.t.start - DAY }
          : {
              status: past ? 'completed' : 'scheduled',
              statusReason: null,
              changedAt: past ? s.t.end : null,
            };
      out.sessions.push(sessionRow(org, c.program.id, c.id, null, s.id, s.t, state, c.createdAt));
    }
  }
  for (const e of plan.enrollments) {
    for (const s of e.sessions) {
      let sessionId = s.id;
      if (s.groupIndex === null) {
        out.sessions.push(
          sessionRow(org, e.program.id, e.cohort?.id ?? null, e.id, s.id, s.t, s, e.referredAt),
        );
      } else {
        if (!s.live) continue; // left the group session: no attendee row
        sessionId = e.cohort!.sessions[s.groupIndex]!.id;
      }
      out.attendees.push({
        session_id: sessionId,
        organization_id: org,
        enrollment_id: e.id,
        client_id: e.clientId,
        booking: s.booking,
        attendance: s.attendance,
        attendance_at: s.attendance ? iso(s.t.end) : null,
        attendance_by_user_id: null,
      });
    }
  }
  return out;
}
