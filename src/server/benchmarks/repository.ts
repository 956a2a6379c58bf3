/** Published outcome summaries: one row per organization and program (migration 0034). */
import type { PublicBenchmarkTable } from '../../db/schema.ts';
import type { Tx } from '../context.ts';

export type BenchmarkRow = PublicBenchmarkTable;

export const getBenchmark = (db: Tx, organizationId: string, programId: string) =>
  db
    .selectFrom('public_benchmarks')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .executeTakeFirst();

/** Published programs of an organization, with their names, newest first. */
export const listPublished = (db: Tx, organizationId: string) =>
  db
    .selectFrom('public_benchmarks as b')
    .innerJoin('programs as p', (j) =>
      j.onRef('p.id', '=', 'b.program_id').onRef('p.organization_id', '=', 'b.organization_id'),
    )
    .select(['b.program_id', 'p.name', 'b.published_at'])
    .where('b.organization_id', '=', organizationId)
    .orderBy('b.published_at', 'desc')
    .orderBy('b.program_id')
    .execute();

export async function saveBenchmark(db: Tx, row: BenchmarkRow): Promise<void> {
  const { organization_id: _o, program_id: _p, ...changes } = row;
  await db
    .insertInto('public_benchmarks')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'program_id']).doUpdateSet(changes))
    .execute();
}

export async function deleteBenchmark(db: Tx, organizationId: string, programId: string): Promise<boolean> {
  const res = await db
    .deleteFrom('public_benchmarks')
    .where('organization_id', '=', organizationId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
