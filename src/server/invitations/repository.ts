/**
 * Questionnaire invitations and their link tokens. Staff reads take the organization id first; the
 * scheduler's queries run across organizations (each row carries its organization id onward), and
 * the token lookup is by the token's hash alone — the link is the credential.
 */
import type { Kysely, QueryCreator, Selectable } from 'kysely';
import { changedRows, precompiled } from '../../db/precompiled.ts';
import type { Database, InvitationTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type InvitationRow = Selectable<InvitationTable>;

/** Enrollments that may receive questionnaires: not withdrawn or ineligible, client with an email. */
export const invitableEnrollments = (db: Db) =>
  db
    .selectFrom('enrollments as e')
    .innerJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'e.client_id').onRef('c.organization_id', '=', 'e.organization_id'),
    )
    .innerJoin('program_versions as v', (j) =>
      j.onRef('v.program_id', '=', 'e.program_id').onRef('v.version', '=', 'e.program_version'),
    )
    .select([
      'e.id',
      'e.organization_id',
      'e.client_id',
      'e.created_at',
      'e.start_date',
      'e.arm',
      'e.program_id',
      'e.program_version',
      'v.definition',
    ])
    .where('e.status', 'not in', ['withdrawn', 'ineligible'])
    .where('c.archived_at', 'is', null)
    .where('c.email', 'is not', null)
    .execute();

export async function keysOf(db: Db, enrollmentId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('invitations')
    .select('plan_key')
    .where('enrollment_id', '=', enrollmentId)
    .execute();
  return new Set(rows.map((r) => r.plan_key));
}

export async function insertInvitation(
  db: Db,
  v: Omit<
    InvitationRow,
    | 'sends'
    | 'first_sent_at'
    | 'last_sent_at'
    | 'opened_at'
    | 'draft'
    | 'completed_at'
    | 'submission_id'
    | 'response_id'
    | 'revoked_at'
  >,
): Promise<boolean> {
  const result = await db
    .insertInto('invitations')
    .values(v)
    .onConflict((oc) => oc.columns(['enrollment_id', 'plan_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Invitations whose next email is due (first send or a reminder) while their window is open. */
export const dueToSend = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('status', 'in', ['pending', 'sent'])
    .where('next_send_at', '<=', now)
    .where('closes_at', '>', now)
    .orderBy('next_send_at')
    .limit(limit)
    .execute();

/**
 * Records one more send, only if nobody else recorded it first (compare-and-set on `sends`): the
 * caller that gets true owns this send. Safe across processes on both databases.
 */
export async function claimSend(
  db: Db,
  inv: InvitationRow,
  now: string,
  nextSendAt: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({
      sends: inv.sends + 1,
      status: 'sent',
      first_sent_at: inv.first_sent_at ?? now,
      last_sent_at: now,
      next_send_at: nextSendAt,
      updated_at: now,
    })
    .where('id', '=', inv.id)
    .where('sends', '=', inv.sends)
    .where('status', 'in', ['pending', 'sent'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertToken(
  db: Db,
  invitationId: string,
  tokenHash: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('invitation_tokens')
    .values({ token_hash: tokenHash, invitation_id: invitationId, created_at: now })
    .execute();
}

/** Open invitations whose window has closed. */
export const closedUnanswered = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('status', 'in', ['pending', 'sent'])
    .where('closes_at', '<', now)
    .limit(limit)
    .execute();

export async function markExpired(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ status: 'expired', next_send_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'sent'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const listForClient = (db: Db, organizationId: string, clientId: string) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .orderBy('due_at', 'desc')
    .execute();

/** The invitation a link token opens (any organization: the token is the credential). */
export const byTokenHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('invitation_tokens as t')
    .innerJoin('invitations as i', 'i.id', 't.invitation_id')
    .selectAll('i')
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();

/** A client's invitations for an instrument that still wait for an answer. */
export const openForInstrument = (db: Db, organizationId: string, clientId: string, instrumentId: string) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('client_id', '=', clientId)
    .where('instrument_id', '=', instrumentId)
    .where('status', 'in', ['pending', 'sent'])
    .orderBy('due_at')
    .execute();

/**
 * The update that completes an invitation (`completeInvitation`), to compile on its own or inside
 * another statement (`responses/repository.ts: insertAnsweringInvitation`, PostgreSQL).
 */
export const completeUpdate = (
  db: QueryCreator<Database>,
  p: { organizationId: string; id: string; responseId: string; submissionId: string | null; now: string },
) =>
  db
    .updateTable('invitations')
    .set({
      status: 'completed',
      completed_at: p.now,
      response_id: p.responseId,
      submission_id: p.submissionId,
      draft: null,
      next_send_at: null,
      updated_at: p.now,
    })
    .where('organization_id', '=', p.organizationId)
    .where('id', '=', p.id)
    .where('status', 'in', ['pending', 'sent']);
const completeQuery = precompiled(completeUpdate);

/**
 * Marks an invitation answered by a response, unless it was answered, closed or withdrawn first;
 * true when this call completed it. `submissionId` is the portal's retry key (null for a response
 * entered by staff or imported). Compiled once: every submission runs it.
 */
export async function completeInvitation(
  db: Db,
  organizationId: string,
  id: string,
  v: { responseId: string; submissionId: string | null; now: string },
): Promise<boolean> {
  return changedRows(await completeQuery(db, { organizationId, id, ...v })) === 1;
}

/**
 * Holds an invitation's next send back to `at` (one email a day per client), only if nobody sent
 * it meanwhile (compare-and-set on `sends`).
 */
export async function deferSend(db: Db, inv: InvitationRow, at: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ next_send_at: at, updated_at: now })
    .where('id', '=', inv.id)
    .where('sends', '=', inv.sends)
    .where('status', 'in', ['pending', 'sent'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether an outbox message with this dedupe key exists. */
export async function messageExists(db: Db, dedupeKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('dedupe_key', '=', dedupeKey)
    .executeTakeFirst();
  return row !== undefined;
}

/** An enrollment's invitation for one timepoint key (e.g. "phq-baseline#1"). */
export const byKey = (db: Db, organizationId: string, enrollmentId: string, key: string) =>
  db
    .selectFrom('invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .where('plan_key', '=', key)
    .executeTakeFirst();
