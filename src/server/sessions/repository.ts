/**
 * Scheduled program sessions, their facilitators and attendees. Organization id first in every
 * function. (Inserting generated sessions lives in writer.ts, shared with cohorts and enrollments.)
 */
import type { Kysely, Selectable } from 'kysely';
import { DateTime } from 'luxon';
import type { Database, ProgramSessionTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

export type SessionRow = Selectable<ProgramSessionTable> & {
  program_name: string;
  cohort_name: string | null;
  room_name: string | null;
  room_capacity: number | null;
  note_by_name: string | null;
};

/** Rows per `in (…)` list (well under both databases' bound-parameter limits). */
const CHUNK = 500;

async function chunked<T, R>(items: T[], fn: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

/** How a client is named to staff: preferred (or given) name and family name. */
export const clientName = (c: { given_name: string; family_name: string; preferred_name: string | null }) =>
  `${c.preferred_name?.trim() || c.given_name} ${c.family_name}`;

const base = (db: Db, organizationId: string) =>
  db
    .selectFrom('program_sessions as s')
    .innerJoin('programs as p', 'p.id', 's.program_id')
    .leftJoin('cohorts as c', 'c.id', 's.cohort_id')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('users as nu', 'nu.id', 's.note_by_user_id')
    .selectAll('s')
    .select([
      'p.name as program_name',
      'c.name as cohort_name',
      'r.name as room_name',
      'r.capacity as room_capacity',
      'nu.name as note_by_name',
    ])
    .where('s.organization_id', '=', organizationId);

export const getSession = (db: Db, organizationId: string, id: string): Promise<SessionRow | undefined> =>
  base(db, organizationId).where('s.id', '=', id).executeTakeFirst();

export interface SessionFilter {
  from: string;
  to: string;
  facilitatorId?: string | undefined;
  roomId?: string | undefined;
  clientId?: string | undefined;
  cohortId?: string | undefined;
  includeCancelled: boolean;
}

/** Sessions overlapping [from, to), in time order. */
export function listSessions(db: Db, organizationId: string, f: SessionFilter): Promise<SessionRow[]> {
  let q = base(db, organizationId).where('s.starts_at', '<', f.to).where('s.ends_at', '>', f.from);
  if (!f.includeCancelled) q = q.where('s.status', '!=', 'cancelled');
  if (f.roomId) q = q.where('s.room_id', '=', f.roomId);
  if (f.cohortId) q = q.where('s.cohort_id', '=', f.cohortId);
  if (f.facilitatorId) {
    const userId = f.facilitatorId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('session_facilitators as sf')
          .select('sf.session_id')
          .whereRef('sf.session_id', '=', 's.id')
          .where('sf.organization_id', '=', organizationId)
          .where('sf.user_id', '=', userId),
      ),
    );
  }
  if (f.clientId) {
    const clientId = f.clientId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('session_attendees as sa')
          .select('sa.session_id')
          .whereRef('sa.session_id', '=', 's.id')
          .where('sa.organization_id', '=', organizationId)
          .where('sa.client_id', '=', clientId),
      ),
    );
  }
  return q.orderBy('s.starts_at').orderBy('s.id').execute();
}

