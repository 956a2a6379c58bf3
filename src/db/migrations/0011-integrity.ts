import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Integrity findings of the independent test (issue 14):
 *
 * - `audit_anchor`: one row holding the audit chain's entry count and head (last seq and hash),
 *   moved forward by every append in the same transaction. Deleting the newest audit rows leaves a
 *   valid but shorter chain; against the anchor it shows as missing entries. Triggers let the row
 *   only move forward by one entry at a time and refuse its deletion.
 * - `studies.organization_id`: the organization that imported a stored study (null: installed for
 *   everyone, e.g. by the CLI). Filled from the audit trail's `study.import` entries.
 * - `organization_studies`: an organization's own copy of a shared study, made when it edits a
 *   study it does not own (copy-on-write); that organization then sees its copy instead.
 */
export async function up(db: Kysely<unknown>, { dialect, timestamp }: MigrationContext): Promise<void> {
  await createAuditAnchor(db, dialect, timestamp);
  await db.schema.alterTable('studies').addColumn('organization_id', 'text').execute();
  await fillStudyOwners(db);
  await db.schema
    .createTable('organization_studies')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('organization_studies_pk', ['organization_id', 'id'] as never)
    .execute();
}

async function createAuditAnchor(
  db: Kysely<unknown>,
  dialect: MigrationContext['dialect'],
  timestamp: MigrationContext['timestamp'],
): Promise<void> {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('audit_anchor')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('entries', big, (c) => c.notNull())
    .addColumn('head_seq', big, (c) => c.notNull())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  await sql`INSERT INTO audit_anchor (id, entries, head_seq, head_hash, updated_at)
    SELECT 1, (SELECT count(*) FROM audit_events), coalesce(max(seq), 0),
      coalesce((SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1), ${'0'.repeat(64)}), ${now}
    FROM audit_events`.execute(db);

  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION audit_anchor_forward() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.entries <> OLD.entries + 1 OR NEW.head_seq <= OLD.head_seq THEN
          RAISE EXCEPTION 'audit_anchor only moves forward, one entry at a time';
        END IF;
        RETURN NEW;
      END; $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER audit_anchor_forward BEFORE UPDATE OR DELETE ON audit_anchor
      FOR EACH ROW EXECUTE FUNCTION audit_anchor_forward()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_anchor_forward BEFORE UPDATE ON audit_anchor
      WHEN NEW.entries <> OLD.entries + 1 OR NEW.head_seq <= OLD.head_seq
      BEGIN SELECT RAISE(ABORT, 'audit_anchor only moves forward, one entry at a time'); END`.execute(db);
    await sql`CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor
      BEGIN SELECT RAISE(ABORT, 'audit_anchor only moves forward, one entry at a time'); END`.execute(db);
  }
}

/** Each imported study belongs to the organization whose `study.import` entry added it. */
async function fillStudyOwners(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ organization_id: string | null; details: string }>`
    SELECT organization_id, details FROM audit_events
    WHERE action = 'study.import' AND organization_id IS NOT NULL ORDER BY seq`.execute(db);
  for (const row of rows) {
    let added: unknown;
    try {
      added = (JSON.parse(row.details) as { added?: unknown }).added;
    } catch {
      continue; // an unreadable entry names no study; the study stays shared (read-only to all)
    }
    if (!Array.isArray(added)) continue;
    for (const id of added) {
      if (typeof id !== 'string') continue;
      await sql`UPDATE studies SET organization_id = ${row.organization_id}
        WHERE id = ${id} AND organization_id IS NULL`.execute(db);
    }
  }
}
