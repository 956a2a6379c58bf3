/**
 * The audit entries of reads (src/server/audit/read-batch.ts): appended together, in one
 * transaction per batch that rides the group commit (the entries that arrive while a flush runs
 * go together once it ends), each read answered only once its entry is
 * durable, the chain unbroken; a failed append fails every read of its batch. `auditedRead`: on
 * PostgreSQL the entry goes with the read's own COMMIT instead.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { DATABASES } from '../support/databases.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

const read = (i: number) => ({
  organizationId: null,
  action: 'test.read',
  entityType: 'test',
  entityId: String(i),
  details: { i },
});

describe.each(DATABASES)('audited reads on $name', (database) => {
  it('appends concurrent reads in few transactions, each durable before it resolves, in order', async () => {
    const { db, drop } = await database.create();
    try {
      const audit = new AuditLog(db.dialect);
      const appendAll = vi.spyOn(audit, 'appendAll');
      await db.sync();
      const before = { ...db.groupCommit!.stats };
      let undurable = 0;
      await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          audit.appendRead(db, systemActor('test'), read(i)).then(() => {
            if (!db.groupCommit!.idle && db.groupCommit!.stats.flushes === before.flushes) undurable++;
          }),
        ),
      );
      expect(undurable).toBe(0);
      // The first read starts a batch of its own; the other 59 wait for it and go together.
      expect(appendAll.mock.calls.length).toBeLessThanOrEqual(3);
      expect(db.groupCommit!.stats.flushes - before.flushes).toBeLessThanOrEqual(3);
      const rows = await db.kysely
        .selectFrom('audit_events')
        .select('entity_id')
        .where('action', '=', 'test.read')
        .orderBy('seq')
        .execute();
      expect(rows.map((r) => r.entity_id)).toEqual(Array.from({ length: 60 }, (_, i) => String(i)));
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('gathers the entries that arrive while a flush runs into one batch, written once it ends', async () => {
    const { db, drop } = await database.create();
    try {
      const audit = new AuditLog(db.dialect);
      const appendAll = vi.spyOn(audit, 'appendAll');
      await audit.appendRead(db, systemActor('test'), read(0));
      // A write commits and its flush starts; the reads' entries arrive while it runs.
      await db.kysely.transaction().execute((trx) => audit.append(trx, systemActor('test'), read(1)));
      const flushing = db.sync();
      const reads = [2, 3, 4, 5].map((i) => audit.appendRead(db, systemActor('test'), read(i)));
      await Promise.all([flushing, ...reads]);
      expect(appendAll.mock.calls.map(([, items]) => items.length)).toEqual([1, 4]);
      expect(db.groupCommit!.idle).toBe(true);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('fails every read of a batch whose append fails, and stores none of it', async () => {
    const { db, drop } = await database.create();
    try {
      const audit = new AuditLog(db.dialect);
      await audit.appendRead(db, systemActor('test'), read(0));
      const failing = vi.spyOn(audit, 'appendAll').mockImplementation(async (trx, items) => {
        await AuditLog.prototype.appendAll.call(audit, trx, items);
        throw new Error('disk gone');
      });
      const results = await Promise.allSettled(
        [1, 2, 3].map((i) => audit.appendRead(db, systemActor('t'), read(i))),
      );
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      failing.mockRestore();
      await audit.appendRead(db, systemActor('test'), read(4));
      const ids = await db.kysely
        .selectFrom('audit_events')
        .select('entity_id')
        .where('action', '=', 'test.read')
        .orderBy('seq')
        .execute();
      expect(ids.map((r) => r.entity_id)).toEqual(['0', '4']);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('audits a read in its own transaction on PostgreSQL, in a batch on SQLite, durable before it resolves', async () => {
    const { db, drop } = await database.create();
    try {
      const audit = new AuditLog(db.dialect);
      const appendAll = vi.spyOn(audit, 'appendAll');
      await db.sync();
      const flushes = db.groupCommit!.stats.flushes;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          audit
            .auditedRead(
              db,
              systemActor('test'),
              async (trx) =>
                (await trx.selectFrom('audit_anchor').select('entries').executeTakeFirst()) ?? null,
              () => read(i),
            )
            .then((r) => {
              expect(db.groupCommit!.stats.flushes).toBeGreaterThan(flushes);
              return r;
            }),
        ),
      );
      expect(results).toHaveLength(20);
      // PostgreSQL: each entry went with its read's COMMIT; SQLite: in batches after the reads.
      expect(audit.readsInTransaction).toBe(database.name === 'postgres');
      if (database.name === 'postgres') expect(appendAll).not.toHaveBeenCalled();
      else expect(appendAll).toHaveBeenCalled();
      const rows = await db.kysely
        .selectFrom('audit_events')
        .select('entity_id')
        .where('action', '=', 'test.read')
        .execute();
      expect(rows.map((r) => r.entity_id).sort()).toEqual(
        Array.from({ length: 20 }, (_, i) => String(i)).sort(),
      );
      expect(db.groupCommit!.idle).toBe(true);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });

  it('audits nothing for a read that fails, and fails a read whose entry cannot be stored', async () => {
    const { db, drop } = await database.create();
    try {
      const audit = new AuditLog(db.dialect);
      await expect(
        audit.auditedRead(
          db,
          systemActor('test'),
          async () => {
            throw new Error('not found');
          },
          () => read(1),
        ),
      ).rejects.toThrow('not found');
      const failing = vi.spyOn(audit, 'append').mockRejectedValue(new Error('disk gone'));
      vi.spyOn(audit, 'appendAll').mockRejectedValue(new Error('disk gone'));
      await expect(
        audit.auditedRead(
          db,
          systemActor('test'),
          async () => 'shown',
          () => read(2),
        ),
      ).rejects.toThrow('disk gone');
      failing.mockRestore();
      vi.mocked(audit.appendAll).mockRestore();
      await audit.auditedRead(
        db,
        systemActor('test'),
        async () => 'shown',
        () => read(3),
      );
      const ids = await db.kysely
        .selectFrom('audit_events')
        .select('entity_id')
        .where('action', '=', 'test.read')
        .execute();
      expect(ids.map((r) => r.entity_id)).toEqual(['3']);
      expect(await verifyAuditChain(db.kysely)).toMatchObject({ ok: true, missing: 0 });
    } finally {
      await drop();
    }
  });
});
