import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * A program's outcome columns (src/server/outcomes/columns.ts) as last held in memory, stored in a
 * compact binary form (src/server/outcomes/snapshot.ts) with the program's epoch and revision at
 * that moment. After a restart the first dashboard view reads this one row instead of every derived
 * row of the program, then only what was derived since (the cache's usual incremental read). A
 * snapshot of another epoch is never used, and is deleted when the epoch moves (an enrollment left:
 * a client archived or erased), so an erased client's scores do not outlive the erasure here.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('outcome_snapshots')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('epoch', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('format', 'integer', (c) => c.notNull())
    .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('outcome_snapshots_pk', ['organization_id', 'program_id'] as never)
    .execute();
}
