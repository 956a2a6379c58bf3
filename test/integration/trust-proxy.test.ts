/**
 * Issue 14, finding 5: with TRUST_PROXY=1 Threshold believed the leftmost X-Forwarded-For entry, so
 * a client could write any address there: every guess a fresh address past the sign-in rate limit,
 * and fake addresses in the audit trail. TRUST_PROXY=1 now means one proxy on this machine (the
 * loopback addresses): the address that proxy appends is the client's, whatever the client wrote
 * before it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';

/** The address the one trusted proxy saw and appended; the test's connection comes from 127.0.0.1. */
const REAL = '203.0.113.9';

describe.each(DATABASES)('one trusted proxy on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;

  beforeAll(async () => {
    const { trustProxy, trustedProxies } = loadConfig({ TRUST_PROXY: '1' });
    server = await startTestServer(database, { trustProxy, trustedProxies, signInPerMinute: 3 });
    org = await server.createOrg('Proxy Clinic');
  });
  afterAll(() => server?.close());

  const spoofed = (fake: string) =>
    server.agent().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: org.users.owner, password: 'not the password' },
      headers: { 'x-forwarded-for': `${fake}, ${REAL}` },
    });

  it('rate-limits and audits by the address the proxy saw, not the one the client wrote', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push((await spoofed(`198.51.100.${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);

    const failures = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('ip')
      .where('action', '=', 'auth.sign-in-failed')
      .execute();
    expect(failures.length).toBe(3);
    expect(new Set(failures.map((f) => f.ip))).toEqual(new Set([REAL]));
  });

  it('believes no X-Forwarded-For from a client that reaches Threshold directly', async () => {
    const direct = await server.agent().request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: org.users.clinician, password: 'not the password' },
      headers: { 'x-forwarded-for': REAL },
      remoteAddress: '192.0.2.50',
    });
    expect(direct.statusCode).toBe(401);
    const last = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('ip')
      .where('action', '=', 'auth.sign-in-failed')
      .where('actor_label', '=', org.users.clinician)
      .executeTakeFirstOrThrow();
    expect(last.ip).toBe('192.0.2.50');
  });
});