/** The sessions an enrollment attends (personal and group), cancelled ones included, in time order. */
export function sessionsOfEnrollment(db: Db, organizationId: string, enrollmentId: string) {
  return base(db, organizationId)
    .innerJoin('session_attendees as sa', 'sa.session_id', 's.id')
    .select(['sa.booking as booking', 'sa.attendance as attendance'])
    .where('sa.organization_id', '=', organizationId)
    .where('sa.enrollment_id', '=', enrollmentId)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

export interface FacilitatorRow {
  session_id: string;
  user_id: string;
  name: string;
}

export const facilitatorsOf = (db: Db, organizationId: string, sessionIds: string[]) =>
  chunked(
    sessionIds,
    (ids): Promise<FacilitatorRow[]> =>
      db
        .selectFrom('session_facilitators as f')
        .innerJoin('users as u', 'u.id', 'f.user_id')
        .select(['f.session_id', 'f.user_id', 'u.name'])
        .where('f.organization_id', '=', organizationId)
        .where('f.session_id', 'in', ids)
        .orderBy('u.name')
        .orderBy('f.user_id')
        .execute(),
  );

export interface AttendeeRow {
  session_id: string;
  enrollment_id: string;
  client_id: string;
  booking: string;
  attendance: string | null;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
}

export const attendeesOf = (db: Db, organizationId: string, sessionIds: string[]) =>
  chunked(
    sessionIds,
    (ids): Promise<AttendeeRow[]> =>
      db
        .selectFrom('session_attendees as a')
        .innerJoin('clients as c', 'c.id', 'a.client_id')
        .select([
          'a.session_id',
          'a.enrollment_id',
          'a.client_id',
          'a.booking',
          'a.attendance',
          'c.given_name',
          'c.family_name',
          'c.preferred_name',
        ])
        .where('a.organization_id', '=', organizationId)
        .where('a.session_id', 'in', ids)
        .orderBy('c.family_name')
        .orderBy('c.given_name')
        .orderBy('a.enrollment_id')
        .execute(),
  );

/** Attendee counts and client ids of sessions, without names (for conflict checks). */
export const attendeeRefsOf = (db: Db, organizationId: string, sessionIds: string[]) =>
  chunked(sessionIds, (ids) =>
    db
      .selectFrom('session_attendees')
      .select(['session_id', 'client_id', 'enrollment_id'])
      .where('organization_id', '=', organizationId)
      .where('session_id', 'in', ids)
      .execute(),
  );

/** Non-cancelled sessions overlapping [from, to): the ones a session can conflict with. */
export const activeSessionsOverlapping = (db: Db, organizationId: string, from: string, to: string) =>
  db
    .selectFrom('program_sessions')
    .select(['id', 'starts_at', 'ends_at', 'room_id'])
    .where('organization_id', '=', organizationId)
    .where('status', '!=', 'cancelled')
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .execute();

export const roomsOf = (db: Db, organizationId: string) =>
  db
    .selectFrom('rooms')
    .select(['id', 'name', 'capacity', 'archived_at'])
    .where('organization_id', '=', organizationId)
    .execute();

export const getRoom = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('rooms')
    .select(['id', 'name', 'capacity', 'archived_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The ids among `userIds` that are members of the organization. */
export async function memberIds(db: Db, organizationId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('organization_id', '=', organizationId)
    .where('user_id', 'in', userIds)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

export interface DosingRefRow {
  id: string;
  session_id: string;
  enrollment_id: string;
  client_id: string;
  dose_mg: number;
  route: string;
  started_at: string;
}

export const dosingRefsOf = (db: Db, organizationId: string, sessionIds: string[]) =>
  chunked(
    sessionIds,
    (ids): Promise<DosingRefRow[]> =>
      db
        .selectFrom('dosing_records')
        .select(['id', 'session_id', 'enrollment_id', 'client_id', 'dose_mg', 'route', 'started_at'])
        .where('organization_id', '=', organizationId)
        .where('session_id', 'in', ids)
        .orderBy('started_at')
        .orderBy('id')
        .execute(),
  );

export async function countDosingRecords(db: Db, organizationId: string, sessionId: string): Promise<number> {
  const r = await db
    .selectFrom('dosing_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function getTimezone(db: Db, organizationId: string): Promise<string> {
  const o = await db
    .selectFrom('organizations')
    .select('timezone')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return o?.timezone ?? 'UTC';
}

/** Updates only when the stored version is still `version`; false when someone saved first. */
export async function updateSession(
  db: Db,
  organizationId: string,
  id: string,
  version: number,
  patch: Partial<{
    starts_at: string;
    ends_at: string;
    status: string;
    status_reason: string | null;
    note: string | null;
    note_by_user_id: string | null;
    note_at: string | null;
  }>,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('program_sessions')
    .set({ ...patch, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceFacilitators(
  db: Db,
  organizationId: string,
  sessionId: string,
  userIds: string[],
): Promise<void> {
  await db
    .deleteFrom('session_facilitators')
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .execute();
  if (userIds.length)
    await db
      .insertInto('session_facilitators')
      .values(userIds.map((u) => ({ session_id: sessionId, organization_id: organizationId, user_id: u })))
      .execute();
}

export const getAttendee = (db: Db, organizationId: string, sessionId: string, enrollmentId: string) =>
  db
    .selectFrom('session_attendees')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();

export async function setAttendance(
  db: Db,
  organizationId: string,
  sessionId: string,
  enrollmentId: string,
  attendance: string,
  userId: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('session_attendees')
    .set({ attendance, attendance_at: now, attendance_by_user_id: userId })
    .where('organization_id', '=', organizationId)
    .where('session_id', '=', sessionId)
    .where('enrollment_id', '=', enrollmentId)
    .execute();
}

export interface NewSession {
  id: string;
  programId: string;
  cohortId: string | null;
  enrollmentId: string;
  name: string;
  phase: string;
  plannedDose: string | null;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
}

/** An extra personal session scheduled by hand (not generated from a plan). */
export async function insertExtraSession(db: Db, organizationId: string, s: NewSession, now: string) {
  await db
    .insertInto('program_sessions')
    .values({
      id: s.id,
      organization_id: organizationId,
      program_id: s.programId,
      cohort_id: s.cohortId,
      enrollment_id: s.enrollmentId,
      plan_key: null,
      occurrence: 1,
      name: s.name,
      phase: s.phase,
      kind: 'personal',
      dosing: s.plannedDose ? 1 : 0,
      planned_dose: s.plannedDose,
      arms: null,
      starts_at: s.startsAt,
      ends_at: s.endsAt,
      room_id: s.roomId,
      status: 'scheduled',
      status_reason: null,
      note: null,
      note_by_user_id: null,
      note_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Names for conflict messages: members, clients, and the other sessions with their time and room. */
export async function conflictNames(
  db: Db,
  organizationId: string,
  userIds: string[],
  clientIds: string[],
  sessionIds: string[],
) {
  const [users, clients, sessions] = await Promise.all([
    userIds.length
      ? db
          .selectFrom('memberships as m')
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .select(['u.id', 'u.name'])
          .where('m.organization_id', '=', organizationId)
          .where('u.id', 'in', userIds)
          .execute()
      : [],
    chunked(clientIds, (ids) =>
      db
        .selectFrom('clients')
        .select(['id', 'given_name', 'family_name', 'preferred_name'])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', ids)
        .execute(),
    ),
    chunked(sessionIds, (ids) =>
      db
        .selectFrom('program_sessions as s')
        .leftJoin('rooms as r', 'r.id', 's.room_id')
        .select(['s.id', 's.name', 's.starts_at', 's.ends_at', 'r.name as room_name'])
        .where('s.organization_id', '=', organizationId)
        .where('s.id', 'in', ids)
        .execute(),
    ),
  ]);
  // Times as the organization reads them (its time zone), like the calendar shows them.
  const zone = await getTimezone(db, organizationId);
  const local = (iso: string, format: string) => {
    const t = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
    return (t.isValid ? t : DateTime.fromISO(iso, { zone: 'utc' })).toFormat(format);
  };
  return {
    users: new Map(users.map((u) => [u.id, u.name])),
    clients: new Map(clients.map((c) => [c.id, clientName(c)])),
    sessions: new Map(
      sessions.map((s) => [
        s.id,
        {
          name: s.name,
          room: s.room_name,
          when: `${local(s.starts_at, 'yyyy-MM-dd HH:mm')}–${local(s.ends_at, 'HH:mm')}`,
        },
      ]),
    ),
  };
}

/** Moves a session's version on (its facilitators changed outside updateSession). */
export async function bumpVersion(db: Db, organizationId: string, id: string, now: string): Promise<void> {
  await db
    .updateTable('program_sessions')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
