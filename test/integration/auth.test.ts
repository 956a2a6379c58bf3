import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { currentTotp } from '../../src/server/auth/totp.ts';
import { addMember } from '../../src/server/organizations/service.ts';
import { DATABASES } from '../support/databases.ts';
import { Agent, PASSWORD, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';

describe.each(DATABASES)('staff sign-in on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Sign-in Clinic');
  });
  afterAll(() => server.close());

  it('signs in, reports the session with role and permissions, and signs out', async () => {
    const a = server.agent();
    const res = await a.signIn(org.users.clinician);
    expect(res.statusCode).toBe(200);
    const cookie = res.headers['set-cookie']?.toString() ?? '';
    expect(cookie).toMatch(/threshold_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.json()).toMatchObject({
      role: 'clinician',
      activeOrganizationId: org.id,
      twoFactorSetupRequired: false,
    });
    expect(res.json().permissions).toContain('client.notes.read');
    expect((await a.get('/api/session')).statusCode).toBe(200);
    expect((await a.post('/api/auth/sign-out')).statusCode).toBe(204);
    const after = await a.get('/api/session');
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a wrong password or unknown email alike, and audits the failure', async () => {
    const a = server.agent();
    const wrong = await a.signIn(org.users.owner, 'not the password');
    const unknown = await a.signIn('nobody@nowhere.example', 'whatever-password');
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json()).toMatchObject({
        type: 'urn:threshold:problem:invalid-credentials',
        detail: 'Email or password is incorrect.',
      });
    }
    const owner = await server.as(org.users.owner);
    const failures = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select(['actor_label', 'details'])
      .where('action', '=', 'auth.sign-in-failed')
      .execute();
    expect(failures.map((f) => f.actor_label)).toEqual(
      expect.arrayContaining([org.users.owner, 'nobody@nowhere.example']),
    );
    expect((await owner.get('/api/session')).statusCode).toBe(200);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const a = await server.as(org.users.owner);
    const res = await a.request({ method: 'POST', url: '/api/clients', payload: {}, csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toBe('urn:threshold:problem:csrf');
    const forged = await a.request({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { 'x-csrf-token': 'forged' },
      csrf: false,
    });
    expect(forged.statusCode).toBe(403);
  });

  it('changes the password, ending the other sessions', async () => {
    const email = org.users.facilitator;
    const first = await server.as(email);
    const second = await server.as(email);
    const weak = await first.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('newPassword');
    const wrong = await first.post('/api/account/password', {
      currentPassword: 'nope',
      newPassword: 'a much longer passphrase',
    });
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const ok = await first.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'a much longer passphrase',
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/session')).statusCode).toBe(200);
    expect((await second.get('/api/session')).statusCode).toBe(401);
    expect((await server.agent().signIn(email)).statusCode).toBe(401);
    expect((await server.agent().signIn(email, 'a much longer passphrase')).statusCode).toBe(200);
  });

  it('sets up two-factor, then requires a fresh code at sign-in and refuses a replayed one', async () => {
    // Only Date is faked, so time steps of 30 s can pass without waiting.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const email = org.users.researcher;
      const a = await server.as(email);
      const setup = (await a.post('/api/account/totp/setup')).json();
      expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Threshold:/);
      expect(setup.qrSvg).toContain('<svg');
      expect((await a.post('/api/account/totp/enable', { code: '000000' })).statusCode).toBe(400);
      const code = currentTotp(setup.secret);
      expect((await a.post('/api/account/totp/enable', { code })).statusCode).toBe(204);

      const noCode = await server.agent().signIn(email);
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json().type).toBe('urn:threshold:problem:totp-required');
      // The code used to enable is spent: the same time step cannot be used again.
      expect((await server.agent().signIn(email, PASSWORD, code)).statusCode).toBe(401);

      vi.advanceTimersByTime(30_000);
      const next = currentTotp(setup.secret);
      const ok = await server.agent().signIn(email, PASSWORD, next);
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.totpEnabled).toBe(true);
      expect((await server.agent().signIn(email, PASSWORD, next)).statusCode).toBe(401);

      vi.advanceTimersByTime(30_000);
      const off = await a.post('/api/account/totp/disable', {
        password: PASSWORD,
        code: currentTotp(setup.secret),
      });
      expect(off.statusCode).toBe(204);
      expect((await server.agent().signIn(email)).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets an organization require two-factor: members without it can only set it up', async () => {
    const o2 = await server.createOrg('Strict Clinic');
    const owner = await server.as(o2.users.owner);
    expect((await owner.patch('/api/organization', { requireTwoFactor: true })).json().requireTwoFactor).toBe(
      true,
    );

    const clinician = await server.as(o2.users.clinician);
    expect((await clinician.get('/api/session')).json().twoFactorSetupRequired).toBe(true);
    const blocked = await clinician.get('/api/clients');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toBe('urn:threshold:problem:two-factor-required');

    const setup = (await clinician.post('/api/account/totp/setup')).json();
    expect(
      (await clinician.post('/api/account/totp/enable', { code: currentTotp(setup.secret) })).statusCode,
    ).toBe(204);
    expect((await clinician.get('/api/clients')).statusCode).toBe(200);
    const cannotDisable = await clinician.post('/api/account/totp/disable', {
      password: PASSWORD,
      code: currentTotp(setup.secret, Date.now() + 30_000),
    });
    expect(cannotDisable.statusCode).toBe(409);
    expect(cannotDisable.json().detail).toContain('Strict Clinic');
  });

  it('switches between organizations the user belongs to', async () => {
    const o3 = await server.createOrg('Second Home');
    const owner = await server.as(o3.users.owner);
    // An owner cannot pull another organization's staff in through the API; the administrator can.
    const refused = await owner.post('/api/members', {
      email: org.users.intake,
      name: 'x',
      role: 'clinician',
    });
    expect(refused.statusCode).toBe(409);
    await addMember(
      server.ctx,
      o3.id,
      systemActor('cli'),
      { email: org.users.intake, name: 'x', role: 'clinician' },
      { allowExisting: true },
    );
    const a = await server.as(org.users.intake);
    const s = (await a.get('/api/session')).json();
    expect(s.organizations.map((o: { id: string }) => o.id).sort()).toEqual([org.id, o3.id].sort());
    const switched = await a.put('/api/session/organization', { organizationId: o3.id });
    expect(switched.json()).toMatchObject({ activeOrganizationId: o3.id, role: 'clinician' });
    expect(switched.json().permissions).toContain('client.notes.read');
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 problem+json after too many attempts from one address', async () => {
    const server = await startTestServer(DATABASES[0]!, { signInPerMinute: 10 });
    try {
      const org = await server.createOrg('Limited');
      const a = new Agent(server.app);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await a.signIn(org.users.owner, 'wrong password')).statusCode);
      expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
      const limited = await a.signIn(org.users.owner);
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(limited.json()).toMatchObject({ status: 429, type: 'urn:threshold:problem:rate-limited' });
    } finally {
      await server.close();
    }
  });
});
