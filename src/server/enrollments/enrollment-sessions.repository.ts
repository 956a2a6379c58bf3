/** The enrollment's sessions as enrollment changes touch them (enrolling, leaving, a new facilitator). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The cohort's group sessions an enrollment of `arm` attends (not cancelled). */
export async function cohortGroupSessions(db: Kysely<Database>, organizationId: string, cohortId: string) {
  return db
    .selectFrom('program_sessions')
    .select(['id', 'dosing', 'arms', 'starts_at'])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('enrollment_id', 'is', null)
    .where('status', '=', 'scheduled')
    .orderBy('starts_at')
    .execute();
}

/** Cancels the enrollment's personal sessions that start after `now`. Returns how many. */
export async function cancelFuturePersonalSessions(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  reason: string,
  now: string,
): Promise<number> {
  const r = await db
    .updateTable('program_sessions')
    .set((eb) => ({
      status: 'cancelled',
      status_reason: reason,
      version: eb('version', '+', 1),
      updated_at: now,
    }))
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Takes the enrollment off the group sessions that start after `now`. Returns how many. */
export async function leaveFutureGroupSessions(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  now: string,
): Promise<number> {
  const future = await db
    .selectFrom('session_attendees as a')
    .innerJoin('program_sessions as s', 's.id', 'a.session_id')
    .select('a.session_id')
    .where('a.organization_id', '=', organizationId)
    .where('s.organization_id', '=', organizationId)
    .where('a.enrollment_id', '=', enrollmentId)
    .where('s.enrollment_id', 'is', null)
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', now)
    .execute();
  const ids = future.map((f) => f.session_id);
  if (!ids.length) return 0;
  await db
    .deleteFrom('session_attendees')
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('session_id', 'in', ids)
    .execute();
  return ids.length;
}

/** The enrollment's personal sessions still scheduled after `now`, in time order. */
export const futurePersonalSessions = (
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
  now: string,
) =>
  db
    .selectFrom('program_sessions')
    .select(['id', 'starts_at', 'ends_at'])
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('kind', '=', 'personal')
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
