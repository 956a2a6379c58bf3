/**
 * An enrollment's default facilitator: the member who runs the client's personal sessions. Setting
 * it moves the enrollment's future personal sessions that still had the previous default (or no
 * one) to the new one; a session given someone else by hand keeps them. A double booking of the
 * new facilitator is refused with the conflicts. Audited with from, to and the sessions changed.
 */

import type { Enrollment } from '../../api/enrollments.ts';
import { can, isRole } from '../../domain/access/roles.ts';
import { conflict, invalid } from '../../domain/errors.ts';
import type { Conflict } from '../../domain/scheduling/conflicts.ts';
import { activeMembers } from '../cohorts/repository.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { conflictsOf, conflictsOfCandidate } from '../sessions/read-model.ts';
import * as sessions from '../sessions/repository.ts';
import * as sessionRepo from './enrollment-sessions.repository.ts';
import * as facilitatorRepo from './facilitators.repository.ts';
import { readEnrollment, requireEnrollment } from './read.ts';

const CLOSED = new Set(['completed', 'withdrawn', 'ineligible']);

/** A member of the organization whose role runs sessions (owner, clinician, facilitator), else 400. */
export async function checkFacilitator(trx: Tx, organizationId: string, field: string, userId: string) {
  const [m] = await activeMembers(trx, organizationId, [userId]);
  if (!m || !isRole(m.role) || !can(m.role, 'session.run'))
    throw invalid(field, 'not-member-organization-who-runs');
}

/** The facilitators each personal session would get; refuses a double booking of the new one. */
async function sessionsToMove(
  trx: Tx,
  organizationId: string,
  enrollmentId: string,
  before: string | null,
  now: string,
) {
  const future = await sessionRepo.futurePersonalSessions(trx, organizationId, enrollmentId, now);
  const facilitators = await sessions.facilitatorsOf(
    trx,
    organizationId,
    future.map((s) => s.id),
  );
  return future.filter((s) => {
    const ids = facilitators.filter((f) => f.session_id === s.id).map((f) => f.user_id);
    return ids.length === 0 || (ids.length === 1 && ids[0] === before);
  });
}

/** Refuses when the given (just scheduled) sessions double-book a facilitator. */
export async function refuseFacilitatorClashes(trx: Tx, organizationId: string, sessionIds: string[]) {
  const rows = await Promise.all(sessionIds.map((id) => sessions.getSession(trx, organizationId, id)));
  const found = await conflictsOf(
    trx,
    organizationId,
    rows.filter((r) => r !== undefined),
  );
  const clashes = [...found.values()].flat().filter((c) => c.kind === 'facilitator-double-booked');
  if (clashes.length)
    throw conflict(
      'facilitator-booked-elsewhere',
      { clashes: clashes.map((c) => c.message).join(' ') },
      {
        conflicts: clashes,
      },
    );
}

export async function setEnrollmentFacilitator(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: { userId: string | null; version: number },
): Promise<Enrollment> {
  const now = new Date().toISOString();
  return transaction(ctx, async (trx) => {
    const org = scope.organizationId;
    const e = await requireEnrollment(trx, org, id);
    if (e.version !== input.version)
      throw conflict(
        'enrollment-version-stale',
        { seen: input.version, current: e.version },
        { current: await readEnrollment(trx, org, id) },
      );
    if (CLOSED.has(e.status)) throw conflict('facilitator-fixed', { status: e.status });
    if (input.userId) await checkFacilitator(trx, org, 'userId', input.userId);
    const before = e.facilitator_user_id;
    const moved = await sessionsToMove(trx, org, id, before, now);
    if (input.userId) {
      const clashes: Conflict[] = [];
      for (const s of moved) {
        const found = await conflictsOfCandidate(trx, org, {
          id: s.id,
          startsAt: s.starts_at,
          endsAt: s.ends_at,
          roomId: null,
          facilitatorIds: [input.userId],
          clientIds: [],
          attendeeCount: 0,
        });
        clashes.push(...found.filter((c) => c.kind === 'facilitator-double-booked'));
      }
      if (clashes.length)
        throw conflict(
          'facilitator-booked-elsewhere',
          { clashes: clashes.map((c) => c.message).join(' ') },
          {
            conflicts: clashes,
          },
        );
    }
    if (!(await facilitatorRepo.setFacilitator(trx, org, id, e.version, input.userId, now)))
      throw conflict('enrollment-stale');
    for (const s of moved) {
      await sessions.replaceFacilitators(trx, org, s.id, input.userId ? [input.userId] : []);
      await sessions.bumpVersion(trx, org, s.id, now);
    }
    await ctx.audit.append(trx, scope.actor, {
      organizationId: org,
      action: 'enrollment.facilitator',
      entityType: 'enrollment',
      entityId: id,
      details: {
        clientId: e.client_id,
        from: before,
        to: input.userId,
        sessionIds: moved.map((s) => s.id),
        version: e.version + 1,
      },
    });
    return readEnrollment(trx, org, id);
  });
}
