/** What the portal reads and writes around an invitation (organization id always from the invitation). */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

const byTokenHash = (db: Db, { tokenHash }: { tokenHash: string }) =>
  db
    .selectFrom('invitation_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .selectAll('i')
    .where('t.token_hash', '=', tokenHash);
const byTokenHashQuery = precompiled(byTokenHash);
const byTokenHashForUpdate = precompiled((db: Db, p: { tokenHash: string }) =>
  byTokenHash(db, p).forUpdate('i'),
);

/** The invitation behind a token hash, locked for the transaction on PostgreSQL. Compiled once (every portal request). */
export async function lockedByTokenHash(db: Db, dialect: DialectName, tokenHash: string) {
  const query = dialect === 'postgres' ? byTokenHashForUpdate : byTokenHashQuery;
  return firstRow(await query(db, { tokenHash }));
}

const clientAndOrganizationQuery = precompiled((db: Db, p: { organizationId: string; clientId: string }) =>
  db
    .selectFrom('clients as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([
      'c.given_name',
      'c.preferred_name',
      'c.language',
      'c.archived_at',
      'c.restricted_at',
      'o.name as organization_name',
      'o.timezone as organization_timezone',
      'o.locale as organization_locale',
      'o.crisis_message',
    ])
    .where('c.organization_id', '=', p.organizationId)
    .where('c.id', '=', p.clientId),
);

export const clientAndOrganization = async (db: Db, organizationId: string, clientId: string) =>
  firstRow(await clientAndOrganizationQuery(db, { organizationId, clientId }));

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
