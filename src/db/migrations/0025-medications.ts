import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Medications and medication rules (issue 19, part 4). A client's medications are client data (one
 * row each, with the dates that decide whether it is still taken and a taper plan as JSON); the
 * rules are the clinic's own, one set per organization and modality (JSON, each rule with its
 * source). Both are read by the one clearance rule (src/domain/programs/clearance.ts).
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('client_medications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('medication_class', 'text', (c) => c.notNull())
    .addColumn('dose', 'text')
    .addColumn('started_on', 'text')
    .addColumn('stopped_on', 'text')
    .addColumn('taper', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('confirmed_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('confirmed_at', timestamp)
    .addColumn('recorded_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('client_medications_client_idx')
    .on('client_medications')
    .columns(['organization_id', 'client_id'])
    .execute();
  await db.schema
    .createTable('medication_rules')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('medication_rules_pk', ['organization_id', 'modality'])
    .execute();
}
