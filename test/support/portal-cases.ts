/**
 * Permission-matrix cases for the portal (the invitation link), alert and outbox routes: one valid
 * request per route (spread into CASES in test/integration/permission-matrix.test.ts). Anything a
 * request uses up — an invitation, an alert — is made fresh for it.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/access/roles.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import {
  phq9,
  portalProgram,
  seedAlert,
  seedInvitation,
  seedPortalClient,
  seedPortalLink,
} from './portal-fixtures.ts';
import type { SeededProgram } from './programs-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<{ url: string; body?: unknown }>;
const simple = (build: Build) => ({ build });

const programs = new WeakMap<Env, Promise<SeededProgram>>();
const programOf = (env: Env) => {
  let p = programs.get(env);
  if (!p) {
    p = portalProgram(env.server.ctx.db.kysely, env.org.id);
    programs.set(env, p);
  }
  return p;
};

async function freshInvitation(env: Env): Promise<{ token: string; clientId: string }> {
  const db = env.server.ctx.db.kysely;
  const c = await seedPortalClient(db, env.org.id, await programOf(env), { name: `Matrix${env.next()}` });
  const inv = await seedInvitation(db, env.org.id, c);
  return { token: inv.token, clientId: c.clientId };
}

const freshAlert = async (env: Env) => seedAlert(env.server.ctx.db.kysely, env.org.id, env.clientId);

export const PORTAL_CASES = {
  'GET /api/portal/invitations/:token': simple(async (env) => ({
    url: `/api/portal/invitations/${(await freshInvitation(env)).token}`,
  })),
  'PUT /api/portal/invitations/:token/draft': simple(async (env) => ({
    url: `/api/portal/invitations/${(await freshInvitation(env)).token}/draft`,
    body: { answers: { q1: 1 } },
  })),
  'POST /api/portal/invitations/:token/submit': simple(async (env) => ({
    url: `/api/portal/invitations/${(await freshInvitation(env)).token}/submit`,
    body: { answers: phq9(0), submissionId: randomUUID() },
  })),
  'GET /api/alerts': simple(async () => ({ url: '/api/alerts' })),
  'GET /api/alerts/count': simple(async () => ({ url: '/api/alerts/count' })),
  'POST /api/alerts/:id/acknowledge': simple(async (env) => ({
    url: `/api/alerts/${await freshAlert(env)}/acknowledge`,
    body: {},
  })),
  'POST /api/alerts/:id/resolve': simple(async (env) => ({
    url: `/api/alerts/${await freshAlert(env)}/resolve`,
    body: { note: 'Called the client.' },
  })),
  'GET /api/outbox': simple(async () => ({ url: '/api/outbox' })),
  'GET /api/clients/:id/invitations': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/invitations`,
  })),
};
