import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';

describe.each(DATABASES)('audit trail on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Audited Clinic');
    owner = await server.as(org.users.owner);
    for (let i = 0; i < 3; i++) await owner.post('/api/clients', validClient({ familyName: `Audit${i}` }));
  });
  afterAll(() => server.close());

  it('filters by actor, action prefix, entity and time, newest first, with a cursor', async () => {
    const all = (await owner.get('/api/audit?limit=500')).json().items;
    const seqs = all.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    const creates = (
      await owner.get(`/api/audit?action=client.create&actor=${encodeURIComponent(org.users.owner)}`)
    ).json();
    expect(creates.items).toHaveLength(3);
    expect((await owner.get('/api/audit?action=client.')).json().items.length).toBeGreaterThanOrEqual(3);

    const page1 = (await owner.get('/api/audit?action=client.create&limit=2')).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (
      await owner.get(`/api/audit?action=client.create&limit=2&before=${page1.nextBefore}`)
    ).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextBefore).toBeNull();

    const future = (await owner.get(`/api/audit?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).json();
    expect(future.items).toHaveLength(0);
  });

  it('is append-only in the database itself', async () => {
    const db = server.ctx.db.kysely;
    await expect(db.updateTable('audit_events').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('audit_events').execute()).rejects.toThrow(/append-only/);
  });

  it('verifies the chain, and names the first broken link after tampering', async () => {
    const ok = (await owner.get('/api/audit/verify')).json();
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThan(10);

    const db = server.ctx.db.kysely;
    const victim = await db
      .selectFrom('audit_events')
      .select('seq')
      .where('action', '=', 'client.create')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    // Simulate someone with direct database access bypassing the trigger.
    if (database.name === 'postgres') {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(db);
      await sql`UPDATE audit_events SET entity_id = 'someone-else' WHERE seq = ${victim.seq}`.execute(db);
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(db);
    } else {
      await sql`DROP TRIGGER audit_events_no_update`.execute(db);
      await sql`UPDATE audit_events SET entity_id = 'someone-else' WHERE seq = ${victim.seq}`.execute(db);
    }
    const broken = await verifyAuditChain(db);
    expect(broken).toEqual({
      ok: false,
      checked: Number(victim.seq) - 1,
      firstBroken: { seq: Number(victim.seq), reason: 'hash-mismatch' },
      missing: 0,
    });
  });

  it('keeps the chain unforked under concurrent writes', async () => {
    const fresh = await startTestServer(database);
    try {
      const o = await fresh.createOrg('Busy Clinic');
      const a = await fresh.as(o.users.owner);
      const results = await Promise.all(
        Array.from({ length: 25 }, (_, i) => a.post('/api/clients', validClient({ familyName: `Busy${i}` }))),
      );
      expect(results.every((r) => r.statusCode === 201)).toBe(true);
      expect(await verifyAuditChain(fresh.ctx.db.kysely)).toMatchObject({ ok: true, firstBroken: null });
    } finally {
      await fresh.close();
    }
  });
});
