/**
 * The invitation lifecycle on both databases: due → sent (once, however often the scheduler runs)
 * → reminded → completed | expired; the link refuses forged, used and expired tokens; a retry of
 * one submission stores one response and two concurrent submissions store one; a risk answer
 * shows the crisis message and raises an alert that a clinician acknowledges and resolves; every
 * step audited.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { phq9, portalProgram, seedInvitation, seedPortalClient } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import type { SeededProgram } from '../support/programs-fixtures.ts';

const DAY = 86_400_000;
const linkIn = (body: string) => /\/p\/([A-Za-z0-9_-]{20,})/.exec(body)?.[1];

describe.each(DATABASES)('client portal on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let intake: Agent;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;
  const anon = () => server.agent();
  const outboxOf = (clientId: string) =>
    db().selectFrom('outbox').selectAll().where('client_id', '=', clientId).orderBy('created_at').execute();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Portal Clinic');
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    program = await portalProgram(db(), org.id);
  });
  afterAll(() => server?.close());

  it('opens, sends and reminds each invitation once, however often the scheduler runs', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Lifecycle' });
    const now = new Date();
    const first = await runScheduledWork(server.ctx, null, now);
    expect(first.opened).toBeGreaterThanOrEqual(1);
    // Again, and concurrently: nothing new.
    const again = await Promise.all([
      runScheduledWork(server.ctx, null, now),
      runScheduledWork(server.ctx, null, now),
    ]);
    for (const r of again) expect(r).toMatchObject({ opened: 0, sent: 0 });

    const invitations = await db()
      .selectFrom('invitations')
      .selectAll()
      .where('client_id', '=', c.clientId)
      .execute();
    // The baseline is open now; +30 days is not yet.
    expect(invitations.map((i) => i.plan_key)).toEqual(['phq-baseline#1']);
    expect(invitations[0]).toMatchObject({ status: 'sent', sends: 1 });
    let mail = await outboxOf(c.clientId);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: 'invitation', to_address: c.email, status: 'kept' });
    expect(mail[0]!.subject).toBe('Your check-in from Portal Clinic');
    const token1 = linkIn(mail[0]!.body)!;
    expect(token1).toBeTruthy();

    // Three days later: one reminder with a fresh link; the first link still works.
    const later = new Date(now.getTime() + 3 * DAY + 60_000);
    const reminded = await runScheduledWork(server.ctx, null, later);
    expect(reminded.sent).toBe(1);
    expect((await runScheduledWork(server.ctx, null, later)).sent).toBe(0);
    mail = await outboxOf(c.clientId);
    expect(mail.map((m) => m.kind)).toEqual(['invitation', 'reminder']);
    const token2 = linkIn(mail[1]!.body)!;
    expect(token2).not.toBe(token1);
    for (const t of [token1, token2])
      expect((await anon().get(`/api/portal/invitations/${t}`)).statusCode).toBe(200);

    // Staff see it; intake too (not the answers).
    const list = await intake.get(`/api/clients/${c.clientId}/invitations`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0]).toMatchObject({ status: 'sent', sends: 2, instrumentId: 'phq-9' });

    const actions = (
      await db().selectFrom('audit_events').select('action').where('entity_id', '=', c.clientId).execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['invitation.create', 'invitation.send', 'invitation.remind']),
    );
  });

  it('shows the questionnaire, keeps a draft and refuses forged links and bad answers by name', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Reader' });
    const inv = await seedInvitation(db(), org.id, c);
    const res = await anon().get(`/api/portal/invitations/${inv.token}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      clientName: 'Reader',
      language: 'en',
      organization: { name: 'Portal Clinic', timezone: 'UTC', locale: 'en-GB' },
    });
    expect(body.instrument).toMatchObject({ id: 'phq-9', language: 'en', fallback: false });
    expect(body.instrument.items).toHaveLength(10);
    expect(body.draft).toBeNull();

    await expectProblem(await anon().get(`/api/portal/invitations/${'x'.repeat(43)}`), 404);
    const bad = await anon().put(`/api/portal/invitations/${inv.token}/draft`, { answers: { q1: 7 } });
    expect(expectProblem(bad, 400).errors?.[0]?.field).toBe('answers.q1');
    const ok = await anon().put(`/api/portal/invitations/${inv.token}/draft`, { answers: { q1: 2, q2: 1 } });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await anon().get(`/api/portal/invitations/${inv.token}`)).json().draft).toMatchObject({
      q1: 2,
      q2: 1,
    });
    const incomplete = await anon().post(`/api/portal/invitations/${inv.token}/submit`, {
      answers: { q1: 1 },
      submissionId: randomUUID(),
    });
    expect(incomplete.statusCode).toBe(400);
    expect(
      (await db().selectFrom('invitations').select('status').where('id', '=', inv.id).executeTakeFirst())
        ?.status,
    ).toBe('sent');
  });

  it('shows English with a notice naming the installed languages to a Dutch client when no Dutch PHQ-9 is installed', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Dutch', language: 'nl' });
    const inv = await seedInvitation(db(), org.id, c);
    const body = (await anon().get(`/api/portal/invitations/${inv.token}`)).json();
    expect(body).toMatchObject({
      language: 'nl',
      instrument: { language: 'en', fallback: true, installedLanguages: ['en'] },
    });
  });

  it('stores one response for a retried submission; a risk answer shows the crisis message and alerts the clinicians', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Risk' });
    const inv = await seedInvitation(db(), org.id, c);
    const submissionId = randomUUID();
    const send = () =>
      anon().post(`/api/portal/invitations/${inv.token}/submit`, { answers: phq9(2), submissionId });
    const first = await send();
    expect(first.statusCode, first.body).toBe(200);
    const result = first.json();
    expect(result.crisis?.message).toMatch(/contact your therapist/);
    expect(result.score).toMatchObject({ total: 10, severity: 'moderate', range: { min: 0, max: 27 } });
    // A double tap: the same answer, one response.
    const retry = await send();
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(result);
    const stored = await db()
      .selectFrom('questionnaire_responses')
      .selectAll()
      .where('client_id', '=', c.clientId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ source: 'portal', total: 10, entered_by_user_id: null });

    // The link is used: another submission and a new read are refused.
    const other = await anon().post(`/api/portal/invitations/${inv.token}/submit`, {
      answers: phq9(0),
      submissionId: randomUUID(),
    });
    expect(other.statusCode).toBe(410);
    expect(other.json()).toMatchObject({ reason: 'invitation-completed' });
    expect((await anon().get(`/api/portal/invitations/${inv.token}`)).json()).toMatchObject({
      reason: 'invitation-completed',
    });

    // The alert is in the clinicians' queue at once, and each clinician has an email naming no client.
    const alerts = await clinician.get('/api/alerts');
    expect(alerts.statusCode, alerts.body).toBe(200);
    const alert = alerts.json().items.find((a: { client: { id: string } }) => a.client.id === c.clientId);
    expect(alert).toMatchObject({
      kind: 'risk-flag',
      severity: 'high',
      status: 'open',
      responseId: stored[0]!.id,
    });
    expect(alert.trigger).toMatch(/Item 9 answered 2/);
    const mails = await db()
      .selectFrom('outbox')
      .selectAll()
      .where('dedupe_key', 'like', `alert:${alert.id}:%`)
      .execute();
    expect(mails.map((m) => m.to_address)).toEqual([org.users.clinician]);
    expect(mails[0]!.body).not.toContain('Risk');
    expect((await clinician.get('/api/alerts/count')).json()).toMatchObject({ high: expect.any(Number) });

    // Acknowledge, then resolve with a note (a blank note is refused by name).
    const ack = await clinician.post(`/api/alerts/${alert.id}/acknowledge`, {});
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: { name: expect.any(String) },
    });
    expect(
      expectProblem(await clinician.post(`/api/alerts/${alert.id}/resolve`, { note: '   ' }), 400).errors?.[0]
        ?.field,
    ).toBe('note');
    const resolved = await clinician.post(`/api/alerts/${alert.id}/resolve`, {
      note: 'Called; safety plan agreed.',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Called; safety plan agreed.',
    });
    expect((await clinician.post(`/api/alerts/${alert.id}/resolve`, { note: 'again' })).statusCode).toBe(409);
    expect((await intake.get('/api/alerts')).statusCode).toBe(403);

    const actions = (
      await db().selectFrom('audit_events').select('action').where('entity_id', '=', c.clientId).execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['response.create', 'alert.raise', 'alert.acknowledge', 'alert.resolve']),
    );
  });

  it('stores one response when two different submissions race', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Race' });
    const inv = await seedInvitation(db(), org.id, c);
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        anon().post(`/api/portal/invitations/${inv.token}/submit`, {
          answers: phq9(0),
          submissionId: randomUUID(),
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 410, 410]);
    const stored = await db()
      .selectFrom('questionnaire_responses')
      .select('id')
      .where('client_id', '=', c.clientId)
      .execute();
    expect(stored).toHaveLength(1);
  });

  it('closes an unanswered invitation when its window passes, with a missed-questionnaire alert', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Missed' });
    const inv = await seedInvitation(db(), org.id, c, { closesInDays: 1 });
    const run = await runScheduledWork(server.ctx, null, new Date(Date.now() + 2 * DAY));
    expect(run.expired).toBeGreaterThanOrEqual(1);
    const res = await anon().get(`/api/portal/invitations/${inv.token}`);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ reason: 'invitation-expired' });
    const alert = await db()
      .selectFrom('alerts')
      .selectAll()
      .where('invitation_id', '=', inv.id)
      .executeTakeFirst();
    expect(alert).toMatchObject({ kind: 'missed', severity: 'low', status: 'open' });
  });

  it('refuses a withdrawn link', async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Revoked' });
    const inv = await seedInvitation(db(), org.id, c, { status: 'revoked' });
    const res = await anon().get(`/api/portal/invitations/${inv.token}`);
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({ reason: 'invitation-revoked' });
  });

  it("shows the organization's own crisis-support message after a risk answer", async () => {
    const owner = await server.as(org.users.owner);
    const message = 'Portal Clinic on-call line: +31 20 555 0199, day and night. In danger now? Call 112.';
    expect((await owner.patch('/api/organization', { crisisMessage: message })).statusCode).toBe(200);
    try {
      const c = await seedPortalClient(db(), org.id, program, { name: 'OwnMessage', language: 'nl' });
      const inv = await seedInvitation(db(), org.id, c);
      const res = await anon().post(`/api/portal/invitations/${inv.token}/submit`, {
        answers: phq9(1),
        submissionId: randomUUID(),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().crisis).toEqual({ message });
    } finally {
      await owner.patch('/api/organization', { crisisMessage: null });
    }
  });
});
