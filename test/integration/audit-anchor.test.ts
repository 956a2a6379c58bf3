/**
 * Issue 14, finding 9: someone with direct database access dropped the append-only triggers and
 * deleted the newest audit entries; the shorter chain still verified. The anchor (entry count and
 * head, moved with every append) makes the deletion show, naming how many entries are missing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { entryHash, GENESIS_HASH } from '../../src/domain/audit/chain.ts';
import { checkExternalAnchor, readAnchor, verifyAuditChain } from '../../src/server/audit/verify.ts';
import { threshold } from '../support/cli.ts';
import { DATABASES, type TestDatabase } from '../support/databases.ts';
import { type Agent, startTestServer, type TestServer, validClient } from '../support/harness.ts';

/** Deletes the newest `n` entries as the attacker did: around the append-only triggers. */
async function deleteNewest(db: Kysely<Database>, database: TestDatabase, n: number): Promise<number[]> {
  const rows = await db.selectFrom('audit_events').select('seq').orderBy('seq', 'desc').limit(n).execute();
  const seqs = rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
  if (database.name === 'postgres') {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(db);
    await sql`DELETE FROM audit_events WHERE seq >= ${seqs[0]}`.execute(db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(db);
  } else {
    await sql`DROP TRIGGER IF EXISTS audit_events_no_delete`.execute(db);
    await sql`DELETE FROM audit_events WHERE seq >= ${seqs[0]}`.execute(db);
  }
  return seqs;
}

describe.each(DATABASES)('the audit anchor on $name', { timeout: 120_000 }, (database) => {
  let server: TestServer;
  let owner: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await server.createOrg('Anchored Clinic');
    owner = await server.as(org.users.owner);
    for (let i = 0; i < 4; i++) await owner.post('/api/clients', validClient({ familyName: `Anchor${i}` }));
  });
  afterAll(() => server.close());

  it('moves with every append, and refuses to go back or be deleted', async () => {
    const db = server.ctx.db.kysely;
    const before = (await readAnchor(db))!;
    const last = await db
      .selectFrom('audit_events')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const count = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(before).toEqual({ entries: Number(count.n), headSeq: Number(last.seq), headHash: last.hash });
    expect((await owner.get('/api/audit/verify')).json()).toMatchObject({
      ok: true,
      missing: 0,
      firstBroken: null,
    });

    await expect(
      db
        .updateTable('audit_anchor')
        .set({ entries: before.entries - 3 })
        .execute(),
    ).rejects.toThrow(/only moves forward/);
    await expect(db.deleteFrom('audit_anchor').execute()).rejects.toThrow(/only moves forward/);
  });

  it('reports deleted newest entries as truncation, naming how many are missing (API and CLI)', async () => {
    const db = server.ctx.db.kysely;
    const deleted = await deleteNewest(db, database, 3);

    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBroken: { seq: deleted[0], reason: 'truncated' },
      missing: 3,
    });
    const api = (await owner.get('/api/audit/verify')).json();
    expect(api).toMatchObject({ ok: false, missing: 3, firstBroken: { reason: 'truncated' } });

    const cli = await threshold(['audit', 'verify'], server.url);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`TRUNCATED: 3 entries are missing from entry ${deleted[0]} on`));
  });

  it('still shows the gap after new entries are appended over it', async () => {
    const res = await owner.post('/api/clients', validClient({ familyName: 'AfterTheGap' }));
    expect(res.statusCode).toBe(201);
    const r = await verifyAuditChain(server.ctx.db.kysely);
    expect(r).toMatchObject({ ok: false, missing: 3, firstBroken: { reason: 'prev-hash-mismatch' } });
  });
});

