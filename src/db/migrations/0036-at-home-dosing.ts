import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * At-home dosing (issue 19, part 6). A program or one dosing session marked at-home, with its
 * check-in times (JSON minutes), grace period and whether check-ins ask for vitals (a session's own
 * row wins over its program's); each enrollment's named support person and their attestation; the
 * timed check-ins of a dose taken at home; and the support person's link (only its SHA-256).
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('at_home_settings')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('checkin_minutes', 'text', (c) => c.notNull())
    .addColumn('grace_minutes', 'integer', (c) => c.notNull())
    .addColumn('ask_vitals', 'integer', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('at_home_settings_pk', ['organization_id', 'target_kind', 'target_id'])
    .execute();
  await db.schema
    .createTable('support_persons')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('attested_name', 'text', (c) => c.notNull())
    .addColumn('agreed', 'integer', (c) => c.notNull())
    .addColumn('attested_at', timestamp, (c) => c.notNull())
    .addColumn('attestation_version', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('support_persons_pk', ['organization_id', 'enrollment_id'])
    .execute();
  await db.schema
    .createTable('home_checkins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('dosing_record_id', 'text', (c) => c.notNull().references('dosing_records.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('offset_minutes', 'integer')
    .addColumn('due_at', timestamp, (c) => c.notNull())
    .addColumn('grace_minutes', 'integer', (c) => c.notNull())
    .addColumn('ask_vitals', 'integer', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', timestamp)
    .addColumn('note', 'text')
    .addColumn('systolic', 'integer')
    .addColumn('diastolic', 'integer')
    .addColumn('heart_rate', 'integer')
    .addColumn('missed_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('home_checkins_record_idx')
    .on('home_checkins')
    .columns(['organization_id', 'dosing_record_id'])
    .execute();
  await db.schema
    .createIndex('home_checkins_due_idx')
    .on('home_checkins')
    .columns(['answer', 'missed_at', 'due_at'])
    .execute();
  await db.schema
    .createTable('home_support_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('dosing_record_id', 'text', (c) => c.notNull().references('dosing_records.id'))
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
}
