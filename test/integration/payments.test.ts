/**
 * Booking payments end to end (issue 16 part 4) on SQLite and PostgreSQL, with the official
 * `stripe` and `@mollie/api-client` talking to loopback stand-ins (test/support/payment-stand-ins.ts):
 * checkout, webhook signature failure, replay, out-of-order events, a double payment flagged for
 * refund, refunds, bank transfer, cancellation under the policy, invoices and balance reminders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { ALL_NO, LISTING } from '../support/front-office-cases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { MOLLIE_KEY, PAYMENT_SETTINGS, STRIPE_KEY, STRIPE_WEBHOOK } from '../support/payment-fixtures.ts';
import { startMollieStandIn, startStripeStandIn } from '../support/payment-stand-ins.ts';
import { programFromTemplate, userIdOf } from '../support/program-fixtures.ts';

describe.each(DATABASES)('payments on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let intake: Agent;
  let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
  let mollie: Awaited<ReturnType<typeof startMollieStandIn>>;
  let program: string;
  let facilitator: string;
  let n = 0;
  const tlsBefore = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

  beforeAll(async () => {
    stripe = await startStripeStandIn(STRIPE_KEY);
    mollie = await startMollieStandIn(MOLLIE_KEY);
    // The Mollie client pins its own CA bundle; the stand-in's certificate is made for this run.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    server = await startTestServer(database, { stripeApiUrl: stripe.url, mollieApiUrl: mollie.url });
    org = await server.createOrg('Retreat Centre');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
    program = (await programFromTemplate(owner, 'psilocybin-retreat')).id;
    facilitator = await userIdOf(server, org.users.facilitator);
    const settings = await owner.put('/api/organization/payment-settings', PAYMENT_SETTINGS);
    expect(settings.statusCode, settings.body).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
    await stripe?.close();
    await mollie?.close();
    if (tlsBefore === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = tlsBefore;
  });

  /** An eligible applicant's offer on a fresh cohort; returns its token and id. */
  async function offer(listing: Record<string, unknown> = {}) {
    const cohort = await owner.post('/api/cohorts', {
      programId: program,
      name: `Paid retreat ${++n}`,
      startDate: '2030-05-04',
      capacity: 10,
      facilitatorIds: [facilitator],
    });
    expect(cohort.statusCode, cohort.body).toBe(201);
    const cohortId = cohort.json().id as string;
    const l = await owner.put(`/api/cohorts/${cohortId}/listing`, {
      ...LISTING,
      places: 5,
      balanceDueDate: '2030-04-01',
      cancellationTiers: [
        { minDaysBefore: 60, refundPercent: 100 },
        { minDaysBefore: 14, refundPercent: 50 },
      ],
      ...listing,
    });
    expect(l.statusCode, l.body).toBe(200);
    const applied = await server.agent().post(`/api/public/organizations/${org.slug}/applications`, {
      cohortId,
      givenName: 'Noor',
      familyName: `Betaler ${n}`,
      email: `noor.betaler${n}@example.nl`,
      dateOfBirth: '1990-04-02',
      language: 'nl',
      answers: ALL_NO,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const clinician = await server.as(org.users.clinician);
    const app = (await clinician.get(`/api/applications?cohortId=${cohortId}`)).json().items[0];
    const decided = await clinician.post(`/api/applications/${app.id}/decision`, {
      decision: 'eligible',
      reasons: ['Self-report clear'],
      version: 1,
    });
    const offerId = decided.json().offer.id as string;
    const mail = await server.ctx.db.kysely
      .selectFrom('outbox')
      .select('body')
      .where('dedupe_key', '=', `offer:${offerId}`)
      .executeTakeFirstOrThrow();
    const token = /\/apply\/offer#([\w-]+)/.exec(mail.body)![1]!;
    return { token, offerId, applicationId: app.id as string };
  }

  const pay = (token: string, method: string) =>
    server.agent().post(`/api/public/offers/${token}/payments`, { method });
  const panel = async (offerId: string) => (await intake.get(`/api/offers/${offerId}/payments`)).json();
  const stripeHook = (payload: string, signature?: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/public/payments/webhooks/stripe',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'stripe-signature': signature } : {}),
      },
      payload,
    });
  const mollieHook = (id: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/public/payments/webhooks/mollie',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `id=${id}`,
    });
  const paymentRow = (id: string) =>
    server.ctx.db.kysely.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('shows the methods and the deposit due on the offer link', async () => {
    const o = await offer();
    const res = await server.agent().get(`/api/public/offers/${o.token}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().paymentMethods).toEqual(['mollie', 'stripe', 'bank_transfer']);
    expect(res.json().payment).toEqual({
      status: 'open',
      amountDue: { amount: 50000, currency: 'EUR' },
      kind: 'deposit',
      dueDate: null,
    });
  });

  it('Stripe: checkout, a signed webhook books the place, replays and stale events change nothing', async () => {
    const o = await offer();
    const started = await pay(o.token, 'stripe');
    expect(started.statusCode, started.body).toBe(201);
    const { paymentId, checkoutUrl, bankTransfer, status } = started.json();
    expect(status).toBe('open');
    expect(bankTransfer).toBeNull();
    expect(checkoutUrl).toMatch(new RegExp(`^${stripe.url}/c/pay/cs_test_`));
    const sessionId = (await paymentRow(paymentId)).provider_ref!;
    expect(stripe.sessions.get(sessionId)).toMatchObject({ amount_total: 50000, currency: 'eur' });
    expect(stripe.sessions.get(sessionId)!.metadata.paymentId).toBe(paymentId);

    const session = stripe.pay(sessionId);
    const completed = stripe.event('checkout.session.completed', session, STRIPE_WEBHOOK);

    // A wrong signing secret, a missing header and a tampered body are refused; nothing moves.
    const forged = stripe.event('checkout.session.completed', session, 'whsec_wrong');
    const bad = await stripeHook(forged.payload, forged.signature);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect((await stripeHook(completed.payload)).statusCode).toBe(400);
    const tampered = completed.payload.replace('"amount_total":50000', '"amount_total":1');
    expect((await stripeHook(tampered, completed.signature)).statusCode).toBe(400);
    expect((await paymentRow(paymentId)).status).toBe('open');

    const ok = await stripeHook(completed.payload, completed.signature);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().outcome).toBe('applied');
    expect((await paymentRow(paymentId)).status).toBe('paid');
    // Paying the deposit accepted the offer and enrolled the client.
    const publicView = (await server.agent().get(`/api/public/offers/${o.token}`)).json();
    expect(publicView.status).toBe('accepted');
    expect(publicView.payment.amountDue).toEqual({ amount: 130000, currency: 'EUR' });
    const app = await server.ctx.db.kysely
      .selectFrom('applications')
      .select('enrollment_id')
      .where('id', '=', o.applicationId)
      .executeTakeFirstOrThrow();
    expect(app.enrollment_id).not.toBeNull();

    // The same delivery again is a replay; an older "expired" event cannot move a paid payment back.
    expect((await stripeHook(completed.payload, completed.signature)).json().outcome).toBe('replay');
    const stale = stripe.event('checkout.session.expired', { ...session, status: 'expired' }, STRIPE_WEBHOOK);
    expect((await stripeHook(stale.payload, stale.signature)).json().outcome).toBe('ignored');
    expect((await paymentRow(paymentId)).status).toBe('paid');

    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', paymentId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['payment.create', 'payment.status']));
    const client = await server.ctx.db.kysely
      .selectFrom('offers')
      .select('client_id')
      .where('id', '=', o.offerId)
      .executeTakeFirstOrThrow();
    const bookings = (await intake.get(`/api/clients/${client.client_id}/bookings`)).json();
    expect(bookings.items[0].panel).toMatchObject({ offerId: o.offerId, paid: 50000, total: 180000 });
    const p = await panel(o.offerId);
    expect(p.payments[0]).toMatchObject({
      status: 'paid',
      invoiceNumber: expect.stringMatching(/^\d{4}-\d{4}$/),
    });
    expect(p.due).toEqual({ kind: 'balance', amount: 130000, dueDate: '2030-04-01' });
  });

  it('Mollie: the webhook id is fetched from Mollie; unknown ids are ignored unfetched; replays are no-ops', async () => {
    const o = await offer();
    const started = await pay(o.token, 'mollie');
    expect(started.statusCode, started.body).toBe(201);
    const { paymentId, checkoutUrl } = started.json();
    expect(checkoutUrl).toMatch(/\/checkout\/select-method\/tr_/);
    const molliePayment = [...mollie.payments.values()].find(
      (x) => (x.metadata as { paymentId: string }).paymentId === paymentId,
    )!;
    expect(molliePayment.amount).toEqual({ value: '500.00', currency: 'EUR' });

    const fetchedBefore = mollie.log.length;
    const unknown = await mollieHook('tr_unknown123');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.json().outcome).toBe('unknown');
    expect(mollie.log.length).toBe(fetchedBefore);
    expect((await mollieHook('not-an-id')).statusCode).toBe(400);

    // Still open at Mollie: the webhook changes nothing.
    expect((await mollieHook(molliePayment.id)).json().outcome).toBe('ignored');
    mollie.setStatus(molliePayment.id, 'paid');
    expect((await mollieHook(molliePayment.id)).json().outcome).toBe('applied');
    expect((await mollieHook(molliePayment.id)).json().outcome).toBe('replay');
    expect((await paymentRow(paymentId)).status).toBe('paid');
    // Mollie later says expired (out of order): a paid payment stays paid.
    mollie.setStatus(molliePayment.id, 'expired');
    expect((await mollieHook(molliePayment.id)).json().outcome).toBe('ignored');
    expect((await paymentRow(paymentId)).status).toBe('paid');
  });

  it('the stand-in checkout page pays and delivers the webhook to a listening server', async () => {
    const o = await offer();
    const { paymentId, checkoutUrl } = (await pay(o.token, 'mollie')).json();
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const at = [...mollie.payments.values()].find(
      (x) => (x.metadata as { paymentId: string }).paymentId === paymentId,
    )!;
    at.webhookUrl = `${address}/api/public/payments/webhooks/mollie`;
    const page = await fetch(checkoutUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<button type="submit">Pay<\/button>/);
    const paid = await fetch(checkoutUrl, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toMatch(new RegExp(`/apply/offer\\?payment=${paymentId}$`));
    expect(mollie.failures).toEqual([]);
    expect((await paymentRow(paymentId)).status).toBe('paid');
  });

  it('a double payment is recorded and flagged for refund, never lost, and can be refunded', async () => {
    const o = await offer();
    const first = (await pay(o.token, 'mollie')).json();
    const second = (await pay(o.token, 'mollie')).json();
    const byPayment = (pid: string) =>
      [...mollie.payments.values()].find((x) => (x.metadata as { paymentId: string }).paymentId === pid)!;
    for (const pid of [first.paymentId, second.paymentId]) {
      mollie.setStatus(byPayment(pid).id, 'paid');
      expect((await mollieHook(byPayment(pid).id)).json().outcome).toBe('applied');
    }
    const twice = await paymentRow(second.paymentId);
    expect(twice).toMatchObject({ status: 'paid', flagged_for_refund: 1 });
    const p = await panel(o.offerId);
    expect(p.paid).toBe(50000);
    expect(p.payments.find((x: { id: string }) => x.id === second.paymentId)).toMatchObject({
      flaggedForRefund: true,
      invoiceNumber: null,
    });
    const tooMuch = await intake.post(`/api/payments/${second.paymentId}/refunds`, {
      amount: 50001,
      reason: 'x',
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0].field).toBe('amount');
    const refunded = await intake.post(`/api/payments/${second.paymentId}/refunds`, {
      amount: 50000,
      reason: 'Paid twice',
    });
    expect(refunded.statusCode, refunded.body).toBe(200);
    expect(mollie.refunds.at(-1)).toMatchObject({
      paymentId: byPayment(second.paymentId).id,
      amount: { value: '500.00' },
    });
    expect(refunded.json().payments.find((x: { id: string }) => x.id === second.paymentId).refunded).toBe(
      50000,
    );
  });

  it('bank transfer: IBAN and structured reference; staff mark it received; the invoice is a PDF', async () => {
    const o = await offer();
    const res = await pay(o.token, 'bank_transfer');
    expect(res.statusCode, res.body).toBe(201);
    const { paymentId, bankTransfer, checkoutUrl } = res.json();
    expect(checkoutUrl).toBeNull();
    expect(bankTransfer).toMatchObject({
      iban: 'NL91ABNA0417164300',
      accountName: 'Retreat Centre BV',
      amount: 50000,
      currency: 'EUR',
      reference: expect.stringMatching(/^RF\d{2}[0-9A-F]{16}$/),
    });
    const version = (await paymentRow(paymentId)).version;
    const clinician = await server.as(org.users.clinician);
    expect((await clinician.post(`/api/payments/${paymentId}/received`, { version })).statusCode).toBe(403);
    const received = await intake.post(`/api/payments/${paymentId}/received`, { version });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json().paid).toBe(50000);
    expect(
      (await intake.post(`/api/payments/${paymentId}/received`, { version: version + 1 })).statusCode,
    ).toBe(409);
    const pdf = await intake.get(`/api/payments/${paymentId}/invoice.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const invoice = await server.ctx.db.kysely
      .selectFrom('invoices')
      .selectAll()
      .where('payment_id', '=', paymentId)
      .executeTakeFirstOrThrow();
    // 21 % VAT included in 500.00: 86.78 VAT, 413.22 net.
    expect(invoice).toMatchObject({
      gross_minor: 50000,
      vat_minor: 8678,
      net_minor: 41322,
      vat_number: 'NL123456789B01',
    });
  });

  it('numbers invoices per organization without gaps', async () => {
    const rows = await server.ctx.db.kysely
      .selectFrom('invoices')
      .select(['sequence', 'year'])
      .where('organization_id', '=', org.id)
      .orderBy('sequence')
      .execute();
    expect(rows.map((r) => r.sequence)).toEqual(rows.map((_, i) => i + 1));
  });

  it('cancels under the policy: the refund shown is the refund given, through the provider', async () => {
    const o = await offer();
    const started = (await pay(o.token, 'stripe')).json();
    const sessionId = (await paymentRow(started.paymentId)).provider_ref!;
    const done = stripe.event('checkout.session.completed', stripe.pay(sessionId), STRIPE_WEBHOOK);
    expect((await stripeHook(done.payload, done.signature)).json().outcome).toBe('applied');
    const quote = (await panel(o.offerId)).cancellation;
    expect(quote).toMatchObject({ refundPercent: 100, refund: 50000 });
    const wrong = await intake.post(`/api/offers/${o.offerId}/cancel`, { expectedRefund: 1, reason: 'Ill' });
    expect(wrong.statusCode).toBe(409);
    const cancelled = await intake.post(`/api/offers/${o.offerId}/cancel`, {
      expectedRefund: 50000,
      reason: 'Ill',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ offerStatus: 'withdrawn', refunded: 50000 });
    expect(stripe.refunds.at(-1)).toMatchObject({
      amount: 50000,
      payment_intent: stripe.sessions.get(sessionId)!.payment_intent,
    });
    // A payment arriving for a withdrawn offer is kept and flagged.
    const late = await server.ctx.db.kysely
      .selectFrom('offers')
      .select('status')
      .where('id', '=', o.offerId)
      .executeTakeFirstOrThrow();
    expect(late.status).toBe('withdrawn');
  });

  it('reminds of the balance before its due date, once per reminder day, in the client’s language', async () => {
    const o = await offer();
    const started = (await pay(o.token, 'bank_transfer')).json();
    const version = (await paymentRow(started.paymentId)).version;
    expect((await intake.post(`/api/payments/${started.paymentId}/received`, { version })).statusCode).toBe(
      200,
    );
    const early = await runScheduledWork(server.ctx, null, new Date('2030-03-01T09:00:00Z'), {
      enrollmentStatuses: false,
    });
    const mails = () =>
      server.ctx.db.kysely
        .selectFrom('outbox')
        .select(['subject', 'body', 'dedupe_key'])
        .where('dedupe_key', 'like', `balance-reminder:${o.offerId}:%`)
        .execute();
    expect(early.balanceReminders).toBe(0);
    await runScheduledWork(server.ctx, null, new Date('2030-03-20T09:00:00Z'), { enrollmentStatuses: false });
    await runScheduledWork(server.ctx, null, new Date('2030-03-21T09:00:00Z'), { enrollmentStatuses: false });
    expect((await mails()).length).toBe(1);
    const [mail] = await mails();
    expect(mail!.subject).toMatch(/restbedrag/);
    expect(mail!.body).toMatch(/1\.300,00/);
    await runScheduledWork(server.ctx, null, new Date('2030-03-30T09:00:00Z'), { enrollmentStatuses: false });
    expect((await mails()).length).toBe(2);
  });

  it("another organization's staff find none of this organization's bookings, payments or invoices", async () => {
    const o = await offer();
    const { paymentId } = (await pay(o.token, 'bank_transfer')).json();
    const version = (await paymentRow(paymentId)).version;
    expect((await intake.post(`/api/payments/${paymentId}/received`, { version })).statusCode).toBe(200);
    const other = await server.createOrg('Other Retreats');
    const stranger = await server.as(other.users.owner);
    const clientId = (await paymentRow(paymentId)).client_id;
    for (const url of [
      `/api/offers/${o.offerId}/payments`,
      `/api/clients/${clientId}/bookings`,
      `/api/payments/${paymentId}/invoice.pdf`,
    ]) {
      expect((await stranger.get(url)).statusCode, url).toBe(404);
    }
    const refund = await stranger.post(`/api/payments/${paymentId}/refunds`, { amount: 1, reason: 'x' });
    expect(refund.statusCode).toBe(404);
    const cancel = await stranger.post(`/api/offers/${o.offerId}/cancel`, { expectedRefund: 0, reason: 'x' });
    expect(cancel.statusCode).toBe(404);
    expect((await paymentRow(paymentId)).status).toBe('paid');
  });

  it("erasing a client removes their payments, the payments' events and refunds, and their invoices", async () => {
    const db = server.ctx.db.kysely;
    const paid = await db
      .selectFrom('invoices as i')
      .innerJoin('payments as p', 'p.id', 'i.payment_id')
      .select(['p.client_id', 'p.id'])
      .where('p.organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    const res = await owner.post(`/api/clients/${paid.client_id}/erasure-requests`, {
      requestedBy: 'client',
      receivedOn: '2026-01-05',
      scope: 'erasure',
      legalBasis: 'art17-1b',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'erased' });
    const left = await db
      .selectFrom('payments')
      .select('id')
      .where('client_id', '=', paid.client_id)
      .execute();
    expect(left).toEqual([]);
    for (const table of ['invoices', 'payment_events', 'payment_refunds'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('payment_id')
        .where('payment_id', '=', paid.id)
        .execute();
      expect(rows, table).toEqual([]);
    }
  });

  it('refuses bad input by field, keeps secrets write-only and roles least-privileged', async () => {
    const o = await offer();
    const bad = await pay(o.token, 'paypal');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/method/);
    const settings = (await owner.get('/api/organization/payment-settings')).json();
    expect(settings.secrets).toEqual({
      mollieApiKey: true,
      stripeSecretKey: true,
      stripeWebhookSecret: true,
    });
    expect(JSON.stringify(settings)).not.toContain(STRIPE_KEY);
    const stored = await server.ctx.db.kysely
      .selectFrom('payment_settings')
      .select('stripe_secret_key')
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(stored.stripe_secret_key).not.toContain(STRIPE_KEY);
    expect((await intake.get('/api/organization/payment-settings')).statusCode).toBe(403);
    const badIban = await owner.put('/api/organization/payment-settings', {
      ...PAYMENT_SETTINGS,
      bankIban: 'NL00BANK0123456789',
      version: settings.version,
    });
    expect(badIban.statusCode).toBe(400);
    expect(badIban.json().errors[0].field).toBe('bankIban');
    const clinician = await server.as(org.users.clinician);
    expect((await clinician.get(`/api/offers/${o.offerId}/payments`)).statusCode).toBe(403);
  });
});
