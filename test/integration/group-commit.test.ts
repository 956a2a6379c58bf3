/**
 * Group commit in the database layer (src/db/group-commit.ts and the dialects): what a commit
 * waits for, on SQLite and on PostgreSQL. The kill -9 test (durability.test.ts) shows no reply
 * goes out before its commit; these show no reply goes out before its commit is on disk.
 */
import fs from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/dialect.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { loadConfig } from '../../src/server/config.ts';
import { type AppContext, transaction } from '../../src/server/context.ts';
import { DATABASES } from '../support/databases.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const entry = (i: number) => ({
  organizationId: null,
  action: 'test.write',
  entityType: 'test',
  entityId: String(i),
});

describe.each(DATABASES)('group commit on $name', (database) => {
  it('makes many commits durable with one flush, in one unbroken audit chain', async () => {
    const { db, drop } = await database.create();
    try {
      const audit = new AuditLog(db.dialect);
      await db.sync();
      const before = { ...db.groupCommit!.stats };
      // Sixty transactions commit; then sixty requests wait for durability at once.
      await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          db.kysely.transaction().execute((trx) => audit.append(trx, systemActor('test'), entry(i))),
        ),
      );
      expect(db.groupCommit!.idle).toBe(false);
      await Promise.all(Array.from({ length: 60 }, () => db.sync()));
      expect(db.groupCommit!.stats.commits - before.commits).toBe(60);
      expect(db.groupCommit!.stats.flushes - before.flushes).toBe(1);
      expect(db.groupCommit!.idle).toBe(true);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('answers concurrent transactions only once durable, the chain intact', async () => {
    const { db, drop } = await database.create();
    try {
      const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
      await db.sync();
      const before = { ...db.groupCommit!.stats };
      const batched = db.batches && { ...db.batches.stats };
      await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          transaction(ctx, (trx) => ctx.audit.append(trx, systemActor('test'), entry(i))),
        ),
      );
      if (db.batches) {
        // SQLite: the sixty arrive together and share COMMITs (src/db/sqlite-batch.ts).
        const batches = db.batches.stats.batches - batched!.batches;
        expect(db.batches.stats.members - batched!.members).toBe(60);
        expect(batches).toBeLessThan(60);
        expect(db.groupCommit!.stats.commits - before.commits).toBe(batches);
      } else expect(db.groupCommit!.stats.commits - before.commits).toBe(60);
      expect(db.groupCommit!.stats.flushes - before.flushes).toBeLessThanOrEqual(60);
      expect(db.groupCommit!.idle).toBe(true);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('has nothing to flush after a transaction that only read', async () => {
    const { db, drop } = await database.create();
    try {
      const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
      await db.sync();
      const flushes = db.groupCommit!.stats.flushes;
      await transaction(ctx, (trx) => trx.selectFrom('organizations').selectAll().execute());
      expect(db.groupCommit!.stats.flushes).toBe(flushes);
    } finally {
      await drop();
    }
  });
});

describe('group commit on SQLite', () => {
  it('commits with synchronous = NORMAL and answers only after an fsync of the WAL that began after the commit', async () => {
    const { db, url, drop } = await DATABASES[0]!.create();
    try {
      const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
      expect(db.sqlite!.pragma('synchronous', { simple: true })).toBe(1);
      await db.sync();
      const wal = `${url.replace(/^sqlite:/, '')}-wal`;
      const events: string[] = [];
      const realFsync = fs.fsync;
      vi.spyOn(fs, 'fsync').mockImplementation(((fd: number, cb: (e: Error | null) => void) => {
        const target = fs.fstatSync(fd).ino === fs.statSync(wal).ino ? 'wal' : 'other';
        events.push(`fsync ${target} start`);
        realFsync(fd, (err) => {
          events.push(`fsync ${target} end`);
          cb(err);
        });
      }) as typeof fs.fsync);
      await transaction(ctx, async (trx) => {
        await ctx.audit.append(trx, systemActor('test'), entry(1));
        events.push('append');
      });
      events.push('answered');
      expect(events).toEqual(['append', 'fsync wal start', 'fsync wal end', 'answered']);
    } finally {
      await drop();
    }
  });

  it('runs transactions that arrive together as savepoints of one transaction: a failure undoes only its own', async () => {
    const { db, drop } = await DATABASES[0]!.create();
    try {
      const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
      await db.sync();
      // Warm: the append's statements compiled, so the batch is not cut short by its 5 ms bound.
      await transaction(ctx, (trx) => ctx.audit.append(trx, systemActor('test'), entry(-1)));
      const batches = db.batches!.stats.batches;
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          transaction(ctx, async (trx) => {
            await ctx.audit.append(trx, systemActor('test'), entry(i));
            if (i % 2 === 1) throw new Error(`refused ${i}`);
            return i;
          }),
        ),
      );
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual([
        'fulfilled',
        'Error: refused 1',
        'fulfilled',
        'Error: refused 3',
        'fulfilled',
        'Error: refused 5',
      ]);
      expect(db.groupCommit!.idle).toBe(true);
      expect(db.batches!.stats.batches - batches).toBeLessThan(6);
      const stored = await db.kysely
        .selectFrom('audit_events')
        .select('entity_id')
        .where('action', '=', 'test.write')
        .orderBy('seq')
        .execute();
      expect(stored.map((r) => r.entity_id)).toEqual(['-1', '0', '2', '4']);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('fails every transaction of a batch whose COMMIT fails, and stores none of it', async () => {
    const { db, drop } = await DATABASES[0]!.create();
    try {
      const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
      await db.sync();
      const anchor = await db.kysely.selectFrom('audit_anchor').select('entries').executeTakeFirstOrThrow();
      // A deferred foreign key fails at COMMIT, not at the statement.
      const results = await Promise.allSettled(
        Array.from({ length: 3 }, (_, i) =>
          transaction(ctx, async (trx) => {
            await ctx.audit.append(trx, systemActor('test'), entry(i));
            if (i === 2) {
              await sql`pragma defer_foreign_keys = on`.execute(trx);
              await sql`insert into invitation_tokens (token_hash, invitation_id, created_at) values ('x', 'no-such-invitation', '2026-01-01')`.execute(
                trx,
              );
            }
            return i;
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect(db.sqlite!.inTransaction).toBe(false);
      const after = await db.kysely.selectFrom('audit_anchor').select('entries').executeTakeFirstOrThrow();
      expect(after.entries).toBe(anchor.entries);
      // The next transaction runs normally.
      expect(await transaction(ctx, async () => 'next')).toBe('next');
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('syncs every commit on its own (synchronous = FULL) when group commit is off', async () => {
    const { url, drop } = await DATABASES[0]!.create();
    const db = openDatabase(url, { groupCommit: false });
    try {
      expect(db.sqlite!.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.groupCommit).toBeUndefined();
    } finally {
      await db.close();
      await drop();
    }
  });
});

describe.skipIf(DATABASES.length < 2)('group commit on PostgreSQL', () => {
  it('commits transactions asynchronously, statements outside them synchronously, and flushes past every commit', async () => {
    const { db, drop } = await DATABASES[1]!.create();
    try {
      const inside = await db.kysely
        .transaction()
        .execute((trx) => sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(trx));
      expect(inside.rows[0]!.synchronous_commit).toBe('off');
      const outside = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db.kysely);
      expect(outside.rows[0]!.synchronous_commit).toBe('on');

      const audit = new AuditLog(db.dialect);
      await db.kysely.transaction().execute((trx) => audit.append(trx, systemActor('test'), entry(1)));
      expect(db.groupCommit!.idle).toBe(false);
      const lsn = async (fn: string) =>
        (await sql<{ l: string }>`select ${sql.raw(fn)}()::text as l`.execute(db.kysely)).rows[0]!.l;
      const committedUpTo = await lsn('pg_current_wal_insert_lsn');
      await db.sync();
      const flushed = await lsn('pg_current_wal_flush_lsn');
      const diff = await sql<{
        d: string;
      }>`select (${flushed}::pg_lsn - ${committedUpTo}::pg_lsn)::text as d`.execute(db.kysely);
      expect(Number(diff.rows[0]!.d)).toBeGreaterThanOrEqual(0);
    } finally {
      await drop();
    }
  });

  it('prepares a transaction first statement once per connection, and anew when the table it reads changes', async () => {
    const { db, drop } = await DATABASES[1]!.create();
    try {
      await sql`create table prep_probe (a integer not null)`.execute(db.kysely);
      await sql`insert into prep_probe (a) values (1)`.execute(db.kysely);
      const read = (a: number) =>
        db.kysely.transaction().execute(async (trx) => {
          const rows = (await sql`select * from prep_probe where a = ${a}`.execute(trx)).rows;
          const prepared = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements
            where statement like '%from prep_probe%'`.execute(trx);
          return { rows, prepared: prepared.rows[0]!.n };
        });
      for (let i = 0; i < 8; i++) expect(await read(1)).toEqual({ rows: [{ a: 1 }], prepared: 1 });
      expect((await read(2)).rows).toEqual([]);
      // A migration adds a column: the statement's result changes, and it is prepared again.
      await sql`alter table prep_probe add column b integer not null default 2`.execute(db.kysely);
      expect((await read(1)).rows).toEqual([{ a: 1, b: 2 }]);
      // What PREPARE cannot take is sent as it is.
      const shown = await db.kysely
        .transaction()
        .execute((trx) => sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(trx));
      expect(shown.rows[0]!.synchronous_commit).toBe('off');
    } finally {
      await drop();
    }
  });
});
