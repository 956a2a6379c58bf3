/**
 * Changing the session calendar: an extra personal session, rescheduling and cancelling with a
 * reason, facilitators, attendance and the session note. Double bookings are refused with the
 * conflicts; a room over capacity is flagged. Reading sessions is in queries.ts.
 */
import { randomUUID } from 'node:crypto';
import type {
  AttendanceInput,
  Cancel,
  Reschedule,
  SessionCreate,
  SessionDetail,
} from '../../api/sessions.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { Conflict } from '../../domain/scheduling/conflicts.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { advanceEnrollment } from '../enrollments/auto-status.ts';
import { clearanceFor } from '../enrollments/clearance.ts';
import { getEnrollment } from '../enrollments/repository.ts';
import { sessionChanged } from '../messages/client-messages.ts';
import { detailOf } from './queries.ts';
import { conflictsOfCandidate, HARD_CONFLICTS } from './read-model.ts';
import * as repo from './repository.ts';
import { sessionTimes } from './time.ts';
import { addAttendee } from './writer.ts';

async function loadForWrite(trx: Tx, scope: OrgScope, id: string, version: number | null) {
  const row = await repo.getSession(trx, scope.organizationId, id);
  if (!row) throw notFound('Session');
  if (version !== null && row.version !== version) throw await stale(trx, scope, id, version, row.version);
  return row;
}

async function stale(trx: Tx, scope: OrgScope, id: string, version: number, current: number) {
  return conflict(
    'session-version-stale',
    { seen: version, current },
    { current: await detailOf(trx, scope, id) },
  );
}

function refuseConflicts(conflicts: Conflict[], kinds: ReadonlySet<Conflict['kind']> = HARD_CONFLICTS) {
  const hard = conflicts.filter((c) => kinds.has(c.kind));
  if (hard.length)
    throw conflict(
      'session-time-clash',
      { clashes: hard.map((c) => c.message).join(' ') },
      {
        conflicts: hard,
      },
    );
}

async function assertMembers(trx: Tx, organizationId: string, field: string, userIds: string[]) {
  const members = await repo.memberIds(trx, organizationId, userIds);
  userIds.forEach((u, i) => {
    if (!members.has(u)) throw invalid(`${field}.${i}`, 'not-member');
  });
}

async function assertRoom(trx: Tx, organizationId: string, roomId: string | null) {
  if (!roomId) return;
  const room = await repo.getRoom(trx, organizationId, roomId);
  if (!room) throw invalid('roomId', 'not-room-organization');
  if (room.archived_at) throw invalid('roomId', 'archived-room');
}

/** Sessions of an enrollment that is over may no longer be booked. */
const CLOSED = new Set(['completed', 'withdrawn', 'ineligible']);

