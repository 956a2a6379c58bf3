import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * The audit anchor moves by as many entries as were appended (issue 18, goal 1). Its trigger
 * (0011) let it move one entry at a time, so a batch of n read entries moved it n times. Now one
 * move may cover n entries, checked against the entries actually stored after the old head:
 *
 * - there are exactly n of them (the move's `entries` difference), so none is skipped or counted
 *   twice, and the newest of them is the new head: its seq and hash;
 * - they chain from the old head: the first's `prev_hash` is the old head's hash and each next
 *   one's is the hash of the one before it, so a move can only extend the anchored chain, never
 *   fork it (two writers chaining to the same head cannot both move the anchor).
 *
 * Sequence numbers may have gaps (a PostgreSQL sequence value is spent by a rolled-back insert),
 * so the entries are counted and ordered by seq, not required to be consecutive. The hashes
 * themselves are recomputed by verification (src/server/audit/verify.ts), not here. The anchor
 * still cannot move back or be deleted. The message keeps the old prefix.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`CREATE OR REPLACE FUNCTION audit_anchor_forward() RETURNS trigger AS $$
      DECLARE ok boolean;
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.entries <= OLD.entries OR NEW.head_seq <= OLD.head_seq THEN
          RAISE EXCEPTION 'audit_anchor only moves forward, by the entries appended';
        END IF;
        SELECT count(*) = NEW.entries - OLD.entries
            AND max(e.seq) = NEW.head_seq
            AND count(*) FILTER (WHERE e.seq = NEW.head_seq AND e.hash = NEW.head_hash) = 1
            AND bool_and(e.prev_hash = coalesce(e.before, OLD.head_hash))
          INTO ok
          FROM (SELECT seq, hash, prev_hash, lag(hash) OVER (ORDER BY seq) AS before
                FROM audit_events WHERE seq > OLD.head_seq) e;
        IF ok IS NOT TRUE THEN
          RAISE EXCEPTION 'audit_anchor only moves forward, by the entries appended';
        END IF;
        RETURN NEW;
      END; $$ LANGUAGE plpgsql`.execute(db);
    return;
  }
  await sql`DROP TRIGGER audit_anchor_forward`.execute(db);
  await sql`CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor
    WHEN NEW.entries <= OLD.entries OR NEW.head_seq <= OLD.head_seq OR (
      SELECT count(*) = NEW.entries - OLD.entries
          AND max(e.seq) = NEW.head_seq
          AND sum(e.seq = NEW.head_seq AND e.hash = NEW.head_hash) = 1
          AND min(e.prev_hash = coalesce(e.before, OLD.head_hash)) = 1
        FROM (SELECT seq, hash, prev_hash, lag(hash) OVER (ORDER BY seq) AS before
              FROM audit_events WHERE seq > OLD.head_seq) AS e
    ) IS NOT 1
    BEGIN SELECT RAISE(ABORT, 'audit_anchor only moves forward, by the entries appended'); END`.execute(db);
}
