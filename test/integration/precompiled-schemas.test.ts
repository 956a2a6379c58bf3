/**
 * The build generates every route schema's validator and serializer as code
 * (src/server/http/precompile.ts) so the compiled server compiles none at start. Here the generated
 * code must cover every schema (the compilers refuse any it lacks) and answer exactly as the
 * validators and serializers compiled at start: one app of each kind over the same database, the
 * same requests in the same order — malformed bodies, queries and ids on every API route (400
 * problem+json naming the fields, in plain words), and the responses of every GET route.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { DATABASES } from '../support/databases.ts';
import { Agent, startTestServer, type TestServer, validClient } from '../support/harness.ts';
import { generatedSchemas } from '../support/precompiled.ts';
import { type AppRoute, apiRoutes, WRITE_METHODS } from '../support/routes.ts';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** A body with what differs between two sign-ins or two moments masked: ids, times, tokens. */
function comparable(res: LightMyRequestResponse): unknown {
  return {
    status: res.statusCode,
    type: res.headers['content-type'],
    body: res.body
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)/g, '<time>')
      .replace(/"(csrfToken|token|secret|reference)":"[^"]*"/g, '"$1":"<token>"'),
  };
}

const MALFORMED_BODIES: unknown[] = [{}, [], 'text', 42, { unknown: true, name: 17, email: 'not an email' }];
const MALFORMED_QUERY = '?limit=many&offset=-1&from=yesterday&unknown=1';

describe.each(DATABASES)('generated validators and serializers on $name', (database) => {
  let server: TestServer;
  let routes: AppRoute[];
  let compiled: Agent;
  let generated: Agent;
  let closeGenerated: () => Promise<void>;

  beforeAll(async () => {
    server = await startTestServer(database);
    const schemas = await generatedSchemas();
    const { app } = await buildApp({ db: server.ctx.db, config: server.ctx.config, web: false, schemas });
    closeGenerated = () => app.close();
    const org = await server.createOrg('Generated');
    compiled = await server.as(org.users.owner);
    generated = new Agent(app);
    expect((await generated.signIn(org.users.owner)).statusCode).toBe(200);
    expect((await compiled.post('/api/clients', validClient())).statusCode).toBe(201);
    routes = apiRoutes(server.app).filter((r) => !r.url.startsWith('/api/auth/sign-out'));
  }, 120_000);

  afterAll(async () => {
    await closeGenerated?.();
    await server?.close();
  });

  /** The same request to both apps, one after the other; their answers must match. */
  async function same(method: string, url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    const opts = {
      method: method as 'GET',
      url,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    };
    const a = await compiled.request(opts);
    const b = await generated.request(opts);
    expect(comparable(b), `${method} ${url} ${JSON.stringify(payload)}`).toEqual(comparable(a));
    return a;
  }

  const path = (url: string) => url.replace(/:[A-Za-z0-9_]+/g, MISSING_ID);

  it('refuses malformed bodies alike, naming the same fields', async () => {
    let refused = 0;
    for (const r of routes.filter((r) => WRITE_METHODS.has(r.method) && r.schema?.body)) {
      for (const body of MALFORMED_BODIES) {
        const res = await same(r.method, path(r.url), body);
        if (res.statusCode === 400) refused++;
      }
    }
    expect(refused).toBeGreaterThan(100);
  }, 120_000);

  it('refuses malformed queries and ids alike, and answers every GET alike', async () => {
    for (const r of routes.filter((r) => r.method === 'GET')) {
      await same('GET', path(r.url));
      if (r.schema?.querystring) await same('GET', `${path(r.url)}${MALFORMED_QUERY}`);
      if (r.url.includes(':')) await same('GET', r.url.replace(/:[A-Za-z0-9_]+/g, 'not-an-id'));
    }
    const list = await same('GET', '/api/clients?limit=5');
    expect(list.statusCode).toBe(200);
  }, 120_000);
});
