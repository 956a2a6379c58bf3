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
type Build = (
  env: Env,
  p: { role: Role; self: Agent | null },
) => Promise<{ url: string; body?: unknown; after?: (sender: Agent) => Promise<void> }>;
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
  'GET /api/home/due-questionnaires': simple(async () => ({ url: '/api/home/due-questionnaires' })),
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
  'POST /api/enrollments/:id/invitations/send-now': simple(async (env) => {
    const db = env.server.ctx.db.kysely;
    const c = await seedPortalClient(db, env.org.id, await programOf(env), { name: `Matrix${env.next()}` });
    return {
      url: `/api/enrollments/${c.enrollmentId}/invitations/send-now`,
      body: { key: 'phq-baseline#1' },
    };
  }),
  'GET /api/organization/message-templates': simple(async () => ({
    url: '/api/organization/message-templates',
  })),
  'PUT /api/organization/message-templates/:kind/:language': simple(async () => ({
    url: '/api/organization/message-templates/enrollment/nl',
    body: {
      subject: 'Welkom bij {{organization}}',
      preview: 'Fijn dat u er bent.',
      body: 'Beste {{clientName}},',
    },
  })),
  'DELETE /api/organization/message-templates/:kind/:language': simple(async () => ({
    url: '/api/organization/message-templates/enrollment/nl',
  })),
  'POST /api/organization/message-templates/:kind/:language/preview': simple(async () => ({
    url: '/api/organization/message-templates/enrollment/en/preview',
    body: { subject: 'Welcome to {{organization}}', preview: 'Hello.', body: 'Dear {{clientName}},' },
  })),
  // The portal home: public sign-in; the rest needs a client's portal session, which no staff session gives (401).
  'POST /api/portal/sign-in-link': simple(async () => ({
    url: '/api/portal/sign-in-link',
    body: { email: 'nobody@client.example' },
  })),
  'POST /api/portal/sign-in': simple(async (env) => {
    const c = await freshInvitation(env);
    const token = await seedPortalLink(env.server.ctx.db.kysely, env.org.id, c.clientId);
    // Signing in gives the sender a portal session: end it, so the client-only routes still answer 401.
    const after = async (sender: Agent) => {
      await sender.post('/api/portal/sign-out', {});
    };
    return { url: '/api/portal/sign-in', body: { token }, after };
  }),
  'POST /api/portal/sign-out': simple(async () => ({ url: '/api/portal/sign-out' })),
  'GET /api/portal/me': simple(async () => ({ url: '/api/portal/me' })),
  'GET /api/portal/journal': simple(async () => ({ url: '/api/portal/journal' })),
  'POST /api/portal/journal': simple(async () => ({ url: '/api/portal/journal', body: { body: 'A note.' } })),
  'PUT /api/portal/journal/:id': simple(async () => ({
    url: `/api/portal/journal/${randomUUID()}`,
    body: { body: 'x' },
  })),
  'POST /api/portal/journal/:id/share': simple(async () => ({
    url: `/api/portal/journal/${randomUUID()}/share`,
    body: { shared: true },
  })),
  'DELETE /api/portal/journal/:id': simple(async () => ({ url: `/api/portal/journal/${randomUUID()}` })),
  'POST /api/clients/:id/portal-link': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/portal-link`,
  })),
  'GET /api/clients/:id/journal': simple(async (env) => ({ url: `/api/clients/${env.clientId}/journal` })),
};
