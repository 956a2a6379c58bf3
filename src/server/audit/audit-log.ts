/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit entry are
 * written together or not at all. Appends are serialised (on PostgreSQL by the anchor row's lock,
 * taken as the head is read; SQLite has one writer) so the hash chain never forks. Each append
 * chains to the anchor's head and moves the anchor (`audit_anchor`: entry count and head) forward
 * in the same transaction, so deleting the newest entries shows as missing entries
 * (src/server/audit/verify.ts). On PostgreSQL that is one statement (`appendAtHead`), sent with the
 * transaction's COMMIT so the anchor's lock is held for as short as it can be. The
 * entries of reads, which change nothing else, go with the read's own COMMIT on PostgreSQL and in
 * batches on SQLite (`auditedRead`).
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { Db, DialectName } from '../../db/dialect.ts';
import { AT_COMMIT } from '../../db/pg-at-commit.ts';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { AuditEventTable, Database } from '../../db/schema.ts';
import { chainTail, entryHash, GENESIS_HASH } from '../../domain/audit/chain.ts';
import { ReadAuditBatch } from './read-batch.ts';

/** Who did it, from where. */
export interface Actor {
  userId: string | null;
  label: string | null;
  ip: string | null;
}

export interface AuditEntry {
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

export class AuditLog {
  constructor(private readonly dialect: DialectName) {
    this.readsInTransaction = dialect === 'postgres';
  }

  async append(trx: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
    const content = chainContent(actor, entry, new Date().toISOString());
    // PostgreSQL: lock the anchor, chain to its head and move it, in one statement sent with the COMMIT.
    if (this.dialect === 'postgres') return appendAtHead(trx, content);
    // SQLite has one writer.
    const prevHash = (await anchorHead(trx)) ?? (await newestHash(trx));
    const row = eventRow(content, prevHash);
    const { seq } = firstRow(await insertEvent(trx, row))!;
    await advanceAnchor(trx, { seq, hash: row.hash, at: content.at });
  }

  /**
   * Appends several entries in the caller's transaction, in order. SQLite reads the anchor once;
   * the anchor still moves once per entry (its trigger allows one entry at a time), a cheap
   * statement there. PostgreSQL appends each with its one statement (`appendAtHead`), all sent
   * with the commit. For entries that arrive together (`appendRead`).
   */
  async appendAll(trx: Kysely<Database>, items: ReadonlyArray<{ actor: Actor; entry: AuditEntry }>) {
    if (this.dialect === 'postgres') {
      for (const { actor, entry } of items) await this.append(trx, actor, entry);
      return;
    }
    const at = new Date().toISOString();
    let prevHash = (await anchorHead(trx)) ?? (await newestHash(trx));
    for (const { actor, entry } of items) {
      const row = eventRow(chainContent(actor, entry, at), prevHash);
      const { seq } = firstRow(await insertEvent(trx, row))!;
      await advanceAnchor(trx, { seq, hash: row.hash, at });
      prevHash = row.hash;
    }
  }

  /**
   * Where a read's entry goes (`auditedRead`): in the read's own transaction, sent with its COMMIT
   * (PostgreSQL), or in a batch after it (`appendRead`; SQLite, where a read transaction writing
   * would take the one writer). Settable for the benchmarks that compare the two.
   */
  readsInTransaction: boolean;

  /**
   * Runs `read` in one transaction and audits it with `entryOf(result)`; resolves with the result
   * once the entry is durable, so no read answers unaudited, and fails if the entry cannot be
   * stored. A read that throws is not audited (nothing was shown). On PostgreSQL the entry is
   * appended in the read's transaction and sent with its COMMIT: no transaction or round trip of
   * its own, the chain's lock held only while the COMMIT runs; then the read waits for the group
   * commit's flush like any write. On SQLite it joins the batch of reads after the transaction.
   */
  async auditedRead<T>(
    db: Db,
    actor: Actor,
    read: (trx: Kysely<Database>) => Promise<T>,
    entryOf: (result: T) => AuditEntry,
  ): Promise<T> {
    if (!this.readsInTransaction) {
      // The read writes nothing: on SQLite it begins deferred, without the write lock.
      const result = await db.kysely.transaction().setAccessMode('read only').execute(read);
      await this.appendRead(db, actor, entryOf(result));
      return result;
    }
    const result = await db.kysely.transaction().execute(async (trx) => {
      const r = await read(trx);
      await this.append(trx, actor, entryOf(r));
      return r;
    });
    await db.sync();
    return result;
  }

  /**
   * The audit entry of a read, appended outside the read's transaction: the entries of reads that
   * arrive together are appended by one transaction (`appendAll`), whose commit shares the group
   * commit's flush (src/server/audit/read-batch.ts). Resolves once the entry is durable; a read
   * must await it before it answers, so no read is answered unaudited.
   */
  appendRead(db: Db, actor: Actor, entry: AuditEntry): Promise<void> {
    let batch = this.readBatches.get(db);
    if (!batch) {
      batch = new ReadAuditBatch(db, (trx, items) => this.appendAll(trx, items));
      this.readBatches.set(db, batch);
    }
    return batch.add(actor, entry);
  }

