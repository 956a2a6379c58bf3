/**
 * The permission matrix, route by route, on the running app.
 *
 * Routes are enumerated from the app itself (test/support/routes.ts: an `onRoute` hook added
 * through Fastify's `fastify.initialization` diagnostics channel), and each route's declared access
 * is read from its own `config.access`, so the expectations come from what the guard enforces:
 *   - no session: public routes answer, every other route is 401 problem+json;
 *   - each role: `{ action }` routes are 403 problem+json unless `can(role, action)`, in which case a
 *     valid request succeeds (2xx); 'public' and 'signed-in' routes succeed for every role.
 * The CASES table below only supplies a valid request for each route (real ids, bodies). A test
 * asserts that the table covers exactly the routes the app has, so a new route without an entry
 * fails here instead of going untested.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, can, ROLES, type Role } from '../../src/domain/access/roles.ts';
import { gad7 } from '../../src/domain/instruments/gad-7/index.ts';
import { syntheticTexts } from '../../src/domain/instruments/translations/testing.ts';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { registerGuard } from '../../src/server/auth/guard.ts';
import { currentTotp } from '../../src/server/auth/totp.ts';
import { findUserByEmail, disableTotp as forceTotpOff } from '../../src/server/auth/users.repository.ts';
import { registerProblemHandlers } from '../../src/server/http/problem.ts';
import { addMember } from '../../src/server/organizations/service.ts';
import { createResponse } from '../../src/server/responses/service.ts';
import { AT_HOME_CASES } from '../support/at-home-cases.ts';
import { BENCHMARK_CASES } from '../support/benchmark-cases.ts';
import { CONSENT_ROOMS_CASES } from '../support/consent-rooms-cases.ts';
import { DATA_RIGHTS_CASES } from '../support/data-rights-cases.ts';
import { DATABASES } from '../support/databases.ts';
import { FRONT_OFFICE_CASES } from '../support/front-office-cases.ts';
import {
  type Agent,
  PASSWORD,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { LOTS_CASES } from '../support/lots-cases.ts';
import { PAYMENT_CASES } from '../support/payment-cases.ts';
import { PORTAL_CASES } from '../support/portal-cases.ts';
import { expectProblem } from '../support/problem.ts';
import { PROGRAM_CASES } from '../support/program-cases.ts';
import { type SessionWorld, seedSessionWorld } from '../support/programs-fixtures.ts';
import {
  type AppRoute,
  apiRoutes,
  openApiPath,
  routeKey,
  routesOf,
  WRITE_METHODS,
} from '../support/routes.ts';

const ORG_NAME = 'Matrix Clinic';
const TEMP_PASSWORD = 'a temporary passphrase 42';

interface Env {
  server: TestServer;
  org: TestOrg;
  /** An extra owner that prepares records (its sessions are never ended by the cases). */
  fixtures: Agent;
  /** A client that exists for the whole suite. */
  clientId: string;
  next(): number;
}

/** A valid request for a route, for one principal. */
interface Req {
  url: string;
  body?: unknown;
  /** Headers the request needs (a provider's webhook signature). */
  headers?: Record<string, string>;
  /** Run after a successful request with the agent that sent it (undo what it did). */
  after?: (agent: Agent) => Promise<void>;
  /** Run after the request whatever happened. */
  cleanup?: () => Promise<void>;
}

/**
 * `self`: the agent that will send the request, signed in as `role`; null for the no-session pass
 * (cases then return a well-formed request without preparing anything on the user's behalf).
 */
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<Req>;

interface Case {
  build: Build;
  /** Send from a newly signed-in agent: the request ends the session it is sent with. */
  fresh?: boolean;
  /** The request ends the user's other sessions: cached agents of the role must sign in again. */
  endsOtherSessions?: boolean;
}

const simple = (build: Build): Case => ({ build });

async function newClient(env: Env, archived = false): Promise<{ id: string; version: number }> {
  const res = await env.fixtures.post('/api/clients', validClient({ givenName: `Matrix${env.next()}` }));
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json() as { id: string; version: number };
  if (!archived) return c;
  const a = await env.fixtures.post(`/api/clients/${c.id}/archive`, { version: c.version });
  expect(a.statusCode, a.body).toBe(200);
  return a.json() as { id: string; version: number };
}

