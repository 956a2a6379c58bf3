/**
 * Permission-matrix cases for at-home dosing (issue 19, part 6): settings, the support person, the
 * timeline and support link (staff), the client's check-ins (portal), and the support link's
 * check-ins (token). One valid request per route (spread into CASES in
 * test/integration/permission-matrix.test.ts) on an at-home dose of its own, with check-ins due
 * later and a fresh link per request. Settings are put with atHome false: nothing else changes.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/access/roles.ts';
import { SUPPORT_ATTESTATION_VERSION } from '../../src/domain/dosing/at-home.ts';
import { hashToken, newToken } from '../../src/server/tokens.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import {
  seedCohort,
  seedDosingRecord,
  seedEnrolledClient,
  seedProgram,
  seedSession,
} from './programs-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<{ url: string; body?: unknown }>;
const simple = (build: Build) => ({ build });

interface HomeWorld {
  programId: string;
  sessionId: string;
  enrollmentId: string;
  dosingRecordId: string;
}

const worlds = new WeakMap<Env, Promise<HomeWorld>>();
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

async function seedHomeWorld(env: Env): Promise<HomeWorld> {
  const db = env.server.ctx.db.kysely;
  const program = await seedProgram(db, env.org.id);
  const startDate = inMinutes(-60 * 24).slice(0, 10);
  const cohortId = await seedCohort(db, env.org.id, { programId: program.programId, startDate });
  const e = await seedEnrolledClient(db, env.org.id, program, {
    cohortId,
    startDate,
    status: 'active',
    name: 'Home',
  });
  const sessionId = await seedSession(db, env.org.id, {
    programId: program.programId,
    cohortId,
    dosing: { substance: 'ketamine', route: 'sublingual', mgPerKg: null },
    startsAt: inMinutes(-10),
    endsAt: inMinutes(60 * 24),
    attendees: [{ ...e, booking: 'booked' }],
  });
  const dosingRecordId = await seedDosingRecord(db, env.org.id, {
    sessionId,
    ...e,
    startedAt: inMinutes(-5),
  });
  const at = new Date().toISOString();
  await db
    .insertInto('home_checkins')
    .values(
      [30, 60].map((m) => ({
        id: randomUUID(),
        organization_id: env.org.id,
        dosing_record_id: dosingRecordId,
        client_id: e.clientId,
        offset_minutes: m,
        due_at: inMinutes(m),
        grace_minutes: 15,
        ask_vitals: 0,
        answer: null,
        answered_by: null,
        answered_at: null,
        note: null,
        systolic: null,
        diastolic: null,
        heart_rate: null,
        missed_at: null,
        created_at: at,
      })),
    )
    .execute();
  return { programId: program.programId, sessionId, enrollmentId: e.enrollmentId, dosingRecordId };
}

function homeWorld(env: Env): Promise<HomeWorld> {
  let w = worlds.get(env);
  if (!w) {
    w = seedHomeWorld(env);
    worlds.set(env, w);
  }
  return w;
}

/** A fresh support link of the world's dose: its token. */
async function link(env: Env): Promise<string> {
  const w = await homeWorld(env);
  const token = newToken();
  await env.server.ctx.db.kysely
    .insertInto('home_support_links')
    .values({
      token_hash: hashToken(token),
      organization_id: env.org.id,
      dosing_record_id: w.dosingRecordId,
      expires_at: inMinutes(60 * 24),
      created_by_user_id: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return token;
}

export const AT_HOME_CASES = {
  'GET /api/programs/:id/at-home': simple(async (env) => ({
    url: `/api/programs/${(await homeWorld(env)).programId}/at-home`,
  })),
  'PUT /api/programs/:id/at-home': simple(async (env) => ({
    url: `/api/programs/${(await homeWorld(env)).programId}/at-home`,
    body: { atHome: false },
  })),
  // A program's own dose bands (issue 19 part 3): set on the same program; ketamine in mg/kg.
  'GET /api/programs/:id/dose-bands': simple(async (env) => ({
    url: `/api/programs/${(await homeWorld(env)).programId}/dose-bands`,
  })),
  'PUT /api/programs/:id/dose-bands': simple(async (env) => ({
    url: `/api/programs/${(await homeWorld(env)).programId}/dose-bands`,
    body: { bands: [{ substanceKind: 'ketamine-racemic', unit: 'mg/kg', edges: [0.5, 0.75, 1] }] },
  })),
  'PUT /api/sessions/:id/at-home': simple(async (env) => ({
    url: `/api/sessions/${(await homeWorld(env)).sessionId}/at-home`,
    body: { atHome: false },
  })),
  'GET /api/enrollments/:id/support-person': simple(async (env) => ({
    url: `/api/enrollments/${(await homeWorld(env)).enrollmentId}/support-person`,
  })),
  'PUT /api/enrollments/:id/support-person': simple(async (env) => ({
    url: `/api/enrollments/${(await homeWorld(env)).enrollmentId}/support-person`,
    body: {
      name: 'Sam',
      phone: '06 1234 5678',
      relationship: 'partner',
      attestedName: 'Sam',
      agreed: true,
      attestedAt: inMinutes(-60),
      attestationVersion: SUPPORT_ATTESTATION_VERSION,
    },
  })),
  'GET /api/dosing-records/:id/at-home': simple(async (env) => ({
    url: `/api/dosing-records/${(await homeWorld(env)).dosingRecordId}/at-home`,
  })),
  'POST /api/dosing-records/:id/support-link': simple(async (env) => ({
    url: `/api/dosing-records/${(await homeWorld(env)).dosingRecordId}/support-link`,
  })),
  'GET /api/portal/at-home': simple(async () => ({ url: '/api/portal/at-home' })),
  'POST /api/portal/at-home/:id/checkin': simple(async (env) => ({
    url: `/api/portal/at-home/${(await homeWorld(env)).dosingRecordId}/checkin`,
    body: { answer: 'help' },
  })),
  'GET /api/home-support/:token': simple(async (env) => ({ url: `/api/home-support/${await link(env)}` })),
  'POST /api/home-support/:token/checkin': simple(async (env) => ({
    url: `/api/home-support/${await link(env)}/checkin`,
    body: { answer: 'help', note: 'Matrix' },
  })),
};