export async function createSession(
  ctx: AppContext,
  scope: OrgScope,
  input: SessionCreate,
): Promise<SessionDetail> {
  const times = sessionTimes(input.startsAt, input.endsAt);
  const name = input.name.trim();
  if (!name) throw invalid('name', 'blank');
  const roomId = input.roomId ?? null;
  return transaction(ctx, async (trx) => {
    const enrollment = await getEnrollment(trx, scope.organizationId, input.enrollmentId);
    if (!enrollment) throw invalid('enrollmentId', 'not-enrollment-organization');
    if (CLOSED.has(enrollment.status))
      throw conflict('enrollment-closed-for-booking', { status: enrollment.status });
    await assertMembers(trx, scope.organizationId, 'facilitatorIds', input.facilitatorIds);
    await assertRoom(trx, scope.organizationId, roomId);
    if (input.dosing) {
      const clearance = await clearanceFor(trx, scope.organizationId, enrollment, times.startsAt);
      if (!clearance.cleared)
        throw conflict(
          'dosing-needs-clearance',
          { reasons: clearance.reasons.join(' ') },
          {
            reasons: clearance.reasons,
            codes: clearance.codes,
          },
        );
    }
    const id = randomUUID();
    refuseConflicts(
      await conflictsOfCandidate(trx, scope.organizationId, {
        id,
        ...times,
        roomId,
        facilitatorIds: input.facilitatorIds,
        clientIds: [enrollment.client_id],
        attendeeCount: 1,
      }),
    );
    const now = new Date().toISOString();
    await repo.insertExtraSession(
      trx,
      scope.organizationId,
      {
        id,
        programId: enrollment.program_id,
        cohortId: enrollment.cohort_id,
        enrollmentId: enrollment.id,
        name,
        phase: input.phase,
        plannedDose: input.dosing
          ? JSON.stringify({ ...input.dosing, substance: input.dosing.substance.trim() })
          : null,
        ...times,
        roomId,
      },
      now,
    );
    await repo.replaceFacilitators(trx, scope.organizationId, id, input.facilitatorIds);
    await addAttendee(trx, scope.organizationId, id, {
      enrollmentId: enrollment.id,
      clientId: enrollment.client_id,
      booking: 'booked',
    });
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.create',
      entityType: 'session',
      entityId: id,
      details: { enrollmentId: enrollment.id, clientId: enrollment.client_id, dosing: Boolean(input.dosing) },
    });
    await sessionChanged(
      ctx,
      trx,
      { organizationId: scope.organizationId, sessionId: id, version: 1 },
      'session-booked',
      now,
    );
    return detailOf(trx, scope, id);
  });
}

function assertChangeable(row: repo.SessionRow) {
  if (row.status === 'cancelled') throw conflict('session-cancelled');
}

export async function reschedule(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: Reschedule,
): Promise<SessionDetail> {
  const times = sessionTimes(input.startsAt, input.endsAt);
  const reason = input.reason.trim();
  if (!reason) throw invalid('reason', 'blank');
  return transaction(ctx, async (trx) => {
    const row = await loadForWrite(trx, scope, id, input.version);
    assertChangeable(row);
    if (await repo.countDosingRecords(trx, scope.organizationId, id)) throw conflict('session-dosed-no-move');
    const [facilitators, attendees] = await Promise.all([
      repo.facilitatorsOf(trx, scope.organizationId, [id]),
      repo.attendeeRefsOf(trx, scope.organizationId, [id]),
    ]);
    refuseConflicts(
      await conflictsOfCandidate(trx, scope.organizationId, {
        id,
        ...times,
        roomId: row.room_id,
        facilitatorIds: facilitators.map((f) => f.user_id),
        clientIds: [...new Set(attendees.map((a) => a.client_id))],
        attendeeCount: attendees.length,
      }),
    );
    const now = new Date().toISOString();
    if (
      !(await repo.updateSession(
        trx,
        scope.organizationId,
        id,
        input.version,
        { starts_at: times.startsAt, ends_at: times.endsAt, status_reason: reason },
        now,
      ))
    )
      throw await stale(trx, scope, id, input.version, row.version);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.reschedule',
      entityType: 'session',
      entityId: id,
      details: {
        from: { startsAt: row.starts_at, endsAt: row.ends_at },
        to: times,
        fields: ['startsAt', 'endsAt', 'statusReason'],
        version: input.version + 1,
      },
    });
    // A session whose time had already passed (one planned before the client joined, or not held)
    // was never an appointment to them: moved ahead, it is news as a booking, not as a move.
    const wasAhead = Date.parse(row.starts_at) > Date.parse(now);
    await sessionChanged(
      ctx,
      trx,
      {
        organizationId: scope.organizationId,
        sessionId: id,
        version: input.version + 1,
        ...(wasAhead ? { previousStartsAt: row.starts_at } : {}),
      },
      wasAhead ? 'session-moved' : 'session-booked',
      now,
    );
    return detailOf(trx, scope, id);
  });
}

