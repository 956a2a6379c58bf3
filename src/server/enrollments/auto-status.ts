/**
 * Enrollment status moves by itself (rule: src/domain/programs/auto-status.ts): consented → active
 * when care starts, active → completed when it and its follow-up windows are over. Run for one
 * enrollment wherever something it depends on changes (attendance, consent) and for every open
 * enrollment by the scheduler (a day passing). Idempotent: a second run finds nothing to move.
 * Each move is an enrollment event without a user and an `enrollment.transition` audit entry by the
 * system actor, with `automatic: true`.
 */

import { DomainError } from '../../domain/errors.ts';
import type { AutoStatusSession } from '../../domain/programs/auto-status.ts';
import { automaticTransitions } from '../../domain/programs/auto-status.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { systemActor } from '../audit/audit-log.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { loadDefinition } from '../programs/service.ts';
import * as sessions from '../sessions/repository.ts';
import { enrollmentAssessments } from '../timeline/assessments.ts';
import { responseRefsOf } from '../timeline/repository.ts';
import * as repo from './repository.ts';
import { applyTransition } from './service.ts';
import * as statusRepo from './status.repository.ts';

export const AUTO_STATUS_ACTOR = systemActor('Threshold (automatic enrollment status)');

/** Applies the moves the rule gives for one enrollment, inside the caller's transaction; returns how many. */
export async function advanceEnrollment(
  ctx: AppContext,
  trx: Tx,
  organizationId: string,
  enrollmentId: string,
  now: string = new Date().toISOString(),
): Promise<number> {
  const e = await repo.getEnrollment(trx, organizationId, enrollmentId);
  if (!e || (e.status !== 'consented' && e.status !== 'active')) return 0;
  const [rows, definition, responses, timezone] = await Promise.all([
    sessions.sessionsOfEnrollment(trx, organizationId, e.id),
    loadDefinition(trx, organizationId, e.program_id, e.program_version),
    responseRefsOf(trx, organizationId, e.client_id),
    sessions.getTimezone(trx, organizationId),
  ]);
  const moves = automaticTransitions({
    status: e.status as EnrollmentStatus,
    sessions: rows.map(
      (r): AutoStatusSession => ({
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        status: r.status as AutoStatusSession['status'],
        attendance: r.attendance as AutoStatusSession['attendance'],
      }),
    ),
    assessments: enrollmentAssessments(definition, e, rows, responses, timezone, now),
    timezone,
    now,
  });
  const scope: OrgScope = { organizationId, role: 'owner', actor: AUTO_STATUS_ACTOR };
  for (const m of moves)
    await applyTransition(
      ctx,
      trx,
      scope,
      e,
      m.to,
      m.because,
      { reason: m.because, details: { automatic: true } },
      now,
    );
  return moves.length;
}

/**
 * The scheduler's job: every consented or active enrollment that may be due (a session of it has
 * started), each in its own transaction; one changed meanwhile by someone else is left for the
 * next run. Returns the number of moves.
 */
export async function advanceDueEnrollments(ctx: AppContext, now: string): Promise<number> {
  const due = await statusRepo.enrollmentsMaybeDue(ctx.db.kysely, now);
  let moved = 0;
  for (const d of due) {
    try {
      moved += await transaction(ctx, (trx) => advanceEnrollment(ctx, trx, d.organization_id, d.id, now));
    } catch (error) {
      if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
    }
  }
  return moved;
}
