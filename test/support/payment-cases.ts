/**
 * Permission-matrix cases for the payment routes (issue 16 part 4): one valid request per route,
 * spread into CASES in test/integration/permission-matrix.test.ts. The organization takes bank
 * transfer and Stripe; no provider is called (a Stripe delivery is signed here, as Stripe signs it).
 */
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { expect } from 'vitest';
import type { Role } from '../../src/domain/access/roles.ts';
import { freshOffer } from './front-office-cases.ts';
import type { Agent, TestOrg, TestServer } from './harness.ts';
import { STRIPE_KEY, STRIPE_WEBHOOK } from './payment-fixtures.ts';

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
  headers?: Record<string, string>;
}
type Build = (env: Env, p: { role: Role; self: Agent | null }) => Promise<Req>;
const simple = (build: Build) => ({ build });

const SETTINGS = {
  vatRateBasisPoints: 900,
  pricesIncludeVat: true,
  vatNumber: null,
  invoicePrefix: 'MX',
  reminderDays: [14, 3],
  methods: ['stripe', 'bank_transfer'],
  bankIban: 'NL91ABNA0417164300',
  bankAccountName: 'Matrix Retreats',
};

const configured = new WeakMap<Env, Promise<void>>();

async function versionOf(env: Env): Promise<number> {
  const res = await env.fixtures.get('/api/organization/payment-settings');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().version as number;
}

/** The organization's payment settings, set once per suite. */
function configure(env: Env): Promise<void> {
  let c = configured.get(env);
  if (!c) {
    c = (async () => {
      const res = await env.fixtures.put('/api/organization/payment-settings', {
        ...SETTINGS,
        stripeSecretKey: STRIPE_KEY,
        stripeWebhookSecret: STRIPE_WEBHOOK,
        version: await versionOf(env),
      });
      expect(res.statusCode, res.body).toBe(200);
    })();
    configured.set(env, c);
  }
  return c;
}

/** A bank transfer started on a fresh offer; `paid`: marked received too. */
async function bankTransfer(env: Env, paid: boolean): Promise<string> {
  await configure(env);
  const offer = await freshOffer(env);
  const res = await env.server.agent().post(`/api/public/offers/${offer.token}/payments`, {
    method: 'bank_transfer',
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().paymentId as string;
  if (paid) {
    const r = await env.fixtures.post(`/api/payments/${id}/received`, { version: 1 });
    expect(r.statusCode, r.body).toBe(200);
  }
  return id;
}

/** A Stripe checkout recorded on a fresh offer and a signed "completed, unpaid" delivery for it. */
async function stripeDelivery(env: Env): Promise<Req> {
  await configure(env);
  const offer = await freshOffer(env);
  const row = await env.server.ctx.db.kysely
    .selectFrom('offers')
    .select(['client_id', 'cohort_id'])
    .where('id', '=', offer.id)
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  const sessionId = `cs_test_matrix${env.next()}`;
  await env.server.ctx.db.kysely
    .insertInto('payments')
    .values({
      id: randomUUID(),
      organization_id: env.org.id,
      offer_id: offer.id,
      client_id: row.client_id,
      cohort_id: row.cohort_id,
      kind: 'deposit',
      method: 'stripe',
      status: 'open',
      amount_minor: 50000,
      currency: 'EUR',
      provider_ref: sessionId,
      checkout_url: null,
      reference: null,
      flag_reason: null,
      paid_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const payload = JSON.stringify({
    id: `evt_matrix${env.next()}`,
    object: 'event',
    type: 'checkout.session.completed',
    data: {
      object: { id: sessionId, object: 'checkout.session', payment_status: 'unpaid', status: 'complete' },
    },
  });
  const signature = new Stripe(STRIPE_KEY).webhooks.generateTestHeaderString({
    payload,
    secret: STRIPE_WEBHOOK,
  });
  return {
    url: '/api/public/payments/webhooks/stripe',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
  };
}

export const PAYMENT_CASES = {
  'GET /api/clients/:id/bookings': simple(async (env) => ({ url: `/api/clients/${env.clientId}/bookings` })),
  'GET /api/offers/:id/payments': simple(async (env) => ({
    url: `/api/offers/${(await freshOffer(env)).id}/payments`,
  })),
  'POST /api/payments/:id/received': simple(async (env, { self }) => ({
    url: `/api/payments/${self ? await bankTransfer(env, false) : randomUUID()}/received`,
    body: { version: 1 },
  })),
  'POST /api/payments/:id/refunds': simple(async (env, { self }) => ({
    url: `/api/payments/${self ? await bankTransfer(env, true) : randomUUID()}/refunds`,
    body: { amount: 100, reason: 'Matrix' },
  })),
  'POST /api/offers/:id/cancel': simple(async (env) => ({
    url: `/api/offers/${(await freshOffer(env)).id}/cancel`,
    body: { expectedRefund: 0, reason: 'Matrix' },
  })),
  'GET /api/payments/:id/invoice.pdf': simple(async (env, { self }) => ({
    url: `/api/payments/${self ? await bankTransfer(env, true) : randomUUID()}/invoice.pdf`,
  })),
  'GET /api/organization/payment-settings': simple(async () => ({
    url: '/api/organization/payment-settings',
  })),
  'PUT /api/organization/payment-settings': simple(async (env) => {
    await configure(env);
    return {
      url: '/api/organization/payment-settings',
      body: { ...SETTINGS, version: await versionOf(env) },
    };
  }),
  'POST /api/public/offers/:token/payments': simple(async (env) => {
    await configure(env);
    return {
      url: `/api/public/offers/${(await freshOffer(env)).token}/payments`,
      body: { method: 'bank_transfer' },
    };
  }),
  'POST /api/public/payments/webhooks/mollie': simple(async () => ({
    url: '/api/public/payments/webhooks/mollie',
    body: 'id=tr_notmadehere1',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })),
  'POST /api/public/payments/webhooks/stripe': simple(async (env) => stripeDelivery(env)),
};
