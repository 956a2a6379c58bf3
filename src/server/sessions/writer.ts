/**
 * The shared writes of scheduled program sessions: storing generated sessions with their
 * facilitators, adding attendees, and turning held dosing bookings into bookings once a client is
 * cleared. Used by cohorts and enrollments (server-programs) and by the session routes
 * (server-sessions). Each function runs inside the caller's transaction and takes the
 * organization id first; none of them audits (the caller audits the change it makes).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PlannedSession } from '../../domain/programs/types.ts';

export interface SessionOwner {
  programId: string;
  /** The cohort a group session belongs to (and, for a cohort program, a personal one). */
  cohortId: string | null;
  /** Set for a personal session; null for a cohort's group session. */
  enrollmentId: string | null;
  roomId: string | null;
  /** Assigned to every session inserted by this call. */
  facilitatorIds: string[];
}

export interface InsertedSession {
  id: string;
  planned: PlannedSession;
}

/** Rows per INSERT statement (well under both databases' bound-parameter limits). */
const CHUNK = 200;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Stores generated sessions as 'scheduled', with their facilitators. Returns the new ids in order. */
export async function insertPlannedSessions(
  trx: Kysely<Database>,
  organizationId: string,
  owner: SessionOwner,
  planned: PlannedSession[],
  now: string = new Date().toISOString(),
): Promise<InsertedSession[]> {
  const inserted = planned.map((p) => ({ id: randomUUID(), planned: p }));
  if (!inserted.length) return inserted;
  const rows = inserted.map(({ id, planned: p }) => ({
    id,
    organization_id: organizationId,
    program_id: owner.programId,
    cohort_id: owner.cohortId,
    enrollment_id: owner.enrollmentId,
    plan_key: p.planKey,
    occurrence: p.occurrence,
    name: p.name,
    phase: p.phase,
    kind: p.kind,
    dosing: p.dosing ? 1 : 0,
    planned_dose: p.dosing ? JSON.stringify(p.dosing) : null,
    arms: p.arms ? JSON.stringify(p.arms) : null,
    starts_at: p.startsAt,
    ends_at: p.endsAt,
    room_id: owner.roomId,
    status: 'scheduled',
    status_reason: null,
    note: null,
    note_by_user_id: null,
    note_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  await inChunks(rows, (chunk) => trx.insertInto('program_sessions').values(chunk).execute());
  const facilitators = inserted.flatMap(({ id }) =>
    [...new Set(owner.facilitatorIds)].map((userId) => ({
      session_id: id,
      organization_id: organizationId,
      user_id: userId,
    })),
  );
  await inChunks(facilitators, (chunk) => trx.insertInto('session_facilitators').values(chunk).execute());
  return inserted;
}

export interface AttendeeInput {
  enrollmentId: string;
  clientId: string;
  /** 'held' for a dosing session until the client is eligible and consented; else 'booked'. */
  booking: 'booked' | 'held';
}

export async function addAttendee(
  trx: Kysely<Database>,
  organizationId: string,
  sessionId: string,
  a: AttendeeInput,
): Promise<void> {
  await addAttendees(trx, organizationId, [{ sessionId, ...a }]);
}

/** Many attendee rows at once (an enrollment's sessions). */
export async function addAttendees(
  trx: Kysely<Database>,
  organizationId: string,
  rows: Array<AttendeeInput & { sessionId: string }>,
): Promise<void> {
  const values = rows.map((r) => ({
    session_id: r.sessionId,
    organization_id: organizationId,
    enrollment_id: r.enrollmentId,
    client_id: r.clientId,
    booking: r.booking,
    attendance: null,
    attendance_at: null,
    attendance_by_user_id: null,
  }));
  await inChunks(values, (chunk) => trx.insertInto('session_attendees').values(chunk).execute());
}

/**
 * Held bookings of an enrollment become booked (the client was cleared for dosing). Only sessions
 * still scheduled are touched. Returns the ids of the sessions whose booking changed.
 */
export async function releaseHeldBookings(
  trx: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<string[]> {
  const held = await trx
    .selectFrom('session_attendees as a')
    .innerJoin('program_sessions as s', 's.id', 'a.session_id')
    .select('a.session_id')
    .where('a.organization_id', '=', organizationId)
    .where('s.organization_id', '=', organizationId)
    .where('a.enrollment_id', '=', enrollmentId)
    .where('a.booking', '=', 'held')
    .where('s.status', '=', 'scheduled')
    .execute();
  const ids = held.map((h) => h.session_id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await trx
      .updateTable('session_attendees')
      .set({ booking: 'booked' })
      .where('organization_id', '=', organizationId)
      .where('enrollment_id', '=', enrollmentId)
      .where('session_id', 'in', ids.slice(i, i + CHUNK))
      .execute();
  }
  return ids;
}
