import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * API tokens for machine clients (issue 17): a bearer credential that acts as one staff member in
 * one organization, limited to a subset of that member's permissions (`scopes`, a JSON array of
 * action names). Only the SHA-256 of the token is stored; every token expires; revocation is a
 * timestamp so the list keeps the history. `last_used_at`/`last_used_ip` record use.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('last_used_at', timestamp)
    .addColumn('last_used_ip', 'text')
    .addColumn('revoked_at', timestamp)
    .execute();
  await db.schema
    .createIndex('api_tokens_organization_idx')
    .on('api_tokens')
    .columns(['organization_id', 'created_at'])
    .execute();
}