export async function cancel(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: Cancel,
): Promise<SessionDetail> {
  const reason = input.reason.trim();
  if (!reason) throw invalid('reason', 'blank');
  return transaction(ctx, async (trx) => {
    const row = await loadForWrite(trx, scope, id, input.version);
    assertChangeable(row);
    if (await repo.countDosingRecords(trx, scope.organizationId, id))
      throw conflict('session-dosed-no-cancel');
    const now = new Date().toISOString();
    if (
      !(await repo.updateSession(
        trx,
        scope.organizationId,
        id,
        input.version,
        { status: 'cancelled', status_reason: reason },
        now,
      ))
    )
      throw await stale(trx, scope, id, input.version, row.version);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.cancel',
      entityType: 'session',
      entityId: id,
      details: {
        from: { status: row.status },
        to: { status: 'cancelled' },
        fields: ['status', 'statusReason'],
        version: input.version + 1,
      },
    });
    await sessionChanged(
      ctx,
      trx,
      { organizationId: scope.organizationId, sessionId: id, version: input.version + 1 },
      'session-cancelled',
      now,
    );
    return detailOf(trx, scope, id);
  });
}

export async function setFacilitators(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: { userIds: string[]; version: number },
): Promise<SessionDetail> {
  return transaction(ctx, async (trx) => {
    const row = await loadForWrite(trx, scope, id, input.version);
    assertChangeable(row);
    await assertMembers(trx, scope.organizationId, 'userIds', input.userIds);
    const before = (await repo.facilitatorsOf(trx, scope.organizationId, [id])).map((f) => f.user_id);
    const added = input.userIds.filter((u) => !before.includes(u));
    const conflicts = await conflictsOfCandidate(trx, scope.organizationId, {
      id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      roomId: row.room_id,
      facilitatorIds: added,
      clientIds: [],
      attendeeCount: 0,
    });
    refuseConflicts(conflicts, new Set(['facilitator-double-booked']));
    const now = new Date().toISOString();
    if (!(await repo.updateSession(trx, scope.organizationId, id, input.version, {}, now)))
      throw await stale(trx, scope, id, input.version, row.version);
    await repo.replaceFacilitators(trx, scope.organizationId, id, input.userIds);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.facilitators',
      entityType: 'session',
      entityId: id,
      details: {
        from: before,
        to: input.userIds,
        version: input.version + 1,
      },
    });
    return detailOf(trx, scope, id);
  });
}

export async function setAttendance(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: AttendanceInput,
): Promise<SessionDetail> {
  return transaction(ctx, async (trx) => {
    const row = await loadForWrite(trx, scope, id, null);
    assertChangeable(row);
    const attendee = await repo.getAttendee(trx, scope.organizationId, id, input.enrollmentId);
    if (!attendee) throw invalid('enrollmentId', 'not-attendee');
    if (input.attendance !== 'excused' && Date.parse(row.starts_at) > Date.now())
      throw conflict('session-not-started');
    const now = new Date().toISOString();
    await repo.setAttendance(
      trx,
      scope.organizationId,
      id,
      input.enrollmentId,
      input.attendance,
      scope.actor.userId,
      now,
    );
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.attendance',
      entityType: 'session',
      entityId: id,
      details: {
        enrollmentId: input.enrollmentId,
        clientId: attendee.client_id,
        from: attendee.attendance,
        to: input.attendance,
      },
    });
    // Attending may start the client's care (consented → active) or end it (src/domain/programs/auto-status.ts).
    await advanceEnrollment(ctx, trx, scope.organizationId, input.enrollmentId, now);
    return detailOf(trx, scope, id);
  });
}

export async function setNote(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
  input: { note: string; version: number },
): Promise<SessionDetail> {
  const note = input.note.trim() || null;
  return transaction(ctx, async (trx) => {
    const row = await loadForWrite(trx, scope, id, input.version);
    const now = new Date().toISOString();
    const patch = note
      ? { note, note_by_user_id: scope.actor.userId, note_at: now }
      : { note: null, note_by_user_id: null, note_at: null };
    if (!(await repo.updateSession(trx, scope.organizationId, id, input.version, patch, now)))
      throw await stale(trx, scope, id, input.version, row.version);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'session.note',
      entityType: 'session',
      entityId: id,
      details: { fields: ['note'], cleared: note === null, version: input.version + 1 },
    });
    return detailOf(trx, scope, id);
  });
}
