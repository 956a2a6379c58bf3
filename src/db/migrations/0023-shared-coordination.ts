import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * What several Threshold servers on one database share besides the data (issue 20):
 *
 * - `scheduler_leases`: one row per scheduled job (open invitations, send them, …). A server runs a
 *   job only while it holds the job's lease (`holder`, until `lease_until`); it lets go at the end of
 *   the run, and a server that died holding it loses it when `lease_until` passes. The lease spares
 *   duplicate work; it is not what keeps a send single (each row is claimed on its own).
 * - `rate_limit_hits`: request counters of the sign-in routes, shared so that N servers allow N times
 *   nothing. `key_hash` is the SHA-256 of route and client address (no address is stored); a row
 *   counts `hits` until `window_ends_at` and is pruned after.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('scheduler_leases')
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('lease_until', timestamp, (c) => c.notNull())
    .addColumn('acquired_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('key_hash', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addColumn('window_ends_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_window_idx')
    .on('rate_limit_hits')
    .column('window_ends_at')
    .execute();
}
