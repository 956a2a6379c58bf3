/**
 * API tokens (issue 17): an owner issues a token for a member, shown once and stored hashed; a
 * machine client uses it as `Authorization: Bearer` on /api and /fhir without CSRF; it is limited
 * to its scopes and to its member's current role; it expires, can be revoked, and its use is
 * recorded (last used, and the audit trail names the token).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/tokens.ts';
import { threshold } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('API tokens on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinicianId: string;

  const bearer = (token: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    server.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  async function issue(body: Record<string, unknown>) {
    const res = await owner.post('/api/api-tokens', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string; apiToken: { id: string; name: string; scopes: string[] } };
  }

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Token Clinic');
    owner = await server.as(org.users.owner);
    const members = (await owner.get('/api/members')).json().items as Array<{
      userId: string;
      email: string;
    }>;
    clinicianId = members.find((m) => m.email === org.users.clinician)!.userId;
  });
  afterAll(() => server.close());

  it('a Bearer token reads and writes /api without a cookie or CSRF token, and is stored only as a hash', async () => {
    const { token, apiToken } = await issue({
      name: 'EHR sync',
      userId: clinicianId,
      scopes: ['client.read', 'client.create'],
    });
    expect(token).toMatch(/^thr_[A-Za-z0-9_-]{43}$/);
    const row = await server.ctx.db.kysely
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const created = await bearer(token, 'POST', '/api/clients', validClient({ givenName: 'Bearer' }));
    expect(created.statusCode, created.body).toBe(201);
    const list = await bearer(token, 'GET', '/api/clients');
    expect(list.statusCode).toBe(200);

    // The list shows the token's metadata and its use, never the token.
    const listed = (await owner.get('/api/api-tokens')).json();
    const entry = listed.items.find((t: { id: string }) => t.id === apiToken.id);
    expect(entry).toMatchObject({ status: 'active', userEmail: org.users.clinician, name: 'EHR sync' });
    expect(entry.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed.scopes).not.toContain('token.manage');

    // The audit trail names the token as the actor of each record access.
    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'actor_user_id'])
      .where('organization_id', '=', org.id)
      .where('action', 'in', ['client.create', 'client.list'])
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    for (const a of audit) {
      expect(a.actor_label).toBe(`${org.users.clinician} via API token "EHR sync" (${apiToken.id})`);
      expect(a.actor_user_id).toBe(clinicianId);
    }
  });

  it('the token is refused beyond its scopes, and beyond the role its member has now', async () => {
    const { token } = await issue({ name: 'read only', userId: clinicianId, scopes: ['client.read'] });
    expectProblem(await bearer(token, 'POST', '/api/clients', validClient()), 403, 'forbidden');
    expect((await bearer(token, 'GET', '/api/clients')).statusCode).toBe(200);

    // Scopes beyond the member's role are refused when issuing.
    const tooMuch = await owner.post('/api/api-tokens', {
      name: 'x',
      userId: clinicianId,
      scopes: ['audit.read'],
    });
    expectProblem(tooMuch, 400, 'validation');
    expect(tooMuch.json().errors[0].field).toBe('scopes');
    // Managing tokens is never a scope: a token cannot mint another.
    expectProblem(await owner.post('/api/api-tokens', { name: 'x', scopes: ['token.manage'] }), 400);

    // The member becomes a researcher: their token loses client access at once.
    const { token: wide } = await issue({
      name: 'wide',
      userId: clinicianId,
      scopes: ['client.read', 'outcome.read'],
    });
    expect((await owner.patch(`/api/members/${clinicianId}`, { role: 'researcher' })).statusCode).toBe(200);
    expectProblem(await bearer(wide, 'GET', '/api/clients'), 403, 'forbidden');
    expect((await owner.patch(`/api/members/${clinicianId}`, { role: 'clinician' })).statusCode).toBe(200);
    expect((await bearer(wide, 'GET', '/api/clients')).statusCode).toBe(200);
  });

  it('a revoked or expired token is refused with 401; so are unknown and malformed credentials', async () => {
    const { token, apiToken } = await issue({ name: 'to revoke', scopes: ['client.read'] });
    expect((await bearer(token, 'GET', '/api/clients')).statusCode).toBe(200);
    const revoked = await owner.post(`/api/api-tokens/${apiToken.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().status).toBe('revoked');
    const after = await bearer(token, 'GET', '/api/clients');
    expectProblem(after, 401, 'unauthenticated');
    expect(after.headers['www-authenticate']).toContain('Bearer');

    const { token: old, apiToken: oldRow } = await issue({ name: 'to expire', scopes: ['client.read'] });
    await server.ctx.db.kysely
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', oldRow.id)
      .execute();
    expectProblem(await bearer(old, 'GET', '/api/clients'), 401, 'unauthenticated');
    const listed = (await owner.get('/api/api-tokens')).json().items;
    expect(listed.find((t: { id: string }) => t.id === oldRow.id).status).toBe('expired');

    expectProblem(await bearer('thr_notatoken', 'GET', '/api/clients'), 401, 'unauthenticated');
    const basic = await server.app.inject({
      method: 'GET',
      url: '/api/clients',
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expectProblem(basic, 401, 'unauthenticated');

    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', apiToken.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['api-token.create', 'api-token.revoke']);
  });

  it('with both a session cookie and a bearer token, only the bearer token counts', async () => {
    // The owner's browser session plus an invalid token: refused, the session is not borrowed.
    const res = await owner.request({
      method: 'GET',
      url: '/api/clients',
      headers: { authorization: 'Bearer thr_revoked-or-unknown' },
    });
    expectProblem(res, 401, 'unauthenticated');
    // A token limited to client.read with the owner's cookie still cannot read the audit trail.
    const { token } = await issue({ name: 'narrow', scopes: ['client.read'] });
    const narrow = await owner.request({
      method: 'GET',
      url: '/api/audit',
      headers: { authorization: `Bearer ${token}` },
    });
    expectProblem(narrow, 403, 'forbidden');
  });

  it('tokens cannot reach account routes, and only owners manage tokens', async () => {
    const { token } = await issue({ name: 'account', scopes: ['client.read'] });
    expectProblem(await bearer(token, 'POST', '/api/auth/sign-out'), 403, 'forbidden');
    const clinician = await server.as(org.users.clinician);
    expectProblem(await clinician.get('/api/api-tokens'), 403, 'forbidden');
    expectProblem(await clinician.post('/api/api-tokens', { name: 'x', scopes: ['client.read'] }), 403);
  });

  it('a token of one organization reads nothing of another', async () => {
    const other = await server.createOrg('Other Clinic');
    const otherOwner = await server.as(other.users.owner);
    const created = await otherOwner.post('/api/clients', validClient({ givenName: 'Elsewhere' }));
    const { token } = await issue({ name: 'mine', scopes: ['client.read'] });
    expectProblem(await bearer(token, 'GET', `/api/clients/${created.json().id}`), 404);
  });

  it('`threshold token create` prints the token alone on its last line; `token revoke` ends it', {
    timeout: 120_000,
  }, async () => {
    const created = await threshold(
      [
        'token',
        'create',
        '--org',
        org.slug,
        '--email',
        org.users.clinician,
        '--name',
        'CLI sync',
        '--scopes',
        'client.read',
        '--expires-days',
        '7',
      ],
      server.url,
    );
    expect(created.code, created.stderr).toBe(0);
    const lines = created.stdout.trimEnd().split('\n');
    const token = lines.at(-1)!;
    expect(token).toMatch(/^thr_[A-Za-z0-9_-]{43}$/);
    expect((await bearer(token, 'GET', '/api/clients')).statusCode).toBe(200);
    const id = /\(([0-9a-f-]{36})\)/.exec(lines[0]!)![1]!;
    const row = await server.ctx.db.kysely
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(7 * 86_400_000);

    const beyond = await threshold(
      [
        'token',
        'create',
        '--org',
        org.slug,
        '--email',
        org.users.intake,
        '--name',
        'x',
        '--scopes',
        'response.read',
      ],
      server.url,
    );
    expect(beyond.code).toBe(2);
    expect(beyond.stderr).toContain('scopes');

    const revoked = await threshold(['token', 'revoke', id, '--org', org.slug], server.url);
    expect(revoked.code, revoked.stderr).toBe(0);
    expectProblem(await bearer(token, 'GET', '/api/clients'), 401);
  });
});
