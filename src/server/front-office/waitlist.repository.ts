/** The waitlist: who waits for a cohort, in which order, and their moves. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { countPerCohort } from './cohort-counts.repository.ts';

type Db = Kysely<Database>;

/** People waiting, per cohort. */
export const waitingCounts = (
  db: Db,
  organizationId: string,
  cohortIds: string[],
): Promise<Map<string, number>> =>
  countPerCohort(db, 'waitlist_entries', organizationId, cohortIds, ['waiting']);

export async function insertWaitlistEntry(
  db: Db,
  organizationId: string,
  e: { id: string; cohortId: string; applicationId: string; clientId: string },
  now: string,
): Promise<number> {
  const last = await db
    .selectFrom('waitlist_entries')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', e.cohortId)
    .executeTakeFirst();
  const position = Number(last?.p ?? 0) + 1;
  await db
    .insertInto('waitlist_entries')
    .values({
      id: e.id,
      organization_id: organizationId,
      cohort_id: e.cohortId,
      application_id: e.applicationId,
      client_id: e.clientId,
      position,
      status: 'waiting',
      joined_at: now,
      left_at: null,
      left_reason: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return position;
}

/** The first person waiting for a cohort. */
export const nextWaiting = (db: Db, organizationId: string, cohortId: string) =>
  db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('cohort_id', '=', cohortId)
    .where('status', '=', 'waiting')
    .orderBy('position')
    .orderBy('joined_at')
    .limit(1)
    .executeTakeFirst();

export async function setWaitlistStatus(
  db: Db,
  organizationId: string,
  id: string,
  status: 'waiting' | 'offered' | 'left',
  reason: string | null,
  now: string,
) {
  await db
    .updateTable('waitlist_entries')
    .set({ status, updated_at: now, ...(status === 'left' ? { left_at: now, left_reason: reason } : {}) })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
