/**
 * Enrollment rows: the summaries staff read, the client's open enrollments, a new enrollment and
 * the client lock that keeps one open enrollment per program. Status moves, screenings, consents,
 * sessions and facilitators have their own *.repository.ts beside this one. Every function takes
 * the organization id first.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, EnrollmentTable } from '../../db/schema.ts';

export type EnrollmentRow = Selectable<EnrollmentTable>;

/** Statuses in which a client is in a program (a second enrollment in it is refused). */
export const OPEN_STATUSES = ['referred', 'screening', 'eligible', 'consented', 'active'];

const summaryQuery = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').on('c.organization_id', '=', organizationId),
    )
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'e.program_id').on('p.organization_id', '=', organizationId),
    )
    .leftJoin('cohorts as k', 'k.id', 'e.cohort_id')
    .selectAll('e')
    .select([
      'c.given_name',
      'c.family_name',
      'c.preferred_name',
      'p.name as program_name',
      'k.name as cohort_name',
    ])
    .where('e.organization_id', '=', organizationId);

export type EnrollmentSummaryRow = Awaited<ReturnType<typeof getEnrollmentSummary>> & {};

export const getEnrollmentSummary = (db: Kysely<Database>, organizationId: string, id: string) =>
  summaryQuery(db, organizationId).where('e.id', '=', id).executeTakeFirst();

export function listEnrollments(
  db: Kysely<Database>,
  organizationId: string,
  f: {
    clientId?: string | undefined;
    cohortId?: string | undefined;
    programId?: string | undefined;
    status?: string | undefined;
  },
) {
  let q = summaryQuery(db, organizationId);
  if (f.clientId) q = q.where('e.client_id', '=', f.clientId);
  if (f.cohortId) q = q.where('e.cohort_id', '=', f.cohortId);
  if (f.programId) q = q.where('e.program_id', '=', f.programId);
  if (f.status) q = q.where('e.status', '=', f.status);
  return q.orderBy('e.start_date', 'desc').orderBy('c.family_name').orderBy('e.id').limit(1000).execute();
}

export const getEnrollment = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('enrollments')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The client's enrollments in a program that are still open (not completed, withdrawn or ineligible). */
export const openEnrollments = (
  db: Kysely<Database>,
  organizationId: string,
  clientId: string,
  programId: string,
) =>
  db
    .selectFrom('enrollments')
    .select(['id', 'status'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('program_id', '=', programId)
    .where('status', 'in', OPEN_STATUSES)
    .execute();

export async function insertEnrollment(
  db: Kysely<Database>,
  organizationId: string,
  e: {
    id: string;
    clientId: string;
    programId: string;
    programVersion: number;
    cohortId: string | null;
    arm: string | null;
    condition: string | null;
    startDate: string;
    status: string;
    facilitatorId: string | null;
  },
  now: string,
): Promise<void> {
  await db
    .insertInto('enrollments')
    .values({
      id: e.id,
      organization_id: organizationId,
      client_id: e.clientId,
      program_id: e.programId,
      program_version: e.programVersion,
      cohort_id: e.cohortId,
      arm: e.arm,
      condition: e.condition,
      start_date: e.startDate,
      status: e.status,
      status_reason: null,
      status_changed_at: now,
      facilitator_user_id: e.facilitatorId,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Takes the client row's write lock for the rest of the transaction (one open enrollment per program). */
export async function lockClient(
  db: Kysely<Database>,
  organizationId: string,
  clientId: string,
): Promise<void> {
  await db
    .updateTable('clients')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('organization_id', '=', organizationId)
    .where('id', '=', clientId)
    .execute();
}
