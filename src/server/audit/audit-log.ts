/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit entry are
 * written together or not at all. Appends are serialised (on PostgreSQL by the anchor row's lock,
 * taken as the head is read; SQLite has one writer) so the hash chain never forks. Each append
 * chains to the anchor's head and moves the anchor (`audit_anchor`: entry count and head) forward
 * in the same transaction, so deleting the newest entries shows as missing entries
 * (src/server/audit/verify.ts). On PostgreSQL that is two round trips: lock and read the head,
 * then insert the entry and move the anchor in one statement.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { AuditEventTable, Database } from '../../db/schema.ts';
import { entryHash, GENESIS_HASH } from '../../domain/audit/chain.ts';

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

const AUDIT_LOCK_KEY = 7_202_611;

export class AuditLog {
  constructor(private readonly dialect: DialectName) {}

  async append(trx: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
    const postgres = this.dialect === 'postgres';
    // PostgreSQL: the anchor's row lock serialises appends (held to the commit), in the round trip
    // that reads the head. SQLite has one writer.
    const prevHash =
      (postgres ? await lockedHead(trx) : await anchorHead(trx)) ?? (await newestHash(trx, postgres));
    const content = {
      organizationId: entry.organizationId,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      at: new Date().toISOString(),
      ip: actor.ip,
      details: JSON.stringify(entry.details ?? {}),
    };
    const hash = entryHash(prevHash, content);
    const row = {
      organization_id: content.organizationId,
      actor_user_id: content.actorUserId,
      actor_label: content.actorLabel,
      action: content.action,
      entity_type: content.entityType,
      entity_id: content.entityId,
      at: content.at,
      ip: content.ip,
      details: content.details,
      prev_hash: prevHash,
      hash,
    };
    if (postgres) await insertAndAdvance(trx, row, hash);
    else {
      const { seq } = await trx
        .insertInto('audit_events')
        .values(row)
        .returning('seq')
        .executeTakeFirstOrThrow();
      await advanceAnchor(trx, seq, hash, content.at);
    }
  }
}

type EventRow = Omit<Insertable<AuditEventTable>, 'seq'>;

/** Moves the anchor to the entry just appended. */
function advanceAnchor(trx: Kysely<Database>, seq: number, hash: string, at: string) {
  return trx
    .updateTable('audit_anchor')
    .set((eb) => ({ entries: eb('entries', '+', 1), head_seq: seq, head_hash: hash, updated_at: at }))
    .where('id', '=', 1)
    .execute();
}

/** PostgreSQL: the entry and the anchor's move in one statement (one round trip). */
async function insertAndAdvance(trx: Kysely<Database>, row: EventRow, hash: string): Promise<void> {
  await trx
    .with('e', (db) => db.insertInto('audit_events').values(row).returning('seq'))
    .updateTable('audit_anchor')
    .set((eb) => ({
      entries: eb('entries', '+', 1),
      head_seq: eb.selectFrom('e').select('e.seq'),
      head_hash: hash,
      updated_at: row.at,
    }))
    .where('id', '=', 1)
    .execute();
}

/** The anchor's head, locking the anchor's row until the transaction ends (PostgreSQL). */
async function lockedHead(trx: Kysely<Database>): Promise<string | undefined> {
  const anchor = await trx
    .selectFrom('audit_anchor')
    .select('head_hash')
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirst();
  return anchor?.head_hash;
}

async function anchorHead(trx: Kysely<Database>): Promise<string | undefined> {
  const anchor = await trx
    .selectFrom('audit_anchor')
    .select('head_hash')
    .where('id', '=', 1)
    .executeTakeFirst();
  return anchor?.head_hash;
}

/**
 * Without an anchor row (deleted, which verification reports), the newest stored entry's hash; on
 * PostgreSQL appends are then serialised by an advisory lock instead of the anchor's row lock.
 */
async function newestHash(trx: Kysely<Database>, postgres: boolean): Promise<string> {
  if (postgres) await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
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
