/**
 * Permission-matrix cases for the program, room, cohort and enrollment routes: one valid request
 * per route, prepared by the matrix's fixture owner (spread into CASES in
 * test/integration/permission-matrix.test.ts). Shared fixtures (a cohort program, an individual
 * program with a consent document) are made once per suite; anything a request changes is made
 * fresh for it.
 */
import { expect } from 'vitest';
import type { Role } from '../../src/domain/access/roles.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { validClient } from './harness.ts';
import { CONSENT_TEXT, userIdOf } from './program-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
interface Req {
  url: string;
  body?: unknown;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<Req>;
interface Case {
  build: Build;
}
const simple = (build: Build): Case => ({ build });

async function ok<T = { id: string; version: number }>(
  p: Promise<import('fastify').LightMyRequestResponse>,
  status = 201,
): Promise<T> {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

interface Shared {
  individual: string;
  cohortProgram: string;
  cohort: string;
  facilitatorId: string;
}
const shared = new WeakMap<Env, Promise<Shared>>();

/** Programs and a cohort the cases share, made once per suite. */
function fixturesOf(env: Env): Promise<Shared> {
  let s = shared.get(env);
  if (!s) {
    s = (async () => {
      const individual = await ok(env.fixtures.post('/api/programs', { templateId: 'kap-yermus-2023' }));
      await ok(env.fixtures.post(`/api/programs/${individual.id}/consent-documents`, CONSENT_TEXT));
      const cohortProgram = await ok(
        env.fixtures.post('/api/programs', { templateId: 'psilocybin-retreat' }),
      );
      const facilitatorId = await userIdOf(env.server, env.org.users.facilitator);
      const cohort = await ok(
        env.fixtures.post('/api/cohorts', {
          programId: cohortProgram.id,
          name: 'Matrix cohort',
          startDate: '2030-06-10',
          capacity: 1000,
          facilitatorIds: [facilitatorId],
        }),
      );
      return { individual: individual.id, cohortProgram: cohortProgram.id, cohort: cohort.id, facilitatorId };
    })();
    shared.set(env, s);
  }
  return s;
}

/** A new client referred to the individual program. */
async function newEnrollment(env: Env): Promise<{ id: string; version: number }> {
  const { individual } = await fixturesOf(env);
  const client = await ok(
    env.fixtures.post('/api/clients', validClient({ givenName: `Enrolled${env.next()}` })),
  );
  return ok(
    env.fixtures.post('/api/enrollments', {
      clientId: client.id,
      programId: individual,
      startDate: '2030-01-07',
    }),
  );
}

/** Every item of the checklist answered 'no'. */
async function noAnswers(env: Env): Promise<Record<string, string>> {
  const list = await ok<{ items: Array<{ id: string }> }>(
    env.fixtures.get('/api/screening-checklists/ketamine'),
    200,
  );
  return Object.fromEntries(list.items.map((i) => [i.id, 'no']));
}

export const SCREENING_BODY = (answers: Record<string, string>) => ({
  answers,
  medications: [{ name: 'Sertraline', dose: '50 mg', frequency: 'daily' }],
  vitals: { systolic: 122, diastolic: 78, heartRate: 70, weightKg: 72 },
});

async function screened(env: Env): Promise<{ enrollmentId: string; screeningId: string }> {
  const e = await newEnrollment(env);
  const s = await ok(
    env.fixtures.post(`/api/enrollments/${e.id}/screenings`, SCREENING_BODY(await noAnswers(env))),
  );
  return { enrollmentId: e.id, screeningId: s.id };
}

async function eligible(env: Env): Promise<string> {
  const { enrollmentId, screeningId } = await screened(env);
  await ok(
    env.fixtures.post(`/api/enrollments/${enrollmentId}/screenings/${screeningId}/decision`, {
      decision: 'eligible',
      rationale: 'No contraindications.',
    }),
    200,
  );
  return enrollmentId;
}

const defOf = async (env: Env) =>
  (
    await ok<{ definition: unknown }>(
      env.fixtures.get(`/api/programs/${(await fixturesOf(env)).individual}`),
      200,
    )
  ).definition;

export const PROGRAM_CASES: Record<string, Case> = {
  'GET /api/program-templates': simple(async () => ({ url: '/api/program-templates' })),
  'GET /api/programs': simple(async () => ({ url: '/api/programs?status=all' })),
  'POST /api/programs': simple(async () => ({
    url: '/api/programs',
    body: { templateId: 'kap-ptsd-feder-2025' },
  })),
  'POST /api/programs/preview': simple(async (env) => ({
    url: '/api/programs/preview',
    body: { definition: await defOf(env), startDate: '2030-01-07' },
  })),
  'GET /api/programs/:id': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}`,
  })),
  'GET /api/programs/:id/outcomes': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}/outcomes`,
  })),
  'GET /api/programs/:id/outcomes.csv': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}/outcomes.csv`,
  })),
  'GET /api/programs/:id/outcomes/dose-experience': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}/outcomes/dose-experience`,
  })),
  'GET /api/programs/:id/outcomes/summary.csv': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}/outcomes/summary.csv`,
  })),
  'GET /api/clients/:id/trajectories': simple(async (env) => ({
    url: `/api/clients/${env.clientId}/trajectories`,
  })),
  'GET /api/programs/:id/versions/:version': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}/versions/1`,
  })),
  'PUT /api/programs/:id': simple(async (env) => {
    const p = await ok<{ id: string; currentVersion: number; definition: unknown }>(
      env.fixtures.post('/api/programs', { templateId: 'kap-yermus-2023' }),
    );
    return {
      url: `/api/programs/${p.id}`,
      body: { baseVersion: p.currentVersion, definition: p.definition },
    };
  }),
  'POST /api/programs/:id/archive': simple(async (env) => {
    const p = await ok(env.fixtures.post('/api/programs', { templateId: 'kap-yermus-2023' }));
    return { url: `/api/programs/${p.id}/archive` };
  }),
  'POST /api/programs/:id/restore': simple(async (env) => {
    const p = await ok(env.fixtures.post('/api/programs', { templateId: 'kap-yermus-2023' }));
    await ok(env.fixtures.post(`/api/programs/${p.id}/archive`), 200);
    return { url: `/api/programs/${p.id}/restore` };
  }),
  'GET /api/programs/:id/consent-documents': simple(async (env) => ({
    url: `/api/programs/${(await fixturesOf(env)).individual}/consent-documents`,
  })),
  'POST /api/programs/:id/consent-documents': simple(async (env) => {
    const p = await ok(env.fixtures.post('/api/programs', { templateId: 'kap-yermus-2023' }));
    return { url: `/api/programs/${p.id}/consent-documents`, body: CONSENT_TEXT };
  }),
  'GET /api/rooms': simple(async () => ({ url: '/api/rooms' })),
  'POST /api/rooms': simple(async (env) => ({
    url: '/api/rooms',
    body: { name: `Room ${env.next()}`, capacity: 4 },
  })),
  'PUT /api/rooms/:id': simple(async (env) => {
    const r = await ok(env.fixtures.post('/api/rooms', { name: `Room ${env.next()}`, capacity: 4 }));
    return { url: `/api/rooms/${r.id}`, body: { name: `Room ${env.next()}`, capacity: 6 } };
  }),
  'GET /api/cohorts': simple(async (env) => ({
    url: `/api/cohorts?programId=${(await fixturesOf(env)).cohortProgram}`,
  })),
  'POST /api/cohorts': simple(async (env) => {
    const f = await fixturesOf(env);
    return {
      url: '/api/cohorts',
      body: {
        programId: f.cohortProgram,
        name: `Cohort ${env.next()}`,
        startDate: '2030-09-01',
        capacity: 8,
        facilitatorIds: [f.facilitatorId],
      },
    };
  }),
  'GET /api/cohort-facilitators': simple(async () => ({ url: '/api/cohort-facilitators' })),
  'GET /api/cohorts/:id': simple(async (env) => ({ url: `/api/cohorts/${(await fixturesOf(env)).cohort}` })),
  'PUT /api/cohorts/:id': simple(async (env) => {
    const f = await fixturesOf(env);
    const c = await ok(
      env.fixtures.post('/api/cohorts', {
        programId: f.cohortProgram,
        name: `Cohort ${env.next()}`,
        startDate: '2030-10-01',
        capacity: 8,
        facilitatorIds: [],
      }),
    );
    return {
      url: `/api/cohorts/${c.id}`,
      body: {
        version: c.version,
        name: 'Renamed cohort',
        location: 'Upstairs',
        roomId: null,
        capacity: 10,
        facilitatorIds: [f.facilitatorId],
      },
    };
  }),
  'GET /api/enrollments': simple(async (env) => ({
    url: `/api/enrollments?programId=${(await fixturesOf(env)).individual}`,
  })),
  'POST /api/enrollments': simple(async (env) => {
    const { individual } = await fixturesOf(env);
    const client = await ok(
      env.fixtures.post('/api/clients', validClient({ givenName: `New${env.next()}` })),
    );
    return {
      url: '/api/enrollments',
      body: { clientId: client.id, programId: individual, startDate: '2030-01-07' },
    };
  }),
  'GET /api/enrollments/:id': simple(async (env) => ({
    url: `/api/enrollments/${(await newEnrollment(env)).id}`,
  })),
  'POST /api/enrollments/:id/transitions': simple(async (env) => {
    const e = await newEnrollment(env);
    return { url: `/api/enrollments/${e.id}/transitions`, body: { to: 'screening', version: e.version } };
  }),
  'PUT /api/enrollments/:id/facilitator': simple(async (env) => {
    const e = await newEnrollment(env);
    return {
      url: `/api/enrollments/${e.id}/facilitator`,
      // No one: every enrollment of the matrix starts the same day, so a person would be double-booked.
      body: { userId: null, version: e.version },
    };
  }),
  'POST /api/enrollments/:id/screenings': simple(async (env) => ({
    url: `/api/enrollments/${(await newEnrollment(env)).id}/screenings`,
    body: SCREENING_BODY(await noAnswers(env)),
  })),
  'GET /api/enrollments/:id/screening-draft': simple(async (env) => ({
    url: `/api/enrollments/${(await newEnrollment(env)).id}/screening-draft`,
  })),
  'PUT /api/enrollments/:id/screening-draft': simple(async (env) => ({
    url: `/api/enrollments/${(await newEnrollment(env)).id}/screening-draft`,
    body: { answers: {}, medications: [], vitals: { systolic: '12' }, measuredAt: '', notes: 'Half way' },
  })),
  'DELETE /api/enrollments/:id/screening-draft': simple(async (env) => ({
    url: `/api/enrollments/${(await newEnrollment(env)).id}/screening-draft`,
  })),
  'POST /api/enrollments/:id/screenings/:screeningId/decision': simple(async (env) => {
    const s = await screened(env);
    return {
      url: `/api/enrollments/${s.enrollmentId}/screenings/${s.screeningId}/decision`,
      body: { decision: 'eligible', rationale: 'No contraindications on the checklist.' },
    };
  }),
  'POST /api/enrollments/:id/consents': simple(async (env) => ({
    url: `/api/enrollments/${await eligible(env)}/consents`,
    body: {
      documentVersion: 1,
      signedAt: new Date(Date.now() - 60_000).toISOString(),
      method: 'in-person signature',
    },
  })),
  'GET /api/screening-checklists/:modality': simple(async () => ({
    url: '/api/screening-checklists/psilocybin',
  })),
};
