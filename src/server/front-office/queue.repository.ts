/** The intake queue: applications with their client, cohort, offers, waitlist entries and first view. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

/** The queue: applications with their client and cohort, oldest submission first. */
export function listApplications(
  db: Db,
  organizationId: string,
  q: { status?: string | undefined; cohortId?: string | undefined; id?: string },
) {
  let query = db
    .selectFrom('applications as a')
    .innerJoin('clients as cl', (j) =>
      j.onRef('cl.id', '=', 'a.client_id').on('cl.organization_id', '=', organizationId),
    )
    .innerJoin('cohorts as c', (j) =>
      j.onRef('c.id', '=', 'a.cohort_id').on('c.organization_id', '=', organizationId),
    )
    .leftJoin('users as u', 'u.id', 'a.decided_by_user_id')
    .selectAll('a')
    .select([
      'cl.given_name',
      'cl.family_name',
      'cl.preferred_name',
      'cl.email',
      'cl.date_of_birth',
      'cl.restricted_at',
      'c.name as cohort_name',
      'c.start_date',
      'c.program_id',
      'u.name as decided_by_name',
    ])
    .where('a.organization_id', '=', organizationId);
  if (q.status) query = query.where('a.status', '=', q.status);
  if (q.cohortId) query = query.where('a.cohort_id', '=', q.cohortId);
  if (q.id) query = query.where('a.id', '=', q.id);
  return query.orderBy('a.submitted_at').orderBy('a.id').limit(500).execute();
}
export type QueueRow = Awaited<ReturnType<typeof listApplications>>[number];

export const offersOf = (db: Db, organizationId: string, applicationIds: string[]) =>
  applicationIds.length
    ? db
        .selectFrom('offers')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('application_id', 'in', applicationIds)
        .orderBy('offered_at', 'desc')
        .execute()
    : Promise.resolve([]);

export const waitlistOf = (db: Db, organizationId: string, applicationIds: string[]) =>
  applicationIds.length
    ? db
        .selectFrom('waitlist_entries')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('application_id', 'in', applicationIds)
        .execute()
    : Promise.resolve([]);

/** When staff first opened each application (its first audited view): what makes it no longer new. */
export const firstOpened = async (db: Db, organizationId: string, applicationIds: string[]) =>
  new Map(
    (applicationIds.length
      ? await db
          .selectFrom('audit_events')
          .select(['entity_id', (eb) => eb.fn.min('at').as('at')])
          .where('organization_id', '=', organizationId)
          .where('action', '=', 'application.view')
          .where('entity_type', '=', 'application')
          .where('entity_id', 'in', applicationIds)
          .groupBy('entity_id')
          .execute()
      : []
    ).map((r) => [r.entity_id ?? '', String(r.at)]),
  );

/** Each waiting entry's place in line in its cohort (1 = the next offer), for the given cohorts. */
export async function placesInLine(db: Db, organizationId: string, cohortIds: string[]) {
  const rows = cohortIds.length
    ? await db
        .selectFrom('waitlist_entries')
        .select(['id', 'cohort_id'])
        .where('organization_id', '=', organizationId)
        .where('cohort_id', 'in', [...new Set(cohortIds)])
        .where('status', '=', 'waiting')
        .orderBy('cohort_id')
        .orderBy('position')
        .orderBy('joined_at')
        .execute()
    : [];
  const out = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const n = (counts.get(r.cohort_id) ?? 0) + 1;
    counts.set(r.cohort_id, n);
    out.set(r.id, n);
  }
  return out;
}
