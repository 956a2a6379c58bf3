/**
 * Permission-matrix cases for e-consent, accommodation and pre-arrival routes: one valid request per
 * route (spread into CASES in test/integration/permission-matrix.test.ts). What a request uses up
 * (a bed, an allocation) is made fresh for it, straight in the database.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/domain/access/roles.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { type SeededProgram, seedCohort, seedEnrolledClient, seedProgram } from './programs-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<{ url: string; body?: unknown }>;
const simple = (build: Build) => ({ build });

interface World {
  program: SeededProgram;
  cohortId: string;
  enrollmentId: string;
  consentId: string;
}
const worlds = new WeakMap<Env, Promise<World>>();

async function stayFor(env: Env, cohortId: string): Promise<void> {
  await env.server.ctx.db.kysely
    .insertInto('lodging_stays')
    .values({
      cohort_id: cohortId,
      organization_id: env.org.id,
      arrival_date: '2031-05-01',
      departure_date: '2031-05-04',
      updated_at: new Date().toISOString(),
    })
    .execute();
}

function worldOf(env: Env): Promise<World> {
  let w = worlds.get(env);
  if (!w) {
    w = (async () => {
      const db = env.server.ctx.db.kysely;
      const program = await seedProgram(db, env.org.id);
      const cohortId = await seedCohort(db, env.org.id, {
        programId: program.programId,
        startDate: '2031-05-01',
      });
      await stayFor(env, cohortId);
      const { enrollmentId } = await seedEnrolledClient(db, env.org.id, program, {
        cohortId,
        startDate: '2031-05-01',
        name: 'Matrixguest',
      });
      const consent = await db
        .selectFrom('consents')
        .select('id')
        .where('enrollment_id', '=', enrollmentId)
        .executeTakeFirstOrThrow();
      return { program, cohortId, enrollmentId, consentId: consent.id };
    })();
    worlds.set(env, w);
  }
  return w;
}

/** A fresh cohort with its nights, one guest and one room with a free bed. */
async function freshBed(env: Env) {
  const db = env.server.ctx.db.kysely;
  const { program } = await worldOf(env);
  const cohortId = await seedCohort(db, env.org.id, {
    programId: program.programId,
    startDate: '2031-05-01',
  });
  await stayFor(env, cohortId);
  const { enrollmentId, clientId } = await seedEnrolledClient(db, env.org.id, program, {
    cohortId,
    startDate: '2031-05-01',
    name: `Guest${env.next()}`,
  });
  const roomId = randomUUID();
  const bedId = randomUUID();
  await db
    .insertInto('lodging_rooms')
    .values({
      id: roomId,
      organization_id: env.org.id,
      name: `Matrix room ${env.next()}`,
      sharing: 'any',
      accessible: 0,
      note: null,
      archived_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  await db
    .insertInto('lodging_beds')
    .values({ id: bedId, organization_id: env.org.id, room_id: roomId, label: '1', archived_at: null })
    .execute();
  return { cohortId, enrollmentId, clientId, bedId, roomId };
}

const PRE_ARRIVAL = {
  daysBefore: 7,
  subject: 'Your stay',
  whatToBring: 'Socks',
  travel: 'Train',
  arrival: '15:00',
  reading: '',
};

export const CONSENT_ROOMS_CASES = {
  'GET /api/portal/consents': simple(async () => ({ url: '/api/portal/consents' })),
  'POST /api/portal/consents/:id/sign': simple(async () => ({
    url: `/api/portal/consents/${randomUUID()}/sign`,
    body: { typedName: 'A Name', agreed: true, documentVersion: 1, documentSha256: 'a'.repeat(64) },
  })),
  'GET /api/consents/:id': simple(async (env) => ({
    url: `/api/consents/${(await worldOf(env)).consentId}`,
  })),
  'GET /api/lodging/rooms': simple(async () => ({ url: '/api/lodging/rooms' })),
  'POST /api/lodging/rooms': simple(async (env) => ({
    url: '/api/lodging/rooms',
    body: { name: `Room ${env.next()}`, sharing: 'any', accessible: true, beds: ['1', '2'] },
  })),
  'PATCH /api/lodging/rooms/:id': simple(async (env) => ({
    url: `/api/lodging/rooms/${(await freshBed(env)).roomId}`,
    body: { name: `Renamed room ${env.next()}`, addBeds: ['2'] },
  })),
  'GET /api/cohorts/:id/lodging': simple(async (env) => ({
    url: `/api/cohorts/${(await worldOf(env)).cohortId}/lodging`,
  })),
  'PUT /api/cohorts/:id/lodging/stay': simple(async (env) => ({
    url: `/api/cohorts/${(await worldOf(env)).cohortId}/lodging/stay`,
    body: { arrivalDate: '2031-05-01', departureDate: '2031-05-04' },
  })),
  'PUT /api/enrollments/:id/lodging-needs': simple(async (env) => ({
    url: `/api/enrollments/${(await worldOf(env)).enrollmentId}/lodging-needs`,
    body: { diet: 'vegetarian', accessNeeds: null, needsAccessibleRoom: false, roommateClientId: null },
  })),
  'POST /api/cohorts/:id/lodging/assignments': simple(async (env) => {
    const f = await freshBed(env);
    return {
      url: `/api/cohorts/${f.cohortId}/lodging/assignments`,
      body: { enrollmentId: f.enrollmentId, bedId: f.bedId },
    };
  }),
  'DELETE /api/cohorts/:id/lodging/assignments/:enrollmentId': simple(async (env) => {
    const f = await freshBed(env);
    await env.server.ctx.db.kysely
      .insertInto('bed_assignments')
      .values({
        id: randomUUID(),
        organization_id: env.org.id,
        cohort_id: f.cohortId,
        bed_id: f.bedId,
        enrollment_id: f.enrollmentId,
        client_id: f.clientId,
        assigned_by_user_id: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    return { url: `/api/cohorts/${f.cohortId}/lodging/assignments/${f.enrollmentId}` };
  }),
  'POST /api/cohorts/:id/lodging/auto-assign': simple(async (env) => ({
    url: `/api/cohorts/${(await worldOf(env)).cohortId}/lodging/auto-assign`,
  })),
  'GET /api/cohorts/:id/house-list': simple(async (env) => ({
    url: `/api/cohorts/${(await worldOf(env)).cohortId}/house-list?language=nl`,
  })),
  'GET /api/cohorts/:id/pre-arrival': simple(async (env) => ({
    url: `/api/cohorts/${(await worldOf(env)).cohortId}/pre-arrival`,
  })),
  'PUT /api/cohorts/:id/pre-arrival/:language': simple(async (env) => ({
    url: `/api/cohorts/${(await worldOf(env)).cohortId}/pre-arrival/nl`,
    body: PRE_ARRIVAL,
  })),
};
