/** What the portal reads and writes around an invitation (organization id always from the invitation). */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

/** The invitation behind a token hash, locked for the transaction on PostgreSQL. */
export function lockedByTokenHash(db: Db, dialect: DialectName, tokenHash: string) {
  let q = db
    .selectFrom('invitation_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .selectAll('i')
    .where('t.token_hash', '=', tokenHash);
  if (dialect === 'postgres') q = q.forUpdate('i');
  return q.executeTakeFirst();
}

export const clientAndOrganization = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('clients as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([
      'c.given_name',
      'c.preferred_name',
      'c.language',
      'c.archived_at',
      'o.name as organization_name',
      'o.crisis_message',
    ])
    .where('c.organization_id', '=', organizationId)
    .where('c.id', '=', clientId)
    .executeTakeFirst();

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

/** Marks the invitation completed by this submission, unless someone completed it first. */
export async function complete(
  db: Db,
  id: string,
  v: { responseId: string; submissionId: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({
      status: 'completed',
      completed_at: v.now,
      response_id: v.responseId,
      submission_id: v.submissionId,
      draft: null,
      next_send_at: null,
      updated_at: v.now,
    })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'sent'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The client's first response on an instrument before a time: the baseline for change. */
export const baselineResponse = (
  db: Db,
  organizationId: string,
  clientId: string,
  instrumentId: string,
  before: string,
) =>
  db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('instrument_id', '=', instrumentId)
    .where('administered_at', '<', before)
    .orderBy('administered_at')
    .limit(1)
    .executeTakeFirst();

export const responseById = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('questionnaire_responses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
