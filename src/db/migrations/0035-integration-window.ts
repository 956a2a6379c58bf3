import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The integration window (issue 19, part 5): the organization's CEQ threshold (null: not set, so a
 * CEQ total cannot be judged), the facilitator's "difficult session" flag on a dosing record, and
 * one integration contact per dosing record — the session booked for it, its window, whether and
 * why it was pulled forward, and the alerts raised for it.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('ceq_threshold', 'double precision').execute();
  await db.schema
    .alterTable('dosing_records')
    .addColumn('difficult', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('dosing_records').addColumn('difficult_note', 'text').execute();
  await db.schema
    .alterTable('dosing_records')
    .addColumn('difficult_by_user_id', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.alterTable('dosing_records').addColumn('difficult_at', timestamp).execute();
  await db.schema
    .createTable('integration_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('dosing_record_id', 'text', (c) => c.notNull().unique().references('dosing_records.id'))
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('program_sessions.id'))
    .addColumn('dosing_ended_at', timestamp, (c) => c.notNull())
    .addColumn('window_opens_at', timestamp, (c) => c.notNull())
    .addColumn('window_closes_at', timestamp, (c) => c.notNull())
    .addColumn('pulled_forward', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON list of 'flag' | 'ceq' | 'undecided'. */
    .addColumn('pull_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('missed_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('integration_contacts_org_client')
    .on('integration_contacts')
    .columns(['organization_id', 'client_id'])
    .execute();
}
