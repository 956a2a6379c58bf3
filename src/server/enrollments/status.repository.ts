/**
 * An enrollment's status moves: the guarded status change, its event history, and the
 * enrollments whose status may move by itself (auto-status.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Changes the status only if the stored version is still `version`. */
export async function setStatus(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  s: { status: string; reason: string | null },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('enrollments')
    .set({
      status: s.status,
      status_reason: s.reason,
      status_changed_at: now,
      version: version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvent(
  db: Kysely<Database>,
  organizationId: string,
  e: {
    id: string;
    enrollmentId: string;
    from: string | null;
    to: string;
    reason: string | null;
    userId: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('enrollment_events')
    .values({
      id: e.id,
      organization_id: organizationId,
      enrollment_id: e.enrollmentId,
      from_status: e.from,
      to_status: e.to,
      reason: e.reason,
      user_id: e.userId,
      at: now,
    })
    .execute();
}

export const listEvents = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('enrollment_events as v')
    .leftJoin('users as u', 'u.id', 'v.user_id')
    .selectAll('v')
    .select('u.name as user_name')
    .where('v.organization_id', '=', organizationId)
    .where('v.enrollment_id', '=', enrollmentId)
    .orderBy('v.at')
    .orderBy('v.id')
    .execute();

/**
 * Enrollments of every organization whose status may move by itself now (the rule decides):
 * consented ones with a session attended or started, active ones with no session still to end.
 * Clients archived or restricted are left alone.
 */
export const enrollmentsMaybeDue = (db: Kysely<Database>, now: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').onRef('c.organization_id', '=', 'e.organization_id'),
    )
    .select(['e.id', 'e.organization_id'])
    .where('c.archived_at', 'is', null)
    .where('c.restricted_at', 'is', null)
    .where((eb) => {
      const sessionsOf = () =>
        eb
          .selectFrom('session_attendees as a')
          .innerJoin('program_sessions as s', (j) =>
            j.onRef('s.id', '=', 'a.session_id').onRef('s.organization_id', '=', 'a.organization_id'),
          )
          .select('a.session_id')
          .whereRef('a.enrollment_id', '=', 'e.id')
          .whereRef('a.organization_id', '=', 'e.organization_id')
          .where('s.status', '!=', 'cancelled');
      return eb.or([
        eb.and([
          eb('e.status', '=', 'consented'),
          eb.exists(
            sessionsOf().where((w) => w.or([w('a.attendance', '=', 'attended'), w('s.starts_at', '<', now)])),
          ),
        ]),
        eb.and([
          eb('e.status', '=', 'active'),
          eb.exists(sessionsOf()),
          eb.not(eb.exists(sessionsOf().where('s.ends_at', '>', now))),
        ]),
      ]);
    })
    .orderBy('e.organization_id')
    .orderBy('e.id')
    .execute();
