import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Data subject rights (GDPR Art. 15, 17, 18) under the Dutch medical-records retention duty
 * (WGBO, Art. 7:454 BW: 20 years from the last treatment).
 *
 * - `organizations.retention_years`: how long a client's medical record is kept after the last
 *   treatment; 20 by default (WGBO since 2020).
 * - `clients.restricted_at`: set when an erasure request meets a retention duty (or a restriction
 *   is asked for): the record is kept but hidden from everyone but the owner, and left out of
 *   search and of outcome analytics.
 * - `erasure_requests`: every request (who asked, when, scope, legal basis), what was decided and,
 *   once erased, what was removed (categories and counts, never the data). `client_id` has no
 *   foreign key: the client row is gone after erasure and the request is the proof that it was done.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('retention_years', 'integer', (c) => c.notNull().defaultTo(20))
    .execute();
  await db.schema.alterTable('clients').addColumn('restricted_at', timestamp).execute();

  await db.schema
    .createTable('erasure_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull())
    /** Who asked: client | representative. */
    .addColumn('requested_by', 'text', (c) => c.notNull())
    /** 'YYYY-MM-DD': the day the request was received. */
    .addColumn('received_on', 'text', (c) => c.notNull())
    /** erasure (Art. 17) | restriction (Art. 18). */
    .addColumn('scope', 'text', (c) => c.notNull())
    /** The GDPR ground, e.g. art17-1b (consent withdrawn). */
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('recorded_at', timestamp, (c) => c.notNull())
    /** 'YYYY-MM-DD' of the last treatment when the request was decided; null: none. */
    .addColumn('last_treatment_on', 'text')
    /** restricted | erased */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('erased_at', timestamp)
    /** JSON: what erasure removed, as { category: count }. */
    .addColumn('summary', 'text')
    .execute();
  await db.schema
    .createIndex('erasure_requests_org_status_idx')
    .on('erasure_requests')
    .columns(['organization_id', 'status'])
    .execute();
  await db.schema
    .createIndex('erasure_requests_client_idx')
    .on('erasure_requests')
    .columns(['organization_id', 'client_id'])
    .execute();
}
