/**
 * The OpenAPI document (issue 17): every operation has a unique operationId and declares how it is
 * authenticated (cookie session + CSRF header, or bearer API token); the document passes Redocly's
 * recommended rules; and a client generated from it (openapi-typescript types + openapi-fetch) calls
 * an operation by its name with a bearer token against a listening server.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
}
interface Doc {
  servers?: Array<{ url: string }>;
  components: { securitySchemes?: Record<string, { type: string; scheme?: string; in?: string }> };
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
}

function operations(doc: Doc) {
  return Object.entries(doc.paths).flatMap(([p, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ method: m, path: p, op: item[m]! })),
  );
}

describe.each(DATABASES)('OpenAPI document on $name', { timeout: 180_000 }, (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let doc: Doc;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('OpenAPI Clinic');
    owner = await server.as(org.users.owner);
    doc = server.app.swagger() as unknown as Doc;
  });
  afterAll(() => server.close());

  it('names every operation uniquely and declares its security, the schemes and a server', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(100);
    const ids = ops.map((o) => o.op.operationId);
    for (const [i, id] of ids.entries())
      expect(id, `${ops[i]!.method} ${ops[i]!.path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie' },
      csrf: { type: 'apiKey', in: 'header' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
    expect(doc.servers?.length).toBeGreaterThan(0);
    for (const { method, path: p, op } of ops) expect(op.security, `${method} ${p}`).toBeDefined();
    expect(doc.paths['/api/clients']!.post!.security).toEqual([{ session: [], csrf: [] }, { bearer: [] }]);
    expect(doc.paths['/api/clients']!.get!.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(doc.paths['/api/health']!.get!.security).toEqual([]);
    expect(doc.paths['/api/auth/sign-out']!.post!.security).toEqual([{ session: [], csrf: [] }]);
    expect(doc.paths['/api/clients/{id}']!.get!.operationId).toBe('getClientsById');
  });

  it("passes Redocly's recommended rules (redocly lint)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-openapi-'));
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = path.join(ROOT, 'node_modules/@redocly/cli/bin/cli.js');
    const result = await run(
      process.execPath,
      [cli, 'lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format', 'summary'],
      {
        cwd: ROOT,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((e: { stdout: string; stderr: string }) => e);
    const out = `${result.stdout}\n${result.stderr}`;
    expect(out, out).toMatch(/Your API description is valid/);
    expect(out).not.toMatch(/^error /m);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a generated client calls an operation by name with a bearer token', async () => {
    // The types openapi-typescript generates name every operation.
    const types = astToString(await openapiTS(doc as never));
    for (const { op } of operations(doc)) expect(types).toContain(`${op.operationId}: {`);

    const issued = await owner.post('/api/api-tokens', {
      name: 'generated client',
      scopes: ['client.read', 'client.create'],
    });
    const token = issued.json().token as string;
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.app.server.address() as AddressInfo;
    const client = createClient<Record<string, never>>({
      baseUrl: `http://127.0.0.1:${port}`,
      headers: { authorization: `Bearer ${token}` },
    });
    const byId = new Map(operations(doc).map((o) => [o.op.operationId!, o]));
    const call = (operationId: string, init: Record<string, unknown> = {}) => {
      const o = byId.get(operationId);
      if (!o) throw new Error(`no operation ${operationId}`);
      return client.request(o.method as never, o.path as never, init as never) as Promise<{
        data?: unknown;
        error?: unknown;
        response: Response;
      }>;
    };
    const created = await call('postClients', { body: validClient({ givenName: 'Generated' }) });
    expect(created.response.status, JSON.stringify(created.error)).toBe(201);
    const id = (created.data as { id: string }).id;
    const read = await call('getClientsById', { params: { path: { id } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({ id, givenName: 'Generated' });
    // No token: refused.
    const anonymous = await fetch(`http://127.0.0.1:${port}/api/clients/${id}`);
    expect(anonymous.status).toBe(401);
  });
});
