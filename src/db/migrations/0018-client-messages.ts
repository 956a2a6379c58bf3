import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Client messages (issue 15): an organization's own wording of a client message, per kind and
 * language, replacing the built-in one (src/domain/messages) until it is reset; and the outbox's
 * preview text (the hidden first line of the HTML part that a mail list shows beside the subject);
 * and an index on session start times across organizations, for the scheduler's day-before
 * reminders (the existing one leads with the organization).
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('message_templates')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    /** enrollment | session-booked | … (src/domain/messages/kinds.ts) */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** en | nl */
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('preview', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('message_templates_pk', ['organization_id', 'kind', 'language'])
    .execute();
  await db.schema.alterTable('outbox').addColumn('preview', 'text').execute();
  await db.schema
    .createIndex('program_sessions_starts_idx')
    .on('program_sessions')
    .column('starts_at')
    .execute();
}