async function newMedication(env: Env): Promise<{ id: string; version: number }> {
  const res = await env.fixtures.post(`/api/clients/${env.clientId}/medications`, {
    name: `Sertraline ${env.next()}`,
    medicationClass: 'ssri',
    source: 'client',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function newMember(env: Env): Promise<string> {
  const m = await addMember(env.server.ctx, env.org.id, systemActor('test'), {
    email: `scratch${env.next()}@matrix.example`,
    name: 'Scratch member',
    role: 'intake',
    password: PASSWORD,
  });
  return m.userId;
}

async function userId(env: Env, role: Role): Promise<string> {
  const u = await findUserByEmail(env.server.ctx.db.kysely, env.org.users[role]);
  return u!.id;
}

async function startTotp(self: Agent): Promise<string> {
  const res = await self.post('/api/account/totp/setup');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { secret: string }).secret;
}

/** A code for the next 30-second step: accepted (±1 step window) after the current one was used. */
const nextCode = (secret: string) => currentTotp(secret, Date.now() + 30_000);

const GAD7_ANSWERS = { q1: 1, q2: 1, q3: 2, q4: 0, q5: 1, q6: 3, q7: 0 };

/** A complete (synthetic) GAD-7 translation stored for the organization by the fixture owner. */
async function putTranslation(env: Env, language: string) {
  const res = await env.fixtures.put(`/api/instrument-translations/gad-7/${language}`, {
    texts: syntheticTexts(gad7, language),
    licence: 'Test licence',
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A stored GAD-7 response of the fixture client, entered directly through the service. */
function storedGad7(env: Env) {
  const scope = { organizationId: env.org.id, role: 'owner' as const, actor: systemActor('test') };
  return createResponse(
    env.server.ctx,
    scope,
    env.clientId,
    { instrumentId: 'gad-7', answers: GAD7_ANSWERS },
    'import',
  );
}

/** A valid FHIR QuestionnaireResponse for the GAD-7, answers by ordinal value. */
const gad7Fhir = (clientId: string) => ({
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  questionnaire: 'urn:threshold:questionnaire:gad-7',
  subject: { reference: `Patient/${clientId}` },
  item: Object.entries(GAD7_ANSWERS).map(([linkId, v]) => ({ linkId, answer: [{ valueInteger: v }] })),
});

/** A transaction Bundle storing one GAD-7 response of the client (no Patient: response.create alone suffices). */
const gad7Transaction = (clientId: string) => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [{ resource: gad7Fhir(clientId), request: { method: 'POST', url: 'QuestionnaireResponse' } }],
});

/** A small meta-analysis (three 2×2 tables) for the /api/meta routes. */
const META_BODY = {
  measure: 'RR',
  method: 'REML',
  studies: [
    { study: 'A', ai: 4, bi: 119, ci: 11, di: 128 },
    { study: 'B', ai: 6, bi: 300, ci: 29, di: 274 },
    { study: 'C', ai: 62, n1i: 13598, ci: 248, n2i: 12867 },
  ],
};

/** A stored (imported) study, through the API as the fixture owner: its id, version and record. */
async function importedStudy(env: Env): Promise<{ id: string; version: number; record: unknown }> {
  const n = env.next();
  const content = JSON.stringify([
    { type: 'article-journal', title: `Matrix study number ${n} of psilocybin`, DOI: `10.5555/matrix.${n}` },
  ]);
  const res = await env.fixtures.post('/api/studies/import', { format: 'csl-json', content });
  expect(res.statusCode, res.body).toBe(200);
  const id = (res.json() as { added: Array<{ id: string }> }).added[0]!.id;
  const detail = await env.fixtures.get(`/api/studies/${id}`);
  expect(detail.statusCode, detail.body).toBe(200);
  return detail.json() as { id: string; version: number; record: unknown };
}

/** Sessions, dosing records and feeds for the session routes (test/support/programs-fixtures.ts), one per suite. */
const sessionWorlds = new WeakMap<Env, Promise<SessionWorld>>();
function sessionWorld(env: Env): Promise<SessionWorld> {
  let w = sessionWorlds.get(env);
  if (!w) {
    w = seedSessionWorld(env.server.ctx.db.kysely, env.org.id);
    sessionWorlds.set(env, w);
  }
  return w;
}

/** A calendar feed of `role`'s own sessions, created by the fixture owner: its id and token. */
async function feedOf(env: Env, role: Role): Promise<{ id: string; token: string }> {
  const res = await env.fixtures.post('/api/calendar-feeds', {
    ownerType: 'user',
    ownerId: await userId(env, role),
  });
  expect(res.statusCode, res.body).toBe(201);
  const f = res.json() as { id: string; url: string };
  return { id: f.id, token: new URL(f.url).pathname.split('/').pop()! };
}

/** One valid request per route; keys are `METHOD /url` as the route declares it. HEAD reuses GET. */
const CASES: Record<string, Case> = {
  'GET /api/openapi.json': simple(async () => ({ url: '/api/openapi.json' })),
  'GET /api/health': simple(async () => ({ url: '/api/health' })),
  'GET /api/auth/csrf': simple(async () => ({ url: '/api/auth/csrf' })),
  'POST /api/auth/sign-in': simple(async (env, { role }) => ({
    url: '/api/auth/sign-in',
    body: { email: env.org.users[role], password: PASSWORD },
  })),
  'POST /api/auth/sign-out': { fresh: true, build: async () => ({ url: '/api/auth/sign-out' }) },
  'GET /api/session': simple(async () => ({ url: '/api/session' })),
  'PUT /api/session/organization': simple(async (env) => ({
    url: '/api/session/organization',
    body: { organizationId: env.org.id },
  })),
  'POST /api/account/password': {
    fresh: true,
    endsOtherSessions: true,
    build: async () => ({
      url: '/api/account/password',
      body: { currentPassword: PASSWORD, newPassword: TEMP_PASSWORD },
      after: async (agent) => {
        const back = await agent.post('/api/account/password', {
          currentPassword: TEMP_PASSWORD,
          newPassword: PASSWORD,
        });
        expect(back.statusCode, back.body).toBe(204);
      },
    }),
  },
  'POST /api/account/totp/setup': simple(async () => ({ url: '/api/account/totp/setup' })),
  'POST /api/account/totp/enable': simple(async (env, { role, self }) => {
    if (!self) return { url: '/api/account/totp/enable', body: { code: '123456' } };
    const secret = await startTotp(self);
    const id = await userId(env, role);
    return {
      url: '/api/account/totp/enable',
      body: { code: currentTotp(secret) },
      after: async (agent) => {
        const off = await agent.post('/api/account/totp/disable', {
          password: PASSWORD,
          code: nextCode(secret),
        });
        expect(off.statusCode, off.body).toBe(204);
      },
      cleanup: () => forceTotpOff(env.server.ctx.db.kysely, id),
    };
  }),
  'POST /api/account/totp/disable': simple(async (env, { role, self }) => {
    if (!self) return { url: '/api/account/totp/disable', body: { password: PASSWORD, code: '123456' } };
    const secret = await startTotp(self);
    const on = await self.post('/api/account/totp/enable', { code: currentTotp(secret) });
    expect(on.statusCode, on.body).toBe(204);
    const id = await userId(env, role);
    return {
      url: '/api/account/totp/disable',
      body: { password: PASSWORD, code: nextCode(secret) },
      // Whatever the outcome, leave the account without two-factor so later sign-ins work.
      cleanup: () => forceTotpOff(env.server.ctx.db.kysely, id),
    };
  }),
  'GET /api/organization': simple(async () => ({ url: '/api/organization' })),
  'PATCH /api/organization': simple(async () => ({ url: '/api/organization', body: { name: ORG_NAME } })),
  'GET /api/organization/crisis-lines': simple(async () => ({ url: '/api/organization/crisis-lines' })),
  'PUT /api/organization/crisis-lines': simple(async () => ({
    url: '/api/organization/crisis-lines',
    body: { lines: [{ language: 'nl', name: '113 Zelfmoordpreventie', phone: '0800-0113', hours: '24/7' }] },
  })),
  'GET /api/clients/:id/medications': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/medications`,
  })),
  'POST /api/clients/:id/medications': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/medications`,
    body: { name: `Sertraline ${env.next()}`, medicationClass: 'ssri', source: 'client' },
  })),
  'PUT /api/medications/:id': simple(async (env) => {
    const m = await newMedication(env);
    return {
      url: `/api/medications/${m.id}`,
      body: { name: 'Sertraline', medicationClass: 'ssri', stoppedOn: '2026-01-01', version: m.version },
    };
  }),
  'POST /api/medications/:id/confirm': simple(async (env) => {
    const m = await newMedication(env);
    return { url: `/api/medications/${m.id}/confirm`, body: { version: m.version } };
  }),
  'DELETE /api/medications/:id': simple(async (env) => {
    const m = await newMedication(env);
    return { url: `/api/medications/${m.id}` };
  }),
  'GET /api/organization/medication-rules': simple(async () => ({
    url: '/api/organization/medication-rules',
  })),
  'PUT /api/organization/medication-rules/:modality': simple(async () => ({
    url: '/api/organization/medication-rules/other',
    body: {
      rules: [{ medicationClass: 'maoi', effect: 'hard-stop', washoutDays: 14, source: 'Matrix protocol' }],
    },
  })),
  'GET /api/members': simple(async () => ({ url: '/api/members' })),
  'POST /api/members': simple(async (env) => ({
    url: '/api/members',
    body: {
      email: `new${env.next()}@matrix.example`,
      name: 'New member',
      role: 'intake',
      password: PASSWORD,
    },
  })),
  'PATCH /api/members/:userId': simple(async (env) => ({
    url: `/api/members/${await newMember(env)}`,
    body: { role: 'facilitator' },
  })),
  'DELETE /api/members/:userId': simple(async (env) => ({ url: `/api/members/${await newMember(env)}` })),
  'GET /api/clients': simple(async () => ({ url: '/api/clients?status=all&limit=5' })),
  'POST /api/clients': simple(async () => ({ url: '/api/clients', body: validClient() })),
  'GET /api/clients/:id': simple(async (env) => ({ url: `/api/clients/${env.clientId}` })),
  'PUT /api/clients/:id': simple(async (env) => {
    const c = await newClient(env);
    return { url: `/api/clients/${c.id}`, body: validClient({ givenName: 'Edited', version: c.version }) };
  }),
  'POST /api/clients/:id/archive': simple(async (env) => {
    const c = await newClient(env);
    return { url: `/api/clients/${c.id}/archive`, body: { version: c.version } };
  }),
  'POST /api/clients/:id/restore': simple(async (env) => {
    const c = await newClient(env, true);
    return { url: `/api/clients/${c.id}/restore`, body: { version: c.version } };
  }),
  'GET /api/instruments': simple(async () => ({ url: '/api/instruments' })),
  'GET /api/instruments/:instrumentId': simple(async () => ({ url: '/api/instruments/phq-9' })),
  'POST /api/instruments/:instrumentId/score': simple(async () => ({
    url: '/api/instruments/gad-7/score',
    body: { answers: GAD7_ANSWERS },
  })),
  'GET /api/instrument-translations': simple(async () => ({ url: '/api/instrument-translations' })),
  'GET /api/instrument-translations/:instrumentId/:language': simple(async (env) => {
    await putTranslation(env, 'fr');
    return { url: '/api/instrument-translations/gad-7/fr' };
  }),
  'PUT /api/instrument-translations/:instrumentId/:language': simple(async () => ({
    url: '/api/instrument-translations/gad-7/de',
    body: { texts: syntheticTexts(gad7, 'de'), licence: 'Test licence' },
  })),
  'DELETE /api/instrument-translations/:instrumentId/:language': simple(async (env, { self }) => {
    if (self) await putTranslation(env, 'it');
    return { url: '/api/instrument-translations/gad-7/it' };
  }),
  'GET /api/clients/:id/responses': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/responses`,
  })),
  'POST /api/clients/:id/responses': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/responses`,
    body: { instrumentId: 'gad-7', answers: GAD7_ANSWERS },
  })),
  'GET /api/clients/:id/responses/:responseId': simple(async (env) => {
    const scope = { organizationId: env.org.id, role: 'owner' as const, actor: systemActor('test') };
    const r = await createResponse(
      env.server.ctx,
      scope,
      env.clientId,
      { instrumentId: 'gad-7', answers: GAD7_ANSWERS },
      'import',
    );
    return { url: `/api/clients/${env.clientId}/responses/${r.id}` };
  }),
  'GET /fhir/R4/Questionnaire': simple(async () => ({ url: '/fhir/R4/Questionnaire' })),
  'GET /fhir/R4/Questionnaire/:id': simple(async () => ({ url: '/fhir/R4/Questionnaire/gad-7' })),
  'POST /fhir/R4/QuestionnaireResponse': simple(async (env) => ({
    url: '/fhir/R4/QuestionnaireResponse',
    body: gad7Fhir(env.clientId),
  })),
  'GET /fhir/R4/QuestionnaireResponse': simple(async (env) => ({
    url: `/fhir/R4/QuestionnaireResponse?subject=Patient/${env.clientId}`,
  })),
  'GET /fhir/R4/QuestionnaireResponse/:id': simple(async (env) => ({
    url: `/fhir/R4/QuestionnaireResponse/${(await storedGad7(env)).id}`,
  })),
  'GET /fhir/R4/Observation': simple(async (env) => ({
    url: `/fhir/R4/Observation?subject=Patient/${env.clientId}`,
  })),
  'GET /fhir/R4/Observation/:id': simple(async (env) => ({
    url: `/fhir/R4/Observation/${(await storedGad7(env)).id}`,
  })),
  'GET /fhir/R4/metadata': simple(async () => ({ url: '/fhir/R4/metadata' })),
  'GET /fhir/R4/Patient': simple(async () => ({ url: '/fhir/R4/Patient?name=matrix&_count=5' })),
  'GET /fhir/R4/Patient/:id': simple(async (env) => ({ url: `/fhir/R4/Patient/${env.clientId}` })),
  'POST /fhir/R4': simple(async (env) => ({ url: '/fhir/R4', body: gad7Transaction(env.clientId) })),
  'POST /fhir/R4/': simple(async (env) => ({ url: '/fhir/R4/', body: gad7Transaction(env.clientId) })),
  'POST /api/meta/analyze': simple(async () => ({ url: '/api/meta/analyze', body: META_BODY })),
  'POST /api/meta/forest.svg': simple(async () => ({ url: '/api/meta/forest.svg', body: META_BODY })),
  'POST /api/meta/funnel.svg': simple(async () => ({ url: '/api/meta/funnel.svg', body: META_BODY })),
  'GET /api/studies': simple(async () => ({ url: '/api/studies?q=ketamine&condition=ptsd&limit=5' })),
  'GET /api/studies/:id': simple(async () => ({ url: '/api/studies/feder-2025' })),
  'POST /api/studies/export': simple(async () => ({
    url: '/api/studies/export',
    body: { ids: ['feder-2025', 'moore-2025'], format: 'bibtex' },
  })),
  'POST /api/studies/import': simple(async (env) => ({
    url: '/api/studies/import',
    body: {
      format: 'csl-json',
      content: JSON.stringify([
        { type: 'article-journal', title: `Matrix import ${env.next()} of a ketamine study` },
      ]),
    },
  })),
  'PUT /api/studies/:id': simple(async (env) => {
    const s = await importedStudy(env);
    return { url: `/api/studies/${s.id}`, body: { version: s.version, record: s.record } };
  }),
  'GET /api/audit': simple(async () => ({ url: '/api/audit?limit=5' })),
  'GET /api/audit/verify': simple(async () => ({ url: '/api/audit/verify' })),
  'GET /api/sessions': simple(async (env) => {
    const w = await sessionWorld(env);
    return { url: `/api/sessions?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z&cohortId=${w.cohortId}` };
  }),
  'GET /api/sessions/today': simple(async () => ({ url: '/api/sessions/today?all=true' })),
  'GET /api/sessions/:id': simple(async (env) => ({
    url: `/api/sessions/${(await sessionWorld(env)).dosingSessionId}`,
  })),
  'POST /api/sessions': simple(async (env) => {
    const w = await sessionWorld(env);
    return {
      url: '/api/sessions',
      body: {
        enrollmentId: w.enrollmentId,
        name: 'Extra check-in',
        phase: 'integration',
        ...w.freeSlot(),
        facilitatorIds: [],
        dosing: null,
      },
    };
  }),
  'POST /api/sessions/:id/reschedule': simple(async (env) => {
    const w = await sessionWorld(env);
    return {
      url: `/api/sessions/${await w.newSession()}/reschedule`,
      body: { ...w.freeSlot(), reason: 'Moved', version: 1 },
    };
  }),
  'POST /api/sessions/:id/cancel': simple(async (env) => ({
    url: `/api/sessions/${await (await sessionWorld(env)).newSession()}/cancel`,
    body: { reason: 'Closed', version: 1 },
  })),
  'PUT /api/sessions/:id/facilitators': simple(async (env) => ({
    url: `/api/sessions/${await (await sessionWorld(env)).newSession()}/facilitators`,
    body: { userIds: [await userId(env, 'facilitator')], version: 1 },
  })),
  'PUT /api/sessions/:id/attendance': simple(async (env) => {
    const w = await sessionWorld(env);
    return {
      url: `/api/sessions/${w.dosingSessionId}/attendance`,
      body: { enrollmentId: w.enrollmentId, attendance: 'attended' },
    };
  }),
  'PUT /api/sessions/:id/note': simple(async (env) => ({
    url: `/api/sessions/${await (await sessionWorld(env)).newSession()}/note`,
    body: { note: 'Went well.', version: 1 },
  })),
  'POST /api/sessions/:id/dosing-records': simple(async (env) => {
    const w = await sessionWorld(env);
    return {
      url: `/api/sessions/${w.dosingSessionId}/dosing-records`,
      body: {
        enrollmentId: w.enrollmentId,
        substance: 'psilocybin',
        doseMg: 25,
        weightKg: 70,
        route: 'oral',
        lotNumber: null,
        startedAt: '2026-01-01T09:00:00Z',
      },
    };
  }),
  'GET /api/dosing-records/:id': simple(async (env) => ({
    url: `/api/dosing-records/${(await sessionWorld(env)).dosingRecordId}`,
  })),
  'PUT /api/dosing-records/:id': simple(async (env) => ({
    url: `/api/dosing-records/${await (await sessionWorld(env)).newDosingRecord()}`,
    body: {
      version: 1,
      endedAt: null,
      dischargeReady: false,
      dischargedAt: null,
      dischargeNote: null,
      notes: 'Calm',
    },
  })),
  'POST /api/dosing-records/:id/vitals': simple(async (env) => ({
    url: `/api/dosing-records/${(await sessionWorld(env)).dosingRecordId}/vitals`,
    body: { phase: 'during', measuredAt: '2026-01-01T09:50:00Z', systolic: 120, diastolic: 80 },
  })),
  'GET /api/sessions/:id/dosing-day/:enrollmentId': simple(async (env) => {
    const w = await sessionWorld(env);
    return { url: `/api/sessions/${w.dosingSessionId}/dosing-day/${w.enrollmentId}` };
  }),
  'POST /api/sessions/:id/dosing-day/:enrollmentId/vitals': simple(async (env) => {
    const w = await sessionWorld(env);
    return {
      url: `/api/sessions/${w.dosingSessionId}/dosing-day/${w.enrollmentId}/vitals`,
      body: { measuredAt: '2026-01-01T08:50:00Z', systolic: 120, diastolic: 80 },
    };
  }),
  'POST /api/vital-signs/:id/override': simple(async (env) => ({
    url: `/api/vital-signs/${await (await sessionWorld(env)).newFlaggedBaseline()}/override`,
    body: { reason: 'Home readings are normal' },
  })),
  'POST /api/dosing-records/:id/adverse-events': simple(async (env) => ({
    url: `/api/dosing-records/${(await sessionWorld(env)).dosingRecordId}/adverse-events`,
    body: {
      type: 'nausea',
      grade: 1,
      action: 'observation',
      outcome: 'resolved',
      onsetAt: '2026-01-01T10:00:00Z',
    },
  })),
  'PUT /api/dosing-records/:id/difficult': simple(async (env) => ({
    url: `/api/dosing-records/${await (await sessionWorld(env)).newDosingRecord()}/difficult`,
    body: { difficult: true, note: 'Hard peak' },
  })),
  'GET /api/clients/:id/integration': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/integration`,
  })),
  'GET /api/calendar-feeds': simple(async () => ({ url: '/api/calendar-feeds' })),
  'POST /api/calendar-feeds': simple(async (env, { role }) => ({
    url: '/api/calendar-feeds',
    body: { ownerType: 'user', ownerId: await userId(env, role) },
  })),
  'POST /api/calendar-feeds/:id/revoke': simple(async (env, { role }) => ({
    url: `/api/calendar-feeds/${(await feedOf(env, role)).id}/revoke`,
  })),
  'GET /ical/:token': simple(async (env) => ({ url: `/ical/${(await feedOf(env, 'owner')).token}` })),
  'GET /api/imports/clients/template': simple(async () => ({ url: '/api/imports/clients/template' })),
  'POST /api/imports/clients': simple(async (env) => ({
    url: '/api/imports/clients',
    body: {
      csv: `givenName,familyName,dateOfBirth,sexAtBirth\nMatrix${env.next()},Imported,1980-01-0${(env.next() % 9) + 1},female`,
    },
  })),
  'GET /api/imports/responses/template': simple(async () => ({
    url: '/api/imports/responses/template?instrument=gad-7',
  })),
  'POST /api/imports/responses': simple(async (env) => ({
    url: '/api/imports/responses',
    body: {
      csv: [
        'client,instrument,completedAt,q1,q2,q3,q4,q5,q6,q7',
        `${env.clientId},gad-7,2024-01-01,${Object.values(GAD7_ANSWERS).join(',')}`,
      ].join('\n'),
    },
  })),
  'GET /api/clients/:id/timeline': simple(async (env) => ({ url: `/api/clients/${env.clientId}/timeline` })),
  'GET /api/clients/:id/summary': simple(async (env) => ({ url: `/api/clients/${env.clientId}/summary` })),
  'GET /api/api-tokens': simple(async () => ({ url: '/api/api-tokens' })),
  'POST /api/api-tokens': simple(async () => ({
    url: '/api/api-tokens',
    body: { name: 'Matrix token', scopes: ['client.read'] },
  })),
  'POST /api/api-tokens/:id/revoke': simple(async (env) => {
    const res = await env.fixtures.post('/api/api-tokens', { name: 'To revoke', scopes: ['client.read'] });
    expect(res.statusCode, res.body).toBe(201);
    return { url: `/api/api-tokens/${(res.json() as { apiToken: { id: string } }).apiToken.id}/revoke` };
  }),
  ...PROGRAM_CASES,
  ...PORTAL_CASES,
  ...DATA_RIGHTS_CASES,
  ...CONSENT_ROOMS_CASES,
  ...LOTS_CASES,
  ...FRONT_OFFICE_CASES,
  ...BENCHMARK_CASES,
  ...PAYMENT_CASES,
  ...AT_HOME_CASES,
};

/** The routes the table tests: every key, plus HEAD for every GET (Fastify adds those by itself). */
const TESTED: Array<{ method: string; url: string }> = Object.keys(CASES).flatMap((key) => {
  const [method, url] = key.split(' ') as [string, string];
  return method === 'GET'
    ? [
        { method, url },
        { method: 'HEAD', url },
      ]
    : [{ method, url }];
});

type Principal = 'no session' | Role;
const PRINCIPALS: Principal[] = ['no session', ...ROLES];

const describeAccess = (a: AppRoute['access']) =>
  typeof a === 'object' ? `{ action: ${a.action} }` : String(a);

describe.each(DATABASES)('$name', (database) => {
  let env: Env;
  const agents = new Map<Role, Agent>();

  async function agentFor(role: Role): Promise<Agent> {
    let a = agents.get(role);
    if (!a) {
      a = await env.server.as(env.org.users[role]);
      agents.set(role, a);
    }
    return a;
  }

  beforeAll(async () => {
    const server = await startTestServer(database);
    const org = await server.createOrg(ORG_NAME);
    await addMember(server.ctx, org.id, systemActor('test'), {
      email: 'fixtures@matrix.example',
      name: 'Fixture owner',
      role: 'owner',
      password: PASSWORD,
    });
    const fixtures = await server.as('fixtures@matrix.example');
    let n = 0;
    env = { server, org, fixtures, clientId: '', next: () => ++n };
    env.clientId = (await newClient(env)).id;
  });

  afterAll(async () => {
    await env?.server.close();
  });

  const routeOf = (method: string, url: string): AppRoute => {
    const r = routesOf(env.server.app).find((x) => x.method === method && x.url === url);
    if (!r) throw new Error(`the app has no route ${method} ${url}`);
    return r;
  };

  describe('the route table', () => {
    it('covers exactly the /api routes the app has (besides the docs pages)', () => {
      const actual = apiRoutes(env.server.app).map(routeKey).sort();
      const tested = TESTED.map(routeKey).sort();
      expect(actual.length).toBeGreaterThan(20);
      expect(
        actual.filter((k) => !tested.includes(k)),
        'routes without a CASES entry',
      ).toEqual([]);
      expect(
        tested.filter((k) => !actual.includes(k)),
        'CASES entries without a route',
      ).toEqual([]);
    });

    it('agrees with the router and with the OpenAPI document', async () => {
      const routes = apiRoutes(env.server.app);
      for (const r of routes)
        expect(env.server.app.hasRoute({ method: r.method, url: r.url }), routeKey(r)).toBe(true);
      const res = await env.server.agent().get('/api/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = res.json() as { paths: Record<string, Record<string, unknown>> };
      const documented = Object.entries(doc.paths)
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
        .sort();
      const visible = routes
        .filter((r) => r.method !== 'HEAD' && !(r.schema as { hide?: boolean } | undefined)?.hide)
        .map((r) => `${r.method} ${openApiPath(r.url)}`)
        .sort();
      expect(visible).toEqual(documented);
    });

    it('every route of the app declares its access (a route without one is refused by the guard)', () => {
      const undeclared = routesOf(env.server.app)
        .filter((r) => (r.url.startsWith('/api') || r.url.startsWith('/fhir')) && r.access === undefined)
        .map(routeKey);
      expect(undeclared, 'routes with no config.access').toEqual([]);
      for (const r of apiRoutes(env.server.app)) {
        const a = r.access;
        const ok =
          a === 'public' ||
          a === 'token' ||
          a === 'client' ||
          a === 'signed-in' ||
          (typeof a === 'object' && ACTIONS.includes(a.action));
        expect(ok, `${routeKey(r)} declares ${JSON.stringify(a)}`).toBe(true);
      }
    });

    it('the browsable API docs are public, as app.ts intends', async () => {
      const anon = env.server.agent();
      const json = await anon.get('/api/docs/json');
      expect(json.statusCode, json.body.slice(0, 200)).toBe(200);
      expect(json.json()).toHaveProperty('openapi');
      for (const url of ['/api/docs', '/api/docs/', '/api/docs/static/index.html']) {
        const res = await anon.get(url);
        // The UI pages answer or redirect to each other; what matters is that the guard lets them through.
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBeLessThan(400);
      }
    });
  });

  describe.each(TESTED.map((t) => [routeKey(t), t] as const))('%s', (_key, { method, url }) => {
    it.each(PRINCIPALS)('as %s', async (principal) => {
      const route = routeOf(method, url);
      const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
      const c = CASES[key]!;
      const anonymous = principal === 'no session';
      const role: Role = anonymous ? 'owner' : principal;
      // Requests that end the session they are sent with get a session of their own.
      const sender = anonymous
        ? env.server.agent()
        : c.fresh
          ? await env.server.as(env.org.users[role])
          : await agentFor(role);
      const req = await c.build(env, { role, self: anonymous ? null : sender });

      let res: LightMyRequestResponse;
      try {
        res = await sender.request({
          method: method as 'GET',
          url: req.url,
          ...(req.body !== undefined ? { payload: req.body as object } : {}),
          ...(req.headers ? { headers: req.headers } : {}),
        });
        const what = `${principal} → ${method} ${req.url} (access ${describeAccess(route.access)}): ${res.statusCode} ${res.body.slice(0, 300)}`;
        const access = route.access;
        const allowed = anonymous
          ? access === 'public' || access === 'token'
          : access === 'public' ||
            access === 'token' ||
            access === 'signed-in' ||
            (typeof access === 'object' && can(role, access.action));
        if (allowed) {
          expect(res.statusCode, what).toBeGreaterThanOrEqual(200);
          expect(res.statusCode, what).toBeLessThan(300);
          if (req.after) await req.after(sender);
        } else {
          // A client's portal routes need a portal session, which no staff session gives.
          const status = anonymous || access === 'client' ? 401 : 403;
          const slug = status === 401 ? 'unauthenticated' : 'forbidden';
          if (method === 'HEAD') {
            expect(res.statusCode, what).toBe(status);
            // /fhir errors are OperationOutcome (application/fhir+json), the rest problem+json.
            expect(res.headers['content-type'], what).toMatch(
              url.startsWith('/fhir/') ? /^application\/fhir\+json/ : /^application\/problem\+json/,
            );
          } else {
            expectProblem(res, status, slug);
          }
        }
      } finally {
        await req.cleanup?.();
        if (c.endsOtherSessions && !anonymous) agents.delete(role);
      }
    });
  });

  describe('beyond the matrix', () => {
    it('refuses every cookie-authenticated write without the CSRF token, for a signed-in owner', async () => {
      const owner = await env.server.as(env.org.users.owner);
      // Token routes (a client's invitation link) read no cookie: there is no session to ride on.
      const writes = apiRoutes(env.server.app).filter(
        (r) => WRITE_METHODS.has(r.method) && r.access !== 'token' && r.access !== 'client',
      );
      expect(writes.length).toBeGreaterThan(10);
      for (const r of writes) {
        const req = await CASES[routeKey(r)]!.build(env, { role: 'owner', self: null });
        const res = await owner.request({
          method: r.method as 'POST',
          url: req.url,
          csrf: false,
          ...(req.body !== undefined ? { payload: req.body as object } : {}),
        });
        expect(res.statusCode, `${routeKey(r)}: ${res.body}`).toBe(403);
        expectProblem(res, 403, 'csrf');
      }
      // The owner is still signed in: nothing above was carried out.
      expect((await owner.get('/api/session')).statusCode).toBe(200);
    });

    it('a signed-in user whose membership was removed may use signed-in routes but no action route', async () => {
      const member = await addMember(env.server.ctx, env.org.id, systemActor('test'), {
        email: `removed${env.next()}@matrix.example`,
        name: 'Removed member',
        role: 'clinician',
        password: PASSWORD,
      });
      const agent = await env.server.as(member.email);
      expect((await agent.get('/api/clients')).statusCode).toBe(200);
      const del = await env.fixtures.delete(`/api/members/${member.userId}`);
      expect(del.statusCode, del.body).toBe(204);

      const session = await agent.get('/api/session');
      expect(session.statusCode).toBe(200);
      expect(session.json()).toMatchObject({ activeOrganizationId: null, role: null, permissions: [] });

      const actionRoutes = apiRoutes(env.server.app).filter(
        (r) => typeof r.access === 'object' && r.method !== 'HEAD',
      );
      expect(actionRoutes.length).toBeGreaterThan(10);
      for (const r of actionRoutes) {
        const req = await CASES[routeKey(r)]!.build(env, { role: 'clinician', self: null });
        const res = await agent.request({
          method: r.method as 'GET',
          url: req.url,
          ...(req.body !== undefined ? { payload: req.body as object } : {}),
        });
        expectProblem(res, 403, 'forbidden');
      }
    });

    it('the guard refuses a route that declares no access, even for a signed-in owner', async () => {
      const mini = Fastify();
      registerProblemHandlers(mini);
      await mini.register(fastifyCookie);
      await mini.register(fastifyCsrf, { cookieKey: 'threshold_csrf' });
      registerGuard(mini, env.server.ctx);
      mini.get('/api/undeclared', async () => ({ secret: 'leaked' }));
      mini.get('/fhir/undeclared', async () => ({ secret: 'leaked' }));
      mini.get('/api/declared', { config: { access: 'public' } }, async () => ({ ok: true }));
      await mini.ready();
      try {
        const signIn = await env.server.agent().signIn(env.org.users.owner);
        expect(signIn.statusCode).toBe(200);
        const token = (signIn.cookies as Array<{ name: string; value: string }>).find(
          (k) => k.name === 'threshold_session',
        );
        const cookie = `threshold_session=${token!.value}`;
        for (const url of ['/api/undeclared', '/fhir/undeclared']) {
          for (const headers of [{}, { cookie }]) {
            const res = await mini.inject({ method: 'GET', url, headers });
            const p = expectProblem(res, 403, 'forbidden');
            expect(p.detail).toMatch(/declares no access/);
            expect(res.body).not.toContain('leaked');
          }
        }
        expect((await mini.inject({ method: 'GET', url: '/api/declared' })).statusCode).toBe(200);
      } finally {
        await mini.close();
      }
    });
  });
});
