/**
 * The client's portal: sign-in links and portal sessions (looked up by token hash alone — the
 * token is the credential), and what a signed-in client reads, always scoped to their own
 * organization and client id.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, JournalEntryTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type JournalRow = Selectable<JournalEntryTable>;

export async function insertLink(
  db: Db,
  v: { tokenHash: string; organizationId: string; clientId: string; expiresAt: string; now: string },
): Promise<void> {
  await db
    .insertInto('portal_links')
    .values({
      token_hash: v.tokenHash,
      organization_id: v.organizationId,
      client_id: v.clientId,
      expires_at: v.expiresAt,
      created_at: v.now,
    })
    .execute();
}

export const linkByHash = (db: Db, tokenHash: string) =>
  db.selectFrom('portal_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

/** Uses a link once: true only for the first caller. */
export async function useLink(db: Db, tokenHash: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('portal_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSession(
  db: Db,
  v: { tokenHash: string; organizationId: string; clientId: string; expiresAt: string; now: string },
): Promise<void> {
  await db
    .insertInto('portal_sessions')
    .values({
      token_hash: v.tokenHash,
      organization_id: v.organizationId,
      client_id: v.clientId,
      expires_at: v.expiresAt,
      created_at: v.now,
    })
    .execute();
}

export const sessionByHash = (db: Db, tokenHash: string) =>
  db.selectFrom('portal_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('portal_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Clients (across organizations) with this email address who are neither archived nor restricted. */
export const clientsByEmail = (db: Db, email: string) =>
  db
    .selectFrom('clients')
    .select(['id', 'organization_id'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('archived_at', 'is', null)
    .where('restricted_at', 'is', null)
    .execute();

export const upcomingSessions = (
  db: Db,
  organizationId: string,
  clientId: string,
  from: string,
  to: string,
) =>
  db
    .selectFrom('program_sessions as s')
    .innerJoin('session_attendees as a', 'a.session_id', 's.id')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .leftJoin('cohorts as c', 'c.id', 's.cohort_id')
    .select([
      's.id',
      's.name',
      's.kind',
      's.starts_at',
      's.ends_at',
      'r.name as room',
      'c.location as location',
    ])
    .where('s.organization_id', '=', organizationId)
    .where('a.organization_id', '=', organizationId)
    .where('a.client_id', '=', clientId)
    .where('s.status', '!=', 'cancelled')
    .where('s.ends_at', '>=', from)
    .where('s.starts_at', '<', to)
    .orderBy('s.starts_at')
    .execute();

export const openInvitations = (db: Db, organizationId: string, clientId: string, now: string) =>
  db
    .selectFrom('invitations')
    .select(['id', 'label', 'instrument_id', 'closes_at'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('status', 'in', ['pending', 'sent'])
    .where('closes_at', '>', now)
    .orderBy('closes_at')
    .execute();

export const scoredResponses = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('questionnaire_responses')
    .select(['instrument_id', 'administered_at', 'total', 'severity'])
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('total', 'is not', null)
    .orderBy('administered_at')
    .execute();

export const journalOf = (db: Db, organizationId: string, clientId: string, sharedOnly = false) => {
  let q = db
    .selectFrom('journal_entries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId);
  if (sharedOnly) q = q.where('shared_at', 'is not', null);
  return q.orderBy('created_at', 'desc').orderBy('id').execute();
};

export const journalEntry = (db: Db, organizationId: string, clientId: string, id: string) =>
  db
    .selectFrom('journal_entries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function insertJournal(db: Db, row: JournalRow): Promise<void> {
  await db.insertInto('journal_entries').values(row).execute();
}

export async function updateJournal(
  db: Db,
  organizationId: string,
  clientId: string,
  id: string,
  set: Partial<Pick<JournalRow, 'body' | 'shared_at' | 'updated_at'>>,
): Promise<void> {
  await db
    .updateTable('journal_entries')
    .set(set)
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .execute();
}

export async function deleteJournal(
  db: Db,
  organizationId: string,
  clientId: string,
  id: string,
): Promise<void> {
  await db
    .deleteFrom('journal_entries')
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .execute();
}
