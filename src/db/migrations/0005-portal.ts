import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The client portal: questionnaire invitations (with every link sent for them), an email outbox
 * that sends each message once across restarts and processes, safety alerts with their handling,
 * portal sign-in links and sessions, and the client's integration journal. Organizations get a
 * crisis-support message; clients a portal language.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id');
  const client = (c: ColumnDefinitionBuilder) => c.notNull().references('clients.id');

  await db.schema.alterTable('organizations').addColumn('crisis_message', 'text').execute();
  await db.schema
    .alterTable('clients')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', client)
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('enrollments.id'))
    /** The assessment plan's key (with the dosing index for "each dosing" timepoints). */
    .addColumn('plan_key', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('due_at', timestamp, (c) => c.notNull())
    /** The end of the completion window: the link expires then. */
    .addColumn('closes_at', timestamp, (c) => c.notNull())
    /** pending (not sent yet) | sent | completed | expired | revoked */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reminder_every_days', 'integer', (c) => c.notNull())
    .addColumn('sends', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_send_at', timestamp)
    .addColumn('first_sent_at', timestamp)
    .addColumn('last_sent_at', timestamp)
    .addColumn('opened_at', timestamp)
    /** Answers saved so far (JSON), so a client can come back to it. */
    .addColumn('draft', 'text')
    .addColumn('completed_at', timestamp)
    /** The client's submission id (idempotency key): a retry with it gets the same answer. */
    .addColumn('submission_id', 'text')
    .addColumn('response_id', 'text', (c) => c.references('questionnaire_responses.id'))
    .addColumn('revoked_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('invitations_enrollment_plan_unique', ['enrollment_id', 'plan_key'])
    .execute();
  await db.schema
    .createIndex('invitations_send_idx')
    .on('invitations')
    .columns(['status', 'next_send_at'])
    .execute();
  await db.schema
    .createIndex('invitations_client_idx')
    .on('invitations')
    .columns(['organization_id', 'client_id'])
    .execute();

  // Every link sent for an invitation stays valid until the invitation is completed or closes.
  await db.schema
    .createTable('invitation_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('invitation_id', 'text', (c) => c.notNull().references('invitations.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    /** Why the message exists, once: e.g. "invitation:<id>:1" — a second insert is refused. */
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    /** queued | sending | sent | failed | kept (no SMTP server configured: staff read it here) */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('claimed_until', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('sent_at', timestamp)
    .execute();
  await db.schema.createIndex('outbox_status_idx').on('outbox').columns(['status', 'created_at']).execute();
  await db.schema
    .createIndex('outbox_org_idx')
    .on('outbox')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', client)
    /** risk-flag | deterioration | vitals | missed */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** high | medium | low */
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text')
    .addColumn('dosing_record_id', 'text')
    .addColumn('invitation_id', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    /** open | acknowledged | resolved */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', timestamp)
    .addColumn('acknowledged_by_user_id', 'text')
    .addColumn('resolved_at', timestamp)
    .addColumn('resolved_by_user_id', 'text')
    .addColumn('resolution_note', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alerts_queue_idx')
    .on('alerts')
    .columns(['organization_id', 'status', 'created_at'])
    .execute();

  await db.schema
    .createTable('portal_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', client)
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('used_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('portal_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', client)
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('journal_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', org)
    .addColumn('client_id', 'text', client)
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('shared_at', timestamp)
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('journal_client_idx')
    .on('journal_entries')
    .columns(['organization_id', 'client_id', 'created_at'])
    .execute();
}
