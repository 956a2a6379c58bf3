import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The evidence library's stored studies: installation-wide (published literature is not client
 * data, so no organization column). Built-in records live in code; this table holds imported and
 * curated ones, each as its whole record (JSON) with folded search text and an edit version.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('studies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('builtin', 'imported', 'curated')`))
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}
