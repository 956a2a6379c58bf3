/** Rows per cohort in a front-office table, by status: places held by offers, people waiting. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export async function countPerCohort(
  db: Db,
  table: 'offers' | 'waitlist_entries',
  organizationId: string,
  cohortIds: string[],
  statuses: readonly string[],
): Promise<Map<string, number>> {
  if (!cohortIds.length) return new Map();
  const rows = await db
    .selectFrom(table)
    .select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('cohort_id', 'in', cohortIds)
    .where('status', 'in', [...statuses])
    .groupBy('cohort_id')
    .execute();
  return new Map(rows.map((r) => [r.cohort_id, Number(r.n)]));
}
