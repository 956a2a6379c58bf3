/**
 * Permission-matrix cases for the front office (issue 16): listings, the applications queue and
 * decision, offers, and the public offerings, form, application and offer-link routes. One valid
 * request per route (spread into CASES in test/integration/permission-matrix.test.ts); anything a
 * request uses up (an application, an offer) is made fresh for it.
 */
import { expect } from 'vitest';
import type { Role } from '../../src/domain/access/roles.ts';
import { PSILOCYBIN_CHECKLIST } from '../../src/domain/screening/checklists/psilocybin.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { userIdOf } from './program-fixtures.ts';

interface Env {
  server: TestServer;
  org: TestOrg;
  fixtures: Agent;
  clientId: string;
  next(): number;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<{ url: string; body?: unknown }>;
const simple = (build: Build) => ({ build });

export const ALL_NO = Object.fromEntries(PSILOCYBIN_CHECKLIST.items.map((i) => [i.id, 'no']));

export const LISTING = {
  published: true,
  endDate: null,
  currency: 'EUR',
  priceMinor: 180000,
  depositMinor: 50000,
  balanceDueDate: null,
  cancellationTiers: [{ minDaysBefore: 30, refundPercent: 100 }],
  places: 1000,
  waitlistSize: 10,
  holdDays: 7,
};

const cohorts = new WeakMap<Env, Promise<string>>();

/** A published retreat cohort with 1000 places, made once per suite. */
function cohortOf(env: Env): Promise<string> {
  let c = cohorts.get(env);
  if (!c) {
    c = (async () => {
      const program = await env.fixtures.post('/api/programs', { templateId: 'psilocybin-retreat' });
      expect(program.statusCode, program.body).toBe(201);
      const cohort = await env.fixtures.post('/api/cohorts', {
        programId: program.json().id,
        name: 'Matrix retreat',
        startDate: '2030-07-01',
        capacity: 1000,
        facilitatorIds: [await userIdOf(env.server, env.org.users.facilitator)],
      });
      expect(cohort.statusCode, cohort.body).toBe(201);
      const id = cohort.json().id as string;
      const listing = await env.fixtures.put(`/api/cohorts/${id}/listing`, LISTING);
      expect(listing.statusCode, listing.body).toBe(200);
      return id;
    })();
    cohorts.set(env, c);
  }
  return c;
}

const applicationBody = (env: Env, cohortId: string) => ({
  cohortId,
  givenName: 'Matrix',
  familyName: `Applicant ${env.next()}`,
  email: `applicant${env.next()}@matrix.example`,
  dateOfBirth: '1985-03-04',
  language: 'nl',
  answers: ALL_NO,
});

/** A fresh application; returns its id. */
async function freshApplication(env: Env): Promise<string> {
  const cohortId = await cohortOf(env);
  const body = applicationBody(env, cohortId);
  const res = await env.server.agent().post(`/api/public/organizations/${env.org.slug}/applications`, body);
  expect(res.statusCode, res.body).toBe(201);
  const row = await env.server.ctx.db.kysely
    .selectFrom('applications as a')
    .innerJoin('clients as c', 'c.id', 'a.client_id')
    .select('a.id')
    .where('a.organization_id', '=', env.org.id)
    .where('c.email', '=', body.email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh open offer; returns its id and the token from its email. */
export async function freshOffer(env: Env): Promise<{ id: string; token: string }> {
  const applicationId = await freshApplication(env);
  const res = await env.fixtures.post(`/api/applications/${applicationId}/decision`, {
    decision: 'eligible',
    reasons: ['Nothing reported that rules it out'],
    version: 1,
  });
  expect(res.statusCode, res.body).toBe(200);
  const offerId = res.json().offer.id as string;
  const mail = await env.server.ctx.db.kysely
    .selectFrom('outbox')
    .select('body')
    .where('dedupe_key', '=', `offer:${offerId}`)
    .executeTakeFirstOrThrow();
  const token = /\/apply\/offer#([\w-]+)/.exec(mail.body)![1]!;
  return { id: offerId, token };
}

export const FRONT_OFFICE_CASES = {
  'GET /api/cohorts/:id/listing': simple(async (env) => ({
    url: `/api/cohorts/${await cohortOf(env)}/listing`,
  })),
  'PUT /api/cohorts/:id/listing': simple(async (env) => ({
    url: `/api/cohorts/${await cohortOf(env)}/listing`,
    body: LISTING,
  })),
  'GET /api/applications': simple(async () => ({ url: '/api/applications' })),
  'GET /api/applications/:id': simple(async (env) => ({
    url: `/api/applications/${await freshApplication(env)}`,
  })),
  'POST /api/applications/:id/decision': simple(async (env) => ({
    url: `/api/applications/${await freshApplication(env)}/decision`,
    body: { decision: 'ineligible', reasons: ['Matrix'], version: 1 },
  })),
  'POST /api/offers/:id/status': simple(async (env) => ({
    url: `/api/offers/${(await freshOffer(env)).id}/status`,
    body: { status: 'withdrawn' },
  })),
  'GET /api/public/organizations/:orgSlug/offerings': simple(async (env) => ({
    url: `/api/public/organizations/${env.org.slug}/offerings`,
  })),
  'GET /api/public/organizations/:orgSlug/offerings/:cohortId/form': simple(async (env) => ({
    url: `/api/public/organizations/${env.org.slug}/offerings/${await cohortOf(env)}/form?language=nl`,
  })),
  'POST /api/public/organizations/:orgSlug/applications': simple(async (env) => ({
    url: `/api/public/organizations/${env.org.slug}/applications`,
    body: applicationBody(env, await cohortOf(env)),
  })),
  'GET /api/public/offers/:token': simple(async (env) => ({
    url: `/api/public/offers/${(await freshOffer(env)).token}`,
  })),
  'POST /api/public/offers/:token': simple(async (env) => ({
    url: `/api/public/offers/${(await freshOffer(env)).token}`,
    body: { answer: 'decline' },
  })),
};