describe.each(DATABASES)('an anchor kept with a backup on $name', (database) => {
  it('detects entries deleted up to the backup even when the database anchor is rewritten too', async () => {
    const server = await startTestServer(database);
    try {
      const org = await server.createOrg('Backed Up Clinic');
      const owner = await server.as(org.users.owner);
      await owner.post('/api/clients', validClient({ familyName: 'Kept' }));
      const db = server.ctx.db.kysely;
      const kept = (await readAnchor(db))!;
      expect(await checkExternalAnchor(db, kept)).toEqual({ ok: true, missing: 0, headFound: true });

      // The attacker deletes the two newest entries and rewrites the anchor to match.
      const deleted = await deleteNewest(db, database, 2);
      const newHead = await db
        .selectFrom('audit_events')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      if (database.name === 'postgres') {
        await sql`ALTER TABLE audit_anchor DISABLE TRIGGER audit_anchor_forward`.execute(db);
      } else {
        await sql`DROP TRIGGER audit_anchor_forward`.execute(db);
      }
      await db
        .updateTable('audit_anchor')
        .set({ entries: kept.entries - 2, head_seq: Number(newHead.seq), head_hash: newHead.hash })
        .execute();
      expect((await verifyAuditChain(db)).ok).toBe(true); // the database alone no longer tells
      expect(await checkExternalAnchor(db, kept)).toEqual({ ok: false, missing: 2, headFound: false });
      expect(deleted).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});

/** `threshold backup` copies SQLite only (PostgreSQL: it prints the pg_dump command). */
const SQLITE = DATABASES.find((d) => d.name === 'sqlite')!;

describe('a SQLite backup', { timeout: 120_000 }, () => {
  it('writes the backup and its anchor readable by the owner only', async () => {
    const server = await startTestServer(SQLITE);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-anchor-'));
    try {
      await server.createOrg('Backup Clinic');
      const file = path.join(dir, 'copy.sqlite');
      const r = await threshold(['backup', file], server.url);
      expect(r.code, r.stderr).toBe(0);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(`${file}.anchor.json`).mode & 0o777).toBe(0o600);
      const anchor = JSON.parse(fs.readFileSync(`${file}.anchor.json`, 'utf8'));
      expect(anchor).toMatchObject((await readAnchor(server.ctx.db.kysely))!);
      const ok = await threshold(['audit', 'verify', '--anchor', `${file}.anchor.json`], server.url);
      expect(ok.stdout).toMatch(/Matches the anchor/);
      expect(ok.code).toBe(0);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The anchor's trigger (migration 0040): one move may cover the n entries a batch appended, checked
 * against the entries stored after the old head — their number, the new head's seq and hash, and
 * their links from the old head. Rows are written here by hand, as a writer around the
 * application would, each attempt in a transaction of its own.
 */
describe.each(DATABASES)("the anchor's move by n entries on $name", { timeout: 120_000 }, (database) => {
  let handle: Awaited<ReturnType<TestDatabase['create']>>;
  let db: Kysely<Database>;
  beforeAll(async () => {
    handle = await database.create();
    db = handle.db.kysely;
  });
  afterAll(() => handle.drop());

  type Row = { seq: number; hash: string; prev_hash: string };
  /** Inserts `n` entries chained from `from` (the anchor's head unless given), returning them in order. */
  async function insertChained(trx: Kysely<Database>, n: number, from?: string): Promise<Row[]> {
    let prev = from ?? (await readAnchor(trx))!.headHash;
    const rows: Row[] = [];
    for (let i = 0; i < n; i++) {
      const content = {
        organizationId: null,
        actorUserId: null,
        actorLabel: 'test',
        action: 'anchor.test',
        entityType: 'test',
        entityId: String(i),
        at: new Date().toISOString(),
        ip: null,
        details: '{}',
      };
      const hash = entryHash(prev, content);
      const r = await trx
        .insertInto('audit_events')
        .values({
          organization_id: null,
          actor_user_id: null,
          actor_label: content.actorLabel,
          action: content.action,
          entity_type: content.entityType,
          entity_id: content.entityId,
          at: content.at,
          ip: null,
          details: content.details,
          prev_hash: prev,
          hash,
        })
        .returning('seq')
        .executeTakeFirstOrThrow();
      rows.push({ seq: Number(r.seq), hash, prev_hash: prev });
      prev = hash;
    }
    return rows;
  }
  const move = (trx: Kysely<Database>, by: number, head: { seq: number; hash: string }) =>
    trx
      .updateTable('audit_anchor')
      .set((eb) => ({
        entries: eb('entries', '+', by),
        head_seq: head.seq,
        head_hash: head.hash,
        updated_at: new Date().toISOString(),
      }))
      .where('id', '=', 1)
      .execute();
  /** Runs `write` in a transaction and expects the trigger to refuse it, leaving nothing stored. */
  async function refused(write: (trx: Kysely<Database>) => Promise<unknown>) {
    const before = await readAnchor(db);
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const stored = await count();
    await expect(db.transaction().execute(write)).rejects.toThrow(
      /only moves forward, by the entries appended/,
    );
    expect(await readAnchor(db)).toEqual(before);
    expect(await count()).toBe(stored);
  }

  it('lets a batch of n entries move the anchor once, by n', async () => {
    await db.transaction().execute(async (trx) => {
      const rows = await insertChained(trx, 5);
      await move(trx, 5, rows.at(-1)!);
    });
    await db.transaction().execute(async (trx) => {
      const rows = await insertChained(trx, 1);
      await move(trx, 1, rows[0]!);
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 6, missing: 0 });
  });

  it('refuses a move whose count does not match the entries inserted', async () => {
    await refused(async (trx) => move(trx, 2, (await insertChained(trx, 3)).at(-1)!));
    await refused(async (trx) => move(trx, 4, (await insertChained(trx, 3)).at(-1)!));
    await refused(async (trx) => move(trx, 0, (await insertChained(trx, 1))[0]!));
  });

  it('refuses a move that skips an entry or names a seq with none', async () => {
    // Over the first two of three: the third lies past the head, uncounted.
    await refused(async (trx) => move(trx, 2, (await insertChained(trx, 3))[1]!));
    // A head one past the newest entry, with the count right.
    await refused(async (trx) => {
      const last = (await insertChained(trx, 2)).at(-1)!;
      await move(trx, 2, { seq: last.seq + 1, hash: last.hash });
    });
    // By one, to the second of two: the first is skipped.
    await refused(async (trx) => move(trx, 1, (await insertChained(trx, 2))[1]!));
  });

  it('refuses a wrong head hash, and entries that do not chain from the old head', async () => {
    await refused(async (trx) => {
      const rows = await insertChained(trx, 3);
      await move(trx, 3, { seq: rows[2]!.seq, hash: rows[1]!.hash });
    });
    // A fork: entries chained to an older hash than the anchor's head.
    await refused(async (trx) => move(trx, 2, (await insertChained(trx, 2, GENESIS_HASH)).at(-1)!));
    // A broken link inside the batch.
    await refused(async (trx) => {
      const a = await insertChained(trx, 2);
      const b = await insertChained(trx, 2, a[0]!.hash);
      await move(trx, 4, b.at(-1)!);
    });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 6, missing: 0 });
  });

  it('leaves verification naming the first broken link inside a batch', async () => {
    const rows = await db.transaction().execute(async (trx) => {
      const r = await insertChained(trx, 4);
      await move(trx, 4, r.at(-1)!);
      return r;
    });
    if (database.name === 'postgres') {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(db);
      await sql`UPDATE audit_events SET details = '{"x":1}' WHERE seq = ${rows[1]!.seq}`.execute(db);
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(db);
    } else {
      await sql`DROP TRIGGER audit_events_no_update`.execute(db);
      await sql`UPDATE audit_events SET details = '{"x":1}' WHERE seq = ${rows[1]!.seq}`.execute(db);
    }
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBroken: { seq: rows[1]!.seq, reason: 'hash-mismatch' },
    });
  });
});
