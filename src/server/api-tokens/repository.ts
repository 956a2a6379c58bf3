/** API token rows. Every query but the bearer lookup (by hash) names the organization. */
import type { Kysely } from 'kysely';
import type { ApiTokenTable, Database } from '../../db/schema.ts';

export type ApiTokenRow = ApiTokenTable;

export async function insertToken(db: Kysely<Database>, row: ApiTokenRow): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

/** The token behind a presented bearer credential (by its hash), whatever its state. */
export const findByHash = (db: Kysely<Database>, tokenHash: string) =>
  db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const listTokens = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select(['users.email as user_email', 'users.name as user_name'])
    .where('api_tokens.organization_id', '=', organizationId)
    .orderBy('api_tokens.created_at', 'desc')
    .orderBy('api_tokens.id')
    .execute();

export const getToken = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select(['users.email as user_email', 'users.name as user_name'])
    .where('api_tokens.organization_id', '=', organizationId)
    .where('api_tokens.id', '=', id)
    .executeTakeFirst();

export async function revokeToken(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markUsed(db: Kysely<Database>, id: string, now: string, ip: string | null) {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now, last_used_ip: ip })
    .where('id', '=', id)
    .execute();
}
