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
