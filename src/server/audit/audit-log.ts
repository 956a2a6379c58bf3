/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit entry are
 * written together or not at all. Appends are serialised (an advisory lock on PostgreSQL; SQLite
 * has one writer) so the hash chain never forks. Each append chains to the anchor's head and moves
 * the anchor (`audit_anchor`: entry count and head) forward in the same transaction, so deleting
 * the newest entries shows as missing entries (src/server/audit/verify.ts).
 */
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
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
    if (this.dialect === 'postgres') {
      await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
    }
    const prevHash = await headHash(trx);
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
    const { seq } = await trx
      .insertInto('audit_events')
      .values({
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
      })
      .returning('seq')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('audit_anchor')
      .set((eb) => ({
        entries: eb('entries', '+', 1),
        head_seq: seq,
        head_hash: hash,
        updated_at: content.at,
      }))
      .where('id', '=', 1)
      .execute();
  }
}

/**
 * The hash the next entry chains to: the anchor's head. Should the newest entries be deleted, the
 * next entry still names the last hash that was appended, so verification breaks exactly there.
 * Without an anchor row (deleted, which verification reports), the newest stored entry's hash.
 */
async function headHash(trx: Kysely<Database>): Promise<string> {
  const anchor = await trx
    .selectFrom('audit_anchor')
    .select('head_hash')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (anchor) return anchor.head_hash;
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
