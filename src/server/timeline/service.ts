/**
 * A client's timeline: each enrollment with its clearance, its sessions (booking, attendance, the
 * session note — a group session's one note only for attendees who attended — and the client's doses) and
 * the questionnaires due and done. Notes only for roles that run sessions or read clinical notes;
 * doses only with dosing.read; the questionnaires for those who read the answers or chase them
 * (invitation.read: intake sends the baseline), the answers' ids only with response.read. Every view
 * is audited.
 */

import type { Timeline, TimelineSession } from '../../api/timeline.ts';
import { can } from '../../domain/access/roles.ts';
import { notFound } from '../../domain/errors.ts';
import { type AssessmentDue, PHASE_LABELS, PHASES } from '../../domain/programs/types.ts';
import {
  type Attendance,
  noteReachesAttendee,
  type SessionKind,
} from '../../domain/scheduling/session-notes.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { clearanceFor } from '../enrollments/clearance.ts';
import { definitionFromRow } from '../programs/stored-definition.ts';
import { mayReadNotes } from '../sessions/queries.ts';
import { baseSessions } from '../sessions/read-model.ts';
import * as sessions from '../sessions/repository.ts';
import { enrollmentAssessments } from './assessments.ts';
import * as repo from './repository.ts';

export async function viewTimeline(ctx: AppContext, scope: OrgScope, clientId: string): Promise<Timeline> {
  const notes = mayReadNotes(scope);
  const doses = can(scope.role, 'dosing.read');
  const answers = can(scope.role, 'response.read');
  const schedule = answers || can(scope.role, 'invitation.read');
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const client = (await visibleClient(trx, scope, clientId)) && (await repo.getClient(trx, org, clientId));
    if (!client) throw notFound('Client');
    const clientRef = { id: client.id, name: sessions.clientName(client) };
    const [enrollments, responses, timezone] = await Promise.all([
      repo.enrollmentsOf(trx, org, clientId),
      schedule ? repo.responseRefsOf(trx, org, clientId) : Promise.resolve([]),
      sessions.getTimezone(trx, org),
    ]);
    const now = new Date().toISOString();
    const out: Timeline['enrollments'] = [];
    for (const e of enrollments) {
      const definition = definitionFromRow(e.definition, {
        programId: e.program_id,
        programName: e.program_name,
        version: e.program_version,
      });
      const rows = await sessions.sessionsOfEnrollment(trx, org, e.id);
      const base = await baseSessions(trx, org, rows);
      const dosing = doses
        ? (
            await sessions.dosingRefsOf(
              trx,
              org,
              rows.map((r) => r.id),
            )
          ).filter((d) => d.enrollment_id === e.id)
        : [];
      const list: TimelineSession[] = rows.map((r, i) => {
        const s: TimelineSession = {
          ...base[i]!,
          booking: r.booking as TimelineSession['booking'],
          attendance: r.attendance as TimelineSession['attendance'],
        };
        if (notes) {
          // A group note lands only in the records of those who attended (domain rule).
          const reaches = noteReachesAttendee(r.kind as SessionKind, r.attendance as Attendance | null);
          s.note = reaches ? r.note : null;
          s.noteAt = reaches ? r.note_at : null;
          s.noteBy =
            reaches && r.note_by_user_id ? { id: r.note_by_user_id, name: r.note_by_name ?? '' } : null;
        }
        if (doses)
          s.dosingRecords = dosing
            .filter((d) => d.session_id === r.id)
            .map((d) => ({ id: d.id, doseMg: d.dose_mg, route: d.route, startedAt: d.started_at }));
        return s;
      });
      const due = schedule ? enrollmentAssessments(definition, e, rows, responses, timezone, now) : undefined;
      // Done or not, never which response: intake chases questionnaires, it does not read answers.
      const assessments: AssessmentDue[] | undefined = answers
        ? due
        : due?.map((a) => ({ ...a, responseId: null }));
      const used = new Set(definition.sessions.map((p) => p.phase));
      out.push({
        enrollment: {
          id: e.id,
          client: clientRef,
          program: { id: e.program_id, name: e.program_name },
          programVersion: e.program_version,
          cohort: e.cohort_id ? { id: e.cohort_id, name: e.cohort_name ?? '' } : null,
          arm: e.arm,
          condition: e.condition,
          startDate: e.start_date,
          status: e.status as Timeline['enrollments'][number]['enrollment']['status'],
          statusChangedAt: e.status_changed_at,
          clearance: await clearanceFor(trx, org, e),
        },
        program: {
          id: e.program_id,
          name: e.program_name,
          version: e.program_version,
          phases: PHASES.filter((p) => used.has(p)).map((p) => ({ key: p, label: PHASE_LABELS[p] })),
        },
        sessions: list,
        ...(assessments ? { assessments } : {}),
      });
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'client.timeline.view',
      entityType: 'client',
      entityId: clientId,
      details: { enrollmentIds: enrollments.map((e) => e.id) },
    });
    return { client: clientRef, enrollments: out };
  });
}
