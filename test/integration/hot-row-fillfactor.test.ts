/**
 * Migration 0041: on PostgreSQL the rows updated on every write (the audit anchor, the outcome
 * marks) keep room on their page, so their updates stay HOT and the page prunes itself without
 * VACUUM; on SQLite nothing changes.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/dialect.ts';
import { HOT_TABLES } from '../../src/db/migrations/0041-hot-row-fillfactor.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { DATABASES } from '../support/databases.ts';

describe.each(DATABASES)('0041 fill factor of hot rows on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await database.create());
  });
  afterAll(() => drop());

  it('is recorded as applied', async () => {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration
      where name = '0041-hot-row-fillfactor'`.execute(db.kysely);
    expect(rows).toHaveLength(1);
  });

  it.runIf(database.name === 'postgres')('sets the fill factor of each hot table', async () => {
    const { rows } = await sql<{ relname: string; reloptions: string[] | null }>`
      select relname, reloptions from pg_class
      where relkind = 'r' and relnamespace = 'public'::regnamespace and reloptions is not null`.execute(
      db.kysely,
    );
    const set = Object.fromEntries(rows.map((r) => [r.relname, r.reloptions]));
    expect(set).toEqual(
      Object.fromEntries(HOT_TABLES.map(([table, fillfactor]) => [table, [`fillfactor=${fillfactor}`]])),
    );
  });

  it.runIf(database.name === 'postgres')(
    'keeps the anchor on one page through a thousand audited writes, without VACUUM',
    async () => {
      const audit = new AuditLog(db.dialect);
      for (let i = 0; i < 1_000; i++)
        await db.kysely.transaction().execute((trx) =>
          audit.append(trx, systemActor('test'), {
            organizationId: null,
            action: 'test.write',
            entityType: 'test',
            entityId: String(i),
          }),
        );
      // Every update was HOT (no new index entry) and the page pruned the old versions itself: a
      // non-HOT update would have moved the row to another page and added a key to the index.
      const { rows } = await sql<{ table: number; index: number }>`
        select pg_relation_size('audit_anchor')::int as table,
               pg_relation_size('audit_anchor_pkey')::int as index`.execute(db.kysely);
      const block = 8192;
      expect(rows[0]).toEqual({ table: block, index: 2 * block });
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    },
  );
});
