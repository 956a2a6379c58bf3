/**
 * Issue 14, finding 11: two-factor secrets were stored in plain text. They are sealed with
 * THRESHOLD_SECRET_KEY (AES-256-GCM, with a key id), plain ones from older installs are sealed at
 * start, and `threshold secrets rotate` re-seals them with a new key, opening the old ones with
 * THRESHOLD_SECRET_KEY_PREVIOUS.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { currentTotp } from '../../src/server/auth/totp.ts';
import { generateKeyText, parseKey } from '../../src/server/secrets/keys.ts';
import { prepareSecrets } from '../../src/server/secrets/startup.ts';
import { threshold } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';
import {
  Agent,
  PASSWORD,
  startTestServer,
  TEST_SECRET_KEY,
  type TestOrg,
  type TestServer,
} from '../support/harness.ts';

const BASE32 = /^[A-Z2-7]+=*$/;

describe.each(DATABASES)('two-factor secrets at rest on $name', { timeout: 120_000 }, (database) => {
  let server: TestServer;
  let org: TestOrg;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Sealed Clinic');
  });
  afterAll(() => server.close());

  const userRow = (email: string) =>
    server.ctx.db.kysely
      .selectFrom('users')
      .select(['id', 'totp_secret', 'totp_pending_secret'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();

  /** Sign-in with a fresh code, through a server built over the same database with `secretKey`. */
  async function signInWithKey(email: string, secret: string, secretKey: string) {
    const { app } = await buildApp({
      db: server.ctx.db,
      config: { ...server.ctx.config, secretKey },
      web: false,
    });
    try {
      vi.advanceTimersByTime(30_000);
      return await new Agent(app).signIn(email, PASSWORD, currentTotp(secret));
    } finally {
      await app.close();
    }
  }

  it('stores the secret sealed, never as the base32 the authenticator app gets; sign-in still works', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const email = org.users.clinician;
      const a = await server.as(email);
      const setup = (await a.post('/api/account/totp/setup')).json();
      expect(setup.secret).toMatch(BASE32);
      const pending = (await userRow(email)).totp_pending_secret!;
      expect(pending).toMatch(/^v1\.[0-9a-f]{8}\./);
      expect(pending).not.toContain(setup.secret);

      expect((await a.post('/api/account/totp/enable', { code: currentTotp(setup.secret) })).statusCode).toBe(
        204,
      );
      const stored = (await userRow(email)).totp_secret!;
      expect(stored).toMatch(new RegExp(`^v1\\.${parseKey('k', TEST_SECRET_KEY).id}\\.`));
      expect(stored).not.toContain(setup.secret);

      vi.advanceTimersByTime(30_000);
      expect((await server.agent().signIn(email, PASSWORD, currentTotp(setup.secret))).statusCode).toBe(200);
      expect((await server.agent().signIn(email, PASSWORD, '000000')).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a sealed secret copied onto another user (it opens only for its own user)', async () => {
    const from = await userRow(org.users.clinician);
    const to = await userRow(org.users.facilitator);
    const db = server.ctx.db.kysely;
    await db
      .updateTable('users')
      .set({ totp_secret: from.totp_secret, totp_enabled_at: new Date().toISOString() })
      .where('id', '=', to.id)
      .execute();
    const res = await server.agent().signIn(org.users.facilitator, PASSWORD, '123456');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain(from.totp_secret!);
    await db
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled_at: null })
      .where('id', '=', to.id)
      .execute();
  });

  it('seals a plain-text secret from an older install at start, audited; sign-in works after', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 10 * 60_000 });
    try {
      const email = org.users.intake;
      const plain = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
      const db = server.ctx.db.kysely;
      await db
        .updateTable('users')
        .set({ totp_secret: plain, totp_enabled_at: new Date().toISOString(), totp_last_step: null })
        .where('email', '=', email)
        .execute();

      expect(await prepareSecrets(server.ctx)).toEqual({ notice: null, sealed: 1 });
      const stored = (await userRow(email)).totp_secret!;
      expect(stored).toMatch(/^v1\./);
      expect(stored).not.toContain(plain);
      expect((await prepareSecrets(server.ctx)).sealed).toBe(0);
      const audit = await db
        .selectFrom('audit_events')
        .select('details')
        .where('action', '=', 'secrets.encrypt')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.details)).toMatchObject({ users: 1 });

      expect((await server.agent().signIn(email, PASSWORD, currentTotp(plain))).statusCode).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rotates to a new key with `threshold secrets rotate`; sign-in works with the new key only', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 20 * 60_000 });
    const env = { ...process.env };
    try {
      const newKey = generateKeyText();
      const newId = parseKey('k', newKey).id;
      process.env.THRESHOLD_SECRET_KEY = newKey;
      process.env.THRESHOLD_SECRET_KEY_PREVIOUS = TEST_SECRET_KEY;
      const r = await threshold(['secrets', 'rotate'], server.url);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(
        new RegExp(`Re-encrypted the two-factor secrets of 2 users with key ${newId}`),
      );
      expect(r.code).toBe(0);
      expect((await threshold(['secrets', 'rotate'], server.url)).stdout).toMatch(/already/);

      const stored = (await userRow(org.users.intake)).totp_secret!;
      expect(stored.startsWith(`v1.${newId}.`)).toBe(true);
      const plain = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
      expect((await signInWithKey(org.users.intake, plain, newKey)).statusCode).toBe(200);
      // The old key alone no longer opens it: refused, never let through.
      expect((await signInWithKey(org.users.intake, plain, TEST_SECRET_KEY)).statusCode).toBe(500);
    } finally {
      process.env = env;
      vi.useRealTimers();
    }
  });
});
