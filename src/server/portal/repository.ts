/** What the portal reads and writes around an invitation (organization id always from the invitation). */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

/**
 * The invitation behind a token hash with its client and organization, in one statement (every
 * portal request reads both; one round trip instead of two). The client's and organization's
 * columns come prefixed `who_`; `who_client_id` is null when the client row is gone.
 */
const byTokenHash = (db: Db, { tokenHash }: { tokenHash: string }) =>
  db
    .selectFrom('invitation_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .leftJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'i.client_id').onRef('c.organization_id', '=', 'i.organization_id'),
    )
    .leftJoin('organizations as o', 'o.id', 'c.organization_id')
    .selectAll('i')
    .select([
      'c.id as who_client_id',
      'c.given_name as who_given_name',
      'c.preferred_name as who_preferred_name',
      'c.language as who_language',
      'c.archived_at as who_archived_at',
      'c.restricted_at as who_restricted_at',
      'o.name as who_organization_name',
      'o.timezone as who_organization_timezone',
      'o.locale as who_organization_locale',
      'o.crisis_message as who_crisis_message',
    ])
    .where('t.token_hash', '=', tokenHash);
const byTokenHashQuery = precompiled(byTokenHash);
const byTokenHashForUpdate = precompiled((db: Db, p: { tokenHash: string }) =>
  byTokenHash(db, p).forUpdate('i'),
);

/**
 * The invitation behind a token hash (locked for the transaction on PostgreSQL), and its client and
 * organization (`who`, undefined when the client is gone). Compiled once (every portal request).
 */
export async function lockedByTokenHash(db: Db, dialect: DialectName, tokenHash: string) {
  const query = dialect === 'postgres' ? byTokenHashForUpdate : byTokenHashQuery;
  const row = firstRow(await query(db, { tokenHash }));
  if (!row) return undefined;
  const {
    who_client_id,
    who_given_name,
    who_preferred_name,
    who_language,
    who_archived_at,
    who_restricted_at,
    who_organization_name,
    who_organization_timezone,
    who_organization_locale,
    who_crisis_message,
    ...inv
  } = row;
  const who =
    who_client_id === null || who_given_name === null || who_organization_name === null
      ? undefined
      : {
          given_name: who_given_name,
          preferred_name: who_preferred_name,
          language: who_language,
          archived_at: who_archived_at,
          restricted_at: who_restricted_at,
          organization_name: who_organization_name,
          organization_timezone: who_organization_timezone as string,
          organization_locale: who_organization_locale as string,
          crisis_message: who_crisis_message,
        };
  return { inv, who };
}

export async function setOpened(db: Db, id: string, now: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ opened_at: now })
    .where('id', '=', id)
    .where('opened_at', 'is', null)
    .execute();
}

export async function saveDraft(db: Db, id: string, draft: string, now: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ draft, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'sent'])
    .execute();
}

export const responseById = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
