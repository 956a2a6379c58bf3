/** Reads of the audit trail: an organization's events with filters, and the whole chain for verification. */
import type { Kysely, Selectable } from 'kysely';
import type { AuditEvent, AuditQuery } from '../../api/audit.ts';
import type { AuditEventTable, Database } from '../../db/schema.ts';
import type { ChainLink } from '../../domain/audit/chain.ts';
import { invalid } from '../../domain/errors.ts';

type Row = Selectable<AuditEventTable>;

function toEvent(r: Row): AuditEvent {
  let details: Record<string, unknown> = {};
  try {
    details = JSON.parse(r.details) as Record<string, unknown>;
  } catch {
    details = { unparsable: r.details };
  }
  return {
    seq: Number(r.seq),
    at: r.at,
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    ip: r.ip,
    details,
  };
}

const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A date-time filter as a stored ISO instant; a value the format allows but no clock has (23:59:60) is refused. */
function instant(field: string, value: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw invalid(field, 'not-point-time-leap-seconds', {}, 'query');
  if (t < EARLIEST || t > LATEST) throw invalid(field, 'between-years-1-9999-utc', {}, 'query');
  return new Date(t).toISOString();
}

export async function listEvents(
  db: Kysely<Database>,
  organizationId: string,
  q: AuditQuery,
): Promise<{ items: AuditEvent[]; nextBefore: number | null }> {
  const limit = q.limit ?? 100;
  let query = db.selectFrom('audit_events').selectAll().where('organization_id', '=', organizationId);
  if (q.actor) {
    const actor = q.actor.trim().toLowerCase();
    query = query.where((eb) => eb.or([eb('actor_user_id', '=', q.actor!), eb('actor_label', '=', actor)]));
  }
  if (q.action) {
    query = q.action.endsWith('.')
      ? query.where('action', 'like', `${q.action.replace(/[%_\\]/g, '')}%`)
      : query.where('action', '=', q.action);
  }
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.from) query = query.where('at', '>=', instant('from', q.from));
  if (q.to) query = query.where('at', '<=', instant('to', q.to));
  if (q.before) query = query.where('seq', '<', q.before);
  const rows = await query
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(toEvent);
  const nextBefore = rows.length > limit ? (items[items.length - 1]?.seq ?? null) : null;
  return { items, nextBefore };
}

/** Streams the chain in order, in pages, for verification: every entry, or those up to `lastSeq`. */
export async function* chainLinks(
  db: Kysely<Database>,
  lastSeq = Number.MAX_SAFE_INTEGER,
  pageSize = 5000,
): AsyncGenerator<ChainLink> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .where('seq', '<=', lastSeq)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute();
    for (const r of rows) {
      yield {
        seq: Number(r.seq),
        organizationId: r.organization_id,
        actorUserId: r.actor_user_id,
        actorLabel: r.actor_label,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        at: r.at,
        ip: r.ip,
        details: r.details,
        prevHash: r.prev_hash,
        hash: r.hash,
      };
    }
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** The anchor: how many entries the chain had, and its head, as of the last append. */
export const getAnchor = (db: Kysely<Database>) =>
  db
    .selectFrom('audit_anchor')
    .select(['entries', 'head_seq', 'head_hash'])
    .where('id', '=', 1)
    .executeTakeFirst();

/** How many entries are stored up to and including `lastSeq`. */
export async function countEntriesUpTo(db: Kysely<Database>, lastSeq: number): Promise<number> {
  const r = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seq', '<=', lastSeq)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The hash of one entry, or undefined when there is none with that seq. */
export async function hashAt(db: Kysely<Database>, seq: number): Promise<string | undefined> {
  const r = await db.selectFrom('audit_events').select('hash').where('seq', '=', seq).executeTakeFirst();
  return r?.hash;
}
