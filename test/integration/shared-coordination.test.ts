/**
 * What several servers on one database share beyond the data (migration 0023), on both databases,
 * with two apps over two connections to one database as two servers would have: a scheduled job's
 * lease is held by one at a time and taken over once it lapses; the sign-in rate limit counts the
 * requests to both apps together while the portal's stays per server; asked-for sign-in links stay
 * within their limit when both servers handle requests for one address at once; an outbox claim
 * that lapsed and was taken over is not overwritten by the sender that lost it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/dialect.ts';
import { SIGN_IN_LINKS_PER_WINDOW } from '../../src/domain/portal/sign-in-throttle.ts';
import { buildApp } from '../../src/server/app.ts';
import type { AppContext } from '../../src/server/context.ts';
import { acquireLease, releaseLease, withLease } from '../../src/server/leases.ts';
import { claimMessages, insertMessage, markSent } from '../../src/server/outbox/repository.ts';
import { requestSignInLink } from '../../src/server/portal/home-service.ts';
import { DATABASES } from '../support/databases.ts';
import { Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { portalProgram, seedPortalClient } from '../support/portal-fixtures.ts';

const at = (ms: number) => new Date(Date.UTC(2030, 0, 1) + ms);

describe.each(DATABASES)('servers sharing one database on $name', (database) => {
  let server: TestServer;
  let second: { ctx: AppContext; app: Awaited<ReturnType<typeof buildApp>>['app']; close(): Promise<void> };
  let org: TestOrg;

  beforeAll(async () => {
    server = await startTestServer(database, { signInPerMinute: 4, portalPerMinute: 3 });
    const db = openDatabase(server.url);
    const built = await buildApp({ db, config: server.ctx.config, web: false });
    second = {
      ...built,
      async close() {
        await built.app.close();
        await db.close();
      },
    };
    org = await server.createOrg('Shared Clinic');
  });
  afterAll(async () => {
    await second?.close();
    await server?.close();
  });

  it('gives a job to one holder at a time, and to another once the lease lapsed', async () => {
    const db = server.ctx.db.kysely;
    const other = second.ctx.db.kysely;
    expect(await acquireLease(db, 'test-job', at(0), at(10_000), 'a')).toBe(true);
    expect(await acquireLease(other, 'test-job', at(1_000), at(11_000), 'b')).toBe(false);
    expect(await acquireLease(db, 'test-job', at(2_000), at(12_000), 'a')).toBe(true);
    // a dies holding it: b takes it over once it lapsed, and a's late release does not free b's.
    expect(await acquireLease(other, 'test-job', at(12_000), at(22_000), 'b')).toBe(true);
    await releaseLease(db, 'test-job', at(13_000), 'a');
    expect(await acquireLease(db, 'test-job', at(14_000), at(24_000), 'a')).toBe(false);
    await releaseLease(other, 'test-job', at(15_000), 'b');
    expect(await acquireLease(db, 'test-job', at(16_000), at(26_000), 'a')).toBe(true);
  });

  it('runs a leased job on one server while the other holds it', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = withLease(server.ctx.db.kysely, 'held-job', 60_000, () => held.then(() => 'first'), 'a');
    await new Promise((r) => setTimeout(r, 50));
    expect(await withLease(second.ctx.db.kysely, 'held-job', 60_000, async () => 'second', 'b')).toBeNull();
    release();
    expect(await first).toBe('first');
    expect(await withLease(second.ctx.db.kysely, 'held-job', 60_000, async () => 'second', 'b')).toBe(
      'second',
    );
  });

  it('counts sign-in attempts on both servers together, portal requests per server', async () => {
    const agents = [new Agent(server.app), new Agent(second.app)];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await agents[i % 2]!.signIn(org.users.owner, 'wrong')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const rows = await server.ctx.db.kysely.selectFrom('rate_limit_hits').selectAll().execute();
    expect(rows.some((r) => r.key_hash.includes('127.0.0.1'))).toBe(false);

    const portal = async (app: TestServer['app']) =>
      (await app.inject({ method: 'GET', url: '/api/portal/invitations/no-such-token' })).statusCode;
    const first = [await portal(server.app), await portal(server.app), await portal(server.app)];
    expect(first).not.toContain(429);
    expect(await portal(server.app)).toBe(429);
    expect(await portal(second.app)).not.toBe(429);
  });

  it('keeps asked-for sign-in links to one address within the limit across servers', async () => {
    const db = server.ctx.db.kysely;
    const c = await seedPortalClient(db, org.id, await portalProgram(db, org.id), { name: 'Asker' });
    // Two SQLite connections in one thread would wait on each other's write lock (busy_timeout blocks
    // the thread): SQLite serves one server process, so there both requests go through one.
    const ctxs = database.name === 'sqlite' ? [server.ctx, server.ctx] : [server.ctx, second.ctx];
    await Promise.all(Array.from({ length: 8 }, (_, i) => requestSignInLink(ctxs[i % 2]!, c.email)));
    const links = await db
      .selectFrom('outbox')
      .select('id')
      .where('client_id', '=', c.clientId)
      .where('dedupe_key', 'like', 'portal-link-request:%')
      .execute();
    expect(links).toHaveLength(SIGN_IN_LINKS_PER_WINDOW);
  });

  it('lets only the current claimant of an outbox message record it sent', async () => {
    const db = server.ctx.db.kysely;
    await insertMessage(db, {
      id: 'claim-test',
      organizationId: org.id,
      dedupeKey: 'claim-test',
      kind: 'alert',
      clientId: null,
      to: 'staff@example.org',
      subject: 'claim',
      body: 'claim',
      status: 'queued',
      now: at(0).toISOString(),
    });
    const claim = (now: number, until: number) =>
      claimMessages(db, server.ctx.db.dialect, {
        now: at(now).toISOString(),
        claimedUntil: at(until).toISOString(),
        limit: 1000,
      }).then((rows) => rows.filter((r) => r.id === 'claim-test'));
    expect(await claim(0, 5_000)).toHaveLength(1);
    expect(await claim(1_000, 6_000)).toHaveLength(0);
    // The first sender stalled past its claim; a second takes the message over.
    expect(await claim(6_000, 11_000)).toHaveLength(1);
    await markSent(db, 'claim-test', at(5_000).toISOString(), at(7_000).toISOString());
    const stale = await db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', 'claim-test')
      .executeTakeFirstOrThrow();
    expect(stale).toMatchObject({ status: 'sending', attempts: 2 });
    await markSent(db, 'claim-test', at(11_000).toISOString(), at(8_000).toISOString());
    const sent = await db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', 'claim-test')
      .executeTakeFirstOrThrow();
    expect(sent.status).toBe('sent');
  });
});
