/**
 * Permission-matrix cases for lots, assays and the setting of a dosing session: one valid request
 * per route (spread into CASES in test/integration/permission-matrix.test.ts). Each lot is made
 * fresh, straight in the database, with a code no other request uses.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/access/roles.ts';
import { ceqAnswers, TEST_CEQ_COPY } from './ceq-copy.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { type SessionWorld, seedSessionWorld } from './programs-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  next(): number;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<{ url: string; body?: unknown }>;
const simple = (build: Build) => ({ build });

const worlds = new WeakMap<Env, Promise<SessionWorld>>();
const worldOf = (env: Env): Promise<SessionWorld> => {
  let w = worlds.get(env);
  if (!w) {
    w = seedSessionWorld(env.server.ctx.db.kysely, env.org.id);
    worlds.set(env, w);
  }
  return w;
};

export async function seedLot(env: Env, kind = 'psilocybin-truffles'): Promise<string> {
  const id = randomUUID();
  await env.server.ctx.db.kysely
    .insertInto('substance_lots')
    .values({
      id,
      organization_id: env.org.id,
      code: `LOT-${env.next()}-${id.slice(0, 6)}`,
      substance_kind: kind,
      supplier: null,
      received_on: '2026-01-05',
      notes: null,
      created_by_user_id: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export const LOTS_CASES = {
  'GET /api/lots': simple(async () => ({ url: '/api/lots' })),
  'POST /api/lots': simple(async (env) => ({
    url: '/api/lots',
    body: {
      code: `M-${env.next()}-${randomUUID().slice(0, 6)}`,
      substanceKind: 'esketamine',
      receivedOn: '2026-01-02',
    },
  })),
  'GET /api/lots/:id': simple(async (env) => ({ url: `/api/lots/${await seedLot(env)}` })),
  'POST /api/lots/:id/assays': simple(async (env) => ({
    url: `/api/lots/${await seedLot(env)}/assays`,
    body: {
      psilocybinMgPerG: 1.2,
      psilocinMgPerG: 0.3,
      basis: 'fresh',
      lab: 'Matrix Lab',
      assayedOn: '2026-01-06',
    },
  })),
  'GET /api/sessions/:id/setting': simple(async (env) => ({
    url: `/api/sessions/${(await worldOf(env)).dosingSessionId}/setting`,
  })),
  'PUT /api/sessions/:id/setting': simple(async (env) => ({
    url: `/api/sessions/${(await worldOf(env)).dosingSessionId}/setting`,
    body: { musicProgram: 'Playlist A', sitters: 2, groupSize: 6, eyeshades: 'offered' },
  })),
  'GET /api/ceq/copy': simple(async () => ({ url: '/api/ceq/copy' })),
  'PUT /api/ceq/copy': simple(async () => ({ url: '/api/ceq/copy', body: TEST_CEQ_COPY })),
  'POST /api/ceq/score': simple(async (env) => {
    const res = await env.fixtures.put('/api/ceq/copy', TEST_CEQ_COPY);
    if (res.statusCode !== 200) throw new Error(`CEQ copy: ${res.statusCode} ${res.body}`);
    return { url: '/api/ceq/score', body: { answers: ceqAnswers(2) } };
  }),
};
