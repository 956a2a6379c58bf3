import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * PostgreSQL: room on each page for the new versions of rows updated on every write, so that an
 * update stays a HOT update (same page, no new index entry) and the page's own pruning reclaims the
 * old versions without VACUUM. `audit_anchor` (one row) is updated by every audited write;
 * `outcome_dirty` (one row per stale enrollment) by the triggers on every response and every
 * change an outcome depends on. Neither updates an indexed column. A lower fill factor also makes
 * PostgreSQL prune a page sooner (when less than the reserved share is free, instead of 10 %), so
 * the chain of versions an index lookup walks stays short. Measured in docs/PERFORMANCE.md
 * (PostgreSQL portal decay). SQLite rewrites a row in place: nothing to do.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const [table, fillfactor] of HOT_TABLES)
    await sql.raw(`ALTER TABLE ${table} SET (fillfactor = ${fillfactor})`).execute(db);
}

/** The tables and the share of each page that inserts may fill (the rest is kept for updates). */
export const HOT_TABLES: ReadonlyArray<readonly [string, number]> = [
  ['audit_anchor', 50],
  ['outcome_dirty', 50],
];
