/**
 * An in-process Threshold for integration tests: the real app over a real database, driven with
 * fastify.inject. `Agent` keeps cookies and the CSRF token like a browser does.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ROLES, type Role } from '../../src/domain/access/roles.ts';
import { buildApp } from '../../src/server/app.ts';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { type Config, loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { addMember, createOrganization } from '../../src/server/organizations/service.ts';
import type { TestDatabase } from './databases.ts';
import { testSchemas } from './precompiled.ts';

export const PASSWORD = 'correct horse battery';
/** The key that encrypts two-factor secrets in tests (THRESHOLD_SECRET_KEY): 32 bytes, base64. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export class Agent {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(readonly app: FastifyInstance) {}

  async request(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (opts.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && opts.csrf !== false && !this.csrf) await this.refreshCsrf();
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && opts.csrf !== false) headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ ...opts, method: method as InjectOptions['method'], headers });
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const body = res.headers['content-type']?.toString().includes('json') ? safeJson(res.body) : null;
    if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string')
      this.csrf = body.csrfToken;
    return res;
  }

  async refreshCsrf(): Promise<void> {
    const res = await this.request({ method: 'GET', url: '/api/auth/csrf' });
    this.csrf = (res.json() as { csrfToken: string }).csrfToken;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) =>
    this.request({ method: 'POST', url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  put = (url: string, payload?: unknown) =>
    this.request({ method: 'PUT', url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  patch = (url: string, payload?: unknown) =>
    this.request({ method: 'PATCH', url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  delete = (url: string) => this.request({ method: 'DELETE', url });

  async signIn(email: string, password = PASSWORD, totp?: string): Promise<LightMyRequestResponse> {
    return this.post('/api/auth/sign-in', { email, password, ...(totp ? { totp } : {}) });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface TestOrg {
  id: string;
  slug: string;
  /** Email of the user holding each role. */
  users: Record<Role, string>;
}

export interface TestServer {
  app: FastifyInstance;
  ctx: AppContext;
  /** The database's URL (to open a second connection, as another process would). */
  url: string;
  agent(): Agent;
  /** A signed-in agent for a user. */
  as(email: string): Promise<Agent>;
  createOrg(name: string): Promise<TestOrg>;
  close(): Promise<void>;
}

export async function startTestServer(
  database: TestDatabase,
  overrides: Partial<Config> = {},
): Promise<TestServer> {
  const { db, url, drop } = await database.create();
  const config: Config = {
    ...loadConfig({}),
    databaseUrl: 'test',
    signInPerMinute: 1000,
    portalPerMinute: 100_000,
    applyPerMinute: 100_000,
    secretKey: TEST_SECRET_KEY,
    ...overrides,
  };
  const schemas = await testSchemas();
  const { app, ctx } = await buildApp({ db, config, web: false, ...(schemas ? { schemas } : {}) });
  let n = 0;
  return {
    app,
    ctx,
    url,
    agent: () => new Agent(app),
    async as(email: string) {
      const a = new Agent(app);
      const res = await a.signIn(email);
      if (res.statusCode !== 200)
        throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
      return a;
    },
    async createOrg(name: string) {
      const org = await createOrganization(ctx, systemActor('test'), { name });
      const tag = `${org.slug}-${++n}`;
      const users = {} as Record<Role, string>;
      for (const role of ROLES) {
        users[role] = `${role}@${tag}.example`;
        await addMember(ctx, org.id, systemActor('test'), {
          email: users[role],
          name: `${role} of ${name}`,
          role,
          password: PASSWORD,
        });
      }
      return { id: org.id, slug: org.slug, users };
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}

export const validClient = (over: Record<string, unknown> = {}) => ({
  givenName: 'Test',
  familyName: 'Client',
  dateOfBirth: '1980-05-17',
  sexAtBirth: 'female',
  email: 'test.client@example.org',
  ...over,
});