  private readonly readBatches = new WeakMap<Db, ReadAuditBatch>();
}

function chainContent(actor: Actor, entry: AuditEntry, at: string): ChainContent {
  return {
    organizationId: entry.organizationId,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    at,
    ip: actor.ip,
    details: JSON.stringify(entry.details ?? {}),
  };
}

function eventRow(c: ChainContent, prevHash: string) {
  return {
    organization_id: c.organizationId,
    actor_user_id: c.actorUserId,
    actor_label: c.actorLabel,
    action: c.action,
    entity_type: c.entityType,
    entity_id: c.entityId,
    at: c.at,
    ip: c.ip,
    details: c.details,
    prev_hash: prevHash,
    hash: entryHash(prevHash, c),
  };
}

type EventRow = Omit<Insertable<AuditEventTable>, 'seq'>;
type ChainContent = Parameters<typeof entryHash>[1];

/** Appends the entry (SQLite; compiled once, as every statement of an append). */
const insertEvent = precompiled((trx: Kysely<Database>, row: EventRow) =>
  trx
    .insertInto('audit_events')
    .values({
      organization_id: row.organization_id,
      actor_user_id: row.actor_user_id,
      actor_label: row.actor_label,
      action: row.action,
      entity_type: row.entity_type,
      entity_id: row.entity_id,
      at: row.at,
      ip: row.ip,
      details: row.details,
      prev_hash: row.prev_hash,
      hash: row.hash,
    })
    .returning('seq'),
);

/** Moves the anchor to the entry just appended. */
const advanceAnchor = precompiled((trx: Kysely<Database>, p: { seq: number; hash: string; at: string }) =>
  trx
    .updateTable('audit_anchor')
    .set((eb) => ({ entries: eb('entries', '+', 1), head_seq: p.seq, head_hash: p.hash, updated_at: p.at }))
    .where('id', '=', 1),
);

/**
 * PostgreSQL: one statement locks the anchor's row (held to the commit), hashes the entry onto the
 * anchor's head, inserts it and moves the anchor. The hash is `entryHash` (src/domain/audit/chain.ts):
 * the canonical JSON array begins with the previous hash, a 64-digit hex string, so it is
 * `["<head>",` followed by the rest of the array as JavaScript serialises it (`chainTail`);
 * PostgreSQL hashes those UTF-8 bytes with `sha256`. Verification recomputes every hash in
 * JavaScript.
 *
 * The statement is sent with the transaction's COMMIT (`AT_COMMIT`, src/db/pg-at-commit.ts), so the
 * anchor's lock is held only while the database runs the two, not across round trips. It returns
 * nothing. Without an anchor row (it cannot be deleted while its trigger stands; verification
 * reports it missing) the previous hash is null and the insert fails on `prev_hash`'s NOT NULL, so
 * the whole transaction is refused rather than written with an unchained entry.
 */
async function appendAtHead(trx: Kysely<Database>, c: ChainContent): Promise<void> {
  await appendAtHeadQuery(trx, { ...c, tail: chainTail(c) });
}

const appendAtHeadQuery = precompiled((trx: Kysely<Database>, c: ChainContent & { tail: string }) => {
  const query = sql`${sql.raw(AT_COMMIT)}
    with head as (select head_hash from audit_anchor where id = 1 for update),
    e as (
      insert into audit_events
        (organization_id, actor_user_id, actor_label, action, entity_type, entity_id, at, ip, details, prev_hash, hash)
      select ${c.organizationId}, ${c.actorUserId}, ${c.actorLabel}, ${c.action}, ${c.entityType},
        ${c.entityId}, ${c.at}, ${c.ip}, ${c.details}, head.head_hash,
        encode(sha256(convert_to('["' || head.head_hash || '",' || ${c.tail}, 'UTF8')), 'hex')
      from (select 1) as one left join head on true
      returning seq, hash
    )
    update audit_anchor set entries = entries + 1, head_seq = e.seq, head_hash = e.hash, updated_at = ${c.at}
    from e where audit_anchor.id = 1`;
  return { compile: () => query.compile(trx) };
});

const anchorHeadQuery = precompiled((trx: Kysely<Database>, _: Record<string, never>) =>
  trx.selectFrom('audit_anchor').select('head_hash').where('id', '=', 1),
);

async function anchorHead(trx: Kysely<Database>): Promise<string | undefined> {
  return firstRow(await anchorHeadQuery(trx, {}))?.head_hash;
}

/** SQLite without an anchor row (deleted, which verification reports): the newest stored entry's hash. */
async function newestHash(trx: Kysely<Database>): Promise<string> {
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.hash ?? GENESIS_HASH;
}

/** A system actor for the CLI and the server itself. */
export const systemActor = (label: string): Actor => ({ userId: null, label, ip: null });
