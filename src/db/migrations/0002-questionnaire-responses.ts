import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/** Questionnaire responses: item-level answers, the instrument version they were scored with, and the scores. */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('questionnaire_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('total', 'double precision', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addColumn('subscales', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('administered_at', timestamp, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('scored_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('responses_client_idx')
    .on('questionnaire_responses')
    .columns(['organization_id', 'client_id', 'administered_at'])
    .execute();
  await db.schema
    .createIndex('responses_instrument_idx')
    .on('questionnaire_responses')
    .columns(['organization_id', 'instrument_id', 'administered_at'])
    .execute();
}
