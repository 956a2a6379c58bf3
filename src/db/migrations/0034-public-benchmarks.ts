import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Published outcome summaries (issue 19, part 7): an organization's opt-in to show one program's
 * outcomes publicly, with the instrument, the public minimum cell size and the studies shown
 * beside it (JSON list of library ids). No row: nothing is published.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('public_benchmarks')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('min_cell_size', 'integer', (c) => c.notNull())
    .addColumn('study_ids', 'text', (c) => c.notNull())
    .addColumn('published_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('published_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('public_benchmarks_pk', ['organization_id', 'program_id'])
    .execute();
}
