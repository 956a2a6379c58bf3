/** Retreat listings: a cohort's listing, and the published offerings the public reads. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const getListing = (db: Db, organizationId: string, cohortId: string) =>
  db
    .selectFrom('cohort_listings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();
export type ListingRow = NonNullable<Awaited<ReturnType<typeof getListing>>>;

export interface ListingColumns {
  published: number;
  published_at: string | null;
  end_date: string | null;
  currency: string;
  price_minor: number;
  deposit_minor: number;
  balance_due_date: string | null;
  cancellation_tiers: string;
  places: number;
  waitlist_size: number;
  hold_days: number;
  updated_by_user_id: string | null;
}

export async function insertListing(
  db: Db,
  organizationId: string,
  cohortId: string,
  c: ListingColumns,
  now: string,
) {
  await db
    .insertInto('cohort_listings')
    .values({
      cohort_id: cohortId,
      organization_id: organizationId,
      ...c,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Writes only if the stored version is still `version`. */
export async function updateListing(
  db: Db,
  organizationId: string,
  cohortId: string,
  version: number,
  c: ListingColumns,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('cohort_listings')
    .set({ ...c, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Published listings of cohorts not cancelled that start after `today`, soonest first. */
export const publishedOfferings = (db: Db, organizationId: string, today: string) =>
  db
    .selectFrom('cohort_listings as l')
    .innerJoin('cohorts as c', (j) =>
      j.onRef('c.id', '=', 'l.cohort_id').on('c.organization_id', '=', organizationId),
    )
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'c.program_id').on('p.organization_id', '=', organizationId),
    )
    .selectAll('l')
    .select([
      'c.start_date',
      'c.location',
      'c.cancelled_at',
      'c.program_id',
      'c.program_version',
      'p.name as program_name',
    ])
    .where('l.organization_id', '=', organizationId)
    .where('l.published', '=', 1)
    .where('c.cancelled_at', 'is', null)
    .where('c.start_date', '>', today)
    .orderBy('c.start_date')
    .orderBy('c.id')
    .execute();
