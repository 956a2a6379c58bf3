/** Queries of accommodation (rooms, beds, stays, guests' needs, allocations). Organization id first. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const listRooms = (db: Db, org: string) =>
  db
    .selectFrom('lodging_rooms')
    .selectAll()
    .where('organization_id', '=', org)
    .where('archived_at', 'is', null)
    .orderBy('name')
    .execute();

export const listBeds = (db: Db, org: string) =>
  db
    .selectFrom('lodging_beds')
    .selectAll()
    .where('organization_id', '=', org)
    .where('archived_at', 'is', null)
    .orderBy('label')
    .execute();

export const getStay = (db: Db, org: string, cohortId: string) =>
  db
    .selectFrom('lodging_stays')
    .selectAll()
    .where('organization_id', '=', org)
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();

export const getCohort = (db: Db, org: string, cohortId: string) =>
  db
    .selectFrom('cohorts')
    .select(['id', 'name', 'start_date', 'location', 'cancelled_at'])
    .where('organization_id', '=', org)
    .where('id', '=', cohortId)
    .executeTakeFirst();

/** The cohort's guests: its open enrollments with the client, their needs and their bed. */
export const cohortGuests = (db: Db, org: string, cohortId: string, statuses: readonly string[]) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').onRef('c.organization_id', '=', 'e.organization_id'),
    )
    .leftJoin('lodging_guests as g', (j) =>
      j.onRef('g.enrollment_id', '=', 'e.id').onRef('g.organization_id', '=', 'e.organization_id'),
    )
    .leftJoin('bed_assignments as a', (j) =>
      j
        .onRef('a.enrollment_id', '=', 'e.id')
        .onRef('a.organization_id', '=', 'e.organization_id')
        .onRef('a.cohort_id', '=', 'e.cohort_id'),
    )
    .select([
      'e.id as enrollment_id',
      'e.client_id',
      'c.given_name',
      'c.family_name',
      'c.gender',
      'c.sex_at_birth',
      'c.language',
      'g.diet',
      'g.access_needs',
      'g.needs_accessible_room',
      'g.roommate_client_id',
      'a.bed_id',
    ])
    .where('e.organization_id', '=', org)
    .where('e.cohort_id', '=', cohortId)
    .where('e.status', 'in', [...statuses])
    .orderBy('c.family_name')
    .orderBy('c.given_name')
    .orderBy('e.id')
    .execute();

/** The stays of every allocation of these beds in other cohorts (for the night overlap check). */
export const bedStaysElsewhere = (db: Db, org: string, cohortId: string, bedIds: readonly string[]) =>
  bedIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('bed_assignments as a')
        .innerJoin('lodging_stays as s', (j) =>
          j.onRef('s.cohort_id', '=', 'a.cohort_id').onRef('s.organization_id', '=', 'a.organization_id'),
        )
        .select(['a.bed_id', 's.arrival_date', 's.departure_date'])
        .where('a.organization_id', '=', org)
        .where('a.cohort_id', '!=', cohortId)
        .where('a.bed_id', 'in', [...bedIds])
        .execute();

/**
 * Takes the bed row's write lock for the rest of the transaction (a no-op update): two
 * allocations of one bed, in one cohort or two, then run one after the other.
 */
export async function lockBed(db: Db, org: string, bedId: string): Promise<boolean> {
  const r = await db
    .updateTable('lodging_beds')
    .set((eb) => ({ label: eb.ref('label') }))
    .where('organization_id', '=', org)
    .where('id', '=', bedId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const bedAssignment = (db: Db, org: string, cohortId: string, bedId: string) =>
  db
    .selectFrom('bed_assignments')
    .select(['id', 'enrollment_id'])
    .where('organization_id', '=', org)
    .where('cohort_id', '=', cohortId)
    .where('bed_id', '=', bedId)
    .executeTakeFirst();

export async function deleteAssignment(
  db: Db,
  org: string,
  cohortId: string,
  enrollmentId: string,
): Promise<number> {
  const r = await db
    .deleteFrom('bed_assignments')
    .where('organization_id', '=', org)
    .where('cohort_id', '=', cohortId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
