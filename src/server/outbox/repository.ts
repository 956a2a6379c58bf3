/** The email outbox. Organization id first for staff reads; the sender claims across organizations. */
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { Database, OutboxTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type OutboxRow = Selectable<OutboxTable> & {
  client_given: string | null;
  client_family: string | null;
};

export interface NewMessage {
  id: string;
  organizationId: string;
  dedupeKey: string;
  kind: string;
  clientId: string | null;
  to: string;
  subject: string;
  body: string;
  preview?: string | null;
  status: 'queued' | 'kept';
  now: string;
}

/** Inserts a message unless one with the same dedupe key exists; true when inserted. */
export async function insertMessage(db: Db, m: NewMessage): Promise<boolean> {
  const result = await db
    .insertInto('outbox')
    .values({
      id: m.id,
      organization_id: m.organizationId,
      dedupe_key: m.dedupeKey,
      kind: m.kind,
      client_id: m.clientId,
      to_address: m.to,
      subject: m.subject,
      body: m.body,
      preview: m.preview ?? null,
      status: m.status,
      created_at: m.now,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function listMessages(
  db: Db,
  organizationId: string,
  filter: { status?: string; limit: number },
): Promise<OutboxRow[]> {
  let q = db
    .selectFrom('outbox as o')
    .leftJoin('clients as c', (j) =>
      j.onRef('c.id', '=', 'o.client_id').on('c.organization_id', '=', organizationId),
    )
    .selectAll('o')
    .select(['c.given_name as client_given', 'c.family_name as client_family'])
    .where('o.organization_id', '=', organizationId);
  if (filter.status) q = q.where('o.status', '=', filter.status);
  return q.orderBy('o.created_at', 'desc').orderBy('o.id').limit(filter.limit).execute();
}

/**
 * Claims up to `limit` queued messages (or ones whose claim lapsed) for one sender: on PostgreSQL
 * with FOR UPDATE SKIP LOCKED, so concurrent senders take different rows; on SQLite the write lock
 * serialises claims. Claimed rows are 'sending' until `claimedUntil`.
 */
export async function claimMessages(
  db: Db,
  dialect: DialectName,
  opts: { now: string; claimedUntil: string; limit: number },
): Promise<Selectable<OutboxTable>[]> {
  return db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('status', '=', 'queued'),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', opts.now)]),
        ]),
      )
      .orderBy('created_at')
      .limit(opts.limit);
    if (dialect === 'postgres') q = q.forUpdate().skipLocked();
    const ids = (await q.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    await trx
      .updateTable('outbox')
      .set({ status: 'sending', claimed_until: opts.claimedUntil, attempts: sql`attempts + 1` })
      .where('id', 'in', ids)
      .execute();
    return trx.selectFrom('outbox').selectAll().where('id', 'in', ids).execute();
  });
}

/**
 * Records a message sent, by the sender whose claim (`claimedUntil`) it still is: a sender whose
 * claim lapsed and was taken over records nothing. A lapsed claim nobody took is still recorded.
 */
export async function markSent(db: Db, id: string, claimedUntil: string, now: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('claimed_until', '=', claimedUntil)
    .execute();
}

/** Records a failed attempt (queued again, or failed for good), under the same claim rule as markSent. */
export async function markFailed(
  db: Db,
  id: string,
  claimedUntil: string,
  error: string,
  final: boolean,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: final ? 'failed' : 'queued', claimed_until: null, last_error: error.slice(0, 1000) })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('claimed_until', '=', claimedUntil)
    .execute();
}

/**
 * Messages to one address (any letter case) in these organizations whose dedupe key starts with
 * `keyPrefix`, written since `since` (the organization and created_at index narrows the scan).
 */
export async function countSentTo(
  db: Db,
  organizationIds: readonly string[],
  m: { to: string; keyPrefix: string; since: string },
): Promise<number> {
  if (organizationIds.length === 0) return 0;
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', 'in', organizationIds)
    .where('created_at', '>=', m.since)
    .where('dedupe_key', 'like', `${m.keyPrefix}%`)
    .where((eb) => eb(eb.fn('lower', ['to_address']), '=', m.to.toLowerCase()))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The portal language of the clients these messages go to, read in their own organizations (the
 * HTML part's `lang`). A client who changed language after a message was written gets that
 * message's HTML tagged with the new language; its words are the stored ones.
 */
export async function clientLanguages(
  db: Db,
  messages: readonly Pick<Selectable<OutboxTable>, 'organization_id' | 'client_id'>[],
): Promise<Map<string, string>> {
  const ids = [...new Set(messages.flatMap((m) => (m.client_id ? [m.client_id] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('clients')
    .select(['id', 'organization_id', 'language'])
    .where('id', 'in', ids)
    .execute();
  const orgOf = new Map(messages.map((m) => [m.client_id, m.organization_id]));
  return new Map(rows.filter((r) => orgOf.get(r.id) === r.organization_id).map((r) => [r.id, r.language]));
}
