/** Cohorts, their facilitators, roster and group sessions. Every function takes the organization id first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Enrollment statuses that hold a place in a cohort: every one but withdrawn (an ineligible client
 * may be screened again, so their place is freed by withdrawing them).
 */
export const PLACE_HOLDING = [
  'referred',
  'screening',
  'eligible',
  'ineligible',
  'consented',
  'active',
  'completed',
];

const cohortQuery = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('cohorts as c')
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'c.program_id').on('p.organization_id', '=', organizationId),
    )
    .leftJoin('rooms as r', 'r.id', 'c.room_id')
    .selectAll('c')
    .select(['p.name as program_name', 'r.name as room_name', 'r.capacity as room_capacity'])
    .where('c.organization_id', '=', organizationId);

export type CohortRow = Awaited<ReturnType<typeof getCohort>> & {};

export const getCohort = (db: Kysely<Database>, organizationId: string, id: string) =>
  cohortQuery(db, organizationId).where('c.id', '=', id).executeTakeFirst();

export function listCohorts(db: Kysely<Database>, organizationId: string, programId: string | undefined) {
  let q = cohortQuery(db, organizationId);
  if (programId) q = q.where('c.program_id', '=', programId);
  return q.orderBy('c.start_date', 'desc').orderBy('c.name').orderBy('c.id').execute();
}

export async function facilitatorsOf(db: Kysely<Database>, organizationId: string, cohortIds: string[]) {
  if (!cohortIds.length) return [];
  return db
    .selectFrom('cohort_facilitators as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.cohort_id', 'f.user_id', 'u.name'])
    .where('f.organization_id', '=', organizationId)
    .where('f.cohort_id', 'in', cohortIds)
    .orderBy('u.name')
    .execute();
}

/** Places taken in each cohort. */
export async function enrolledCounts(
  db: Kysely<Database>,
  organizationId: string,
  cohortIds: string[],
): Promise<Map<string, number>> {
  if (!cohortIds.length) return new Map();
  const rows = await db
    .selectFrom('enrollments')
    .select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', 'in', cohortIds)
    .where('status', 'in', PLACE_HOLDING)
    .groupBy('cohort_id')
    .execute();
  return new Map(rows.map((r) => [r.cohort_id!, Number(r.n)]));
}

export async function insertCohort(
  db: Kysely<Database>,
  organizationId: string,
  c: {
    id: string;
    programId: string;
    programVersion: number;
    name: string;
    startDate: string;
    location: string | null;
    roomId: string | null;
    capacity: number;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('cohorts')
    .values({
      id: c.id,
      organization_id: organizationId,
      program_id: c.programId,
      program_version: c.programVersion,
      name: c.name,
      start_date: c.startDate,
      location: c.location,
      room_id: c.roomId,
      capacity: c.capacity,
      version: 1,
      cancelled_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateCohort(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  c: { name: string; location: string | null; roomId: string | null; capacity: number },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('cohorts')
    .set({
      name: c.name,
      location: c.location,
      room_id: c.roomId,
      capacity: c.capacity,
      version: version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Takes the cohort row's write lock for the rest of the transaction (capacity checks). */
export async function lockCohort(db: Kysely<Database>, organizationId: string, id: string): Promise<void> {
  await db
    .updateTable('cohorts')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function setFacilitators(
  db: Kysely<Database>,
  organizationId: string,
  cohortId: string,
  userIds: string[],
): Promise<void> {
  await db
    .deleteFrom('cohort_facilitators')
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .execute();
  if (userIds.length)
    await db
      .insertInto('cohort_facilitators')
      .values(userIds.map((u) => ({ cohort_id: cohortId, organization_id: organizationId, user_id: u })))
      .execute();
}

export const roster = (db: Kysely<Database>, organizationId: string, cohortId: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').on('c.organization_id', '=', organizationId),
    )
    .select([
      'e.id as enrollment_id',
      'e.client_id',
      'e.arm',
      'e.status',
      'c.given_name',
      'c.family_name',
      'c.preferred_name',
    ])
    .where('e.organization_id', '=', organizationId)
    .where('e.cohort_id', '=', cohortId)
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .orderBy('e.id')
    .execute();

/** The cohort's group sessions (personal sessions of its clients are not listed). */
export const groupSessions = (db: Kysely<Database>, organizationId: string, cohortId: string) =>
  db
    .selectFrom('program_sessions')
    .select(['id', 'name', 'phase', 'kind', 'dosing', 'starts_at', 'ends_at', 'status', 'arms'])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('enrollment_id', 'is', null)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();

/** Future scheduled group sessions of a cohort take a new room and facilitators; their versions move on. */
export async function reassignFutureGroupSessions(
  db: Kysely<Database>,
  organizationId: string,
  cohortId: string,
  change: { roomId: string | null; facilitatorIds: string[] | null },
  now: string,
): Promise<number> {
  const sessions = await db
    .selectFrom('program_sessions')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('enrollment_id', 'is', null)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now)
    .execute();
  const ids = sessions.map((s) => s.id);
  if (!ids.length) return 0;
  await db
    .updateTable('program_sessions')
    .set((eb) => ({ room_id: change.roomId, version: eb('version', '+', 1), updated_at: now }))
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();
  if (change.facilitatorIds) {
    await db
      .deleteFrom('session_facilitators')
      .where('organization_id', '=', organizationId)
      .where('session_id', 'in', ids)
      .execute();
    const rows = ids.flatMap((id) =>
      change.facilitatorIds!.map((u) => ({ session_id: id, organization_id: organizationId, user_id: u })),
    );
    if (rows.length) await db.insertInto('session_facilitators').values(rows).execute();
  }
  return ids.length;
}

/** Members of the organization among `userIds`, with their roles (disabled accounts excluded). */
export const activeMembers = (db: Kysely<Database>, organizationId: string, userIds: string[]) =>
  userIds.length
    ? db
        .selectFrom('memberships as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.user_id', 'm.role'])
        .where('m.organization_id', '=', organizationId)
        .where('m.user_id', 'in', userIds)
        .where('u.disabled_at', 'is', null)
        .execute()
    : Promise.resolve([]);

/** Active members with one of these roles: id, name and role only (the staffing picker). */
export const staffWithRoles = (db: Kysely<Database>, organizationId: string, roles: readonly string[]) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'u.name'])
    .where('m.organization_id', '=', organizationId)
    .where('m.role', 'in', [...roles])
    .where('u.disabled_at', 'is', null)
    .orderBy('u.name')
    .orderBy('m.user_id')
    .execute();
