/**
 * The client's portal home on both databases: sign-in links (sent by staff or asked for by email
 * address, single use, expiring), the portal session, the home (sessions, open questionnaires with
 * working links, the client's own scores), and the private journal — shared entries only reach
 * staff, and one client never reaches another's.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import {
  phq9,
  portalProgram,
  seedInvitation,
  seedPortalClient,
  seedPortalLink,
} from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { dayAt, type SeededProgram, seedSession } from '../support/programs-fixtures.ts';

describe.each(DATABASES)('client portal home on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let intake: Agent;
  let facilitator: Agent;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;

  /** A client agent signed in to the portal through a fresh link. */
  async function portalAgent(clientId: string): Promise<Agent> {
    const agent = server.agent();
    const res = await agent.post('/api/portal/sign-in', {
      token: await seedPortalLink(db(), org.id, clientId),
    });
    expect(res.statusCode, res.body).toBe(204);
    return agent;
  }

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Home Clinic');
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    program = await portalProgram(db(), org.id);
  });
  afterAll(() => server?.close());

  it('emails a sign-in link that works once and expires; asking by address never says who is known', async () => {
    const c = await seedPortalClient(db(), org.id, program, {
      name: 'Linked',
      email: 'linked@client.example',
    });
    const sent = await intake.post(`/api/clients/${c.clientId}/portal-link`, {});
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ sentTo: 'linked@client.example' });
    const mail = await db()
      .selectFrom('outbox')
      .selectAll()
      .where('client_id', '=', c.clientId)
      .where('kind', '=', 'portal-link')
      .executeTakeFirstOrThrow();
    const token = /\/portal\/sign-in\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;

    const client = server.agent();
    expect((await client.get('/api/portal/me')).statusCode).toBe(401);
    expect((await client.post('/api/portal/sign-in', { token })).statusCode).toBe(204);
    expect((await client.get('/api/portal/me')).statusCode).toBe(200);
    const again = await server.agent().post('/api/portal/sign-in', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ reason: 'link-used' });
    await expectProblem(await server.agent().post('/api/portal/sign-in', { token: 'z'.repeat(43) }), 404);

    await db()
      .updateTable('portal_links')
      .set({ expires_at: dayAt(-1, 0) })
      .execute();
    const stale = await seedPortalLink(db(), org.id, c.clientId);
    await db()
      .updateTable('portal_links')
      .set({ expires_at: dayAt(-1, 0) })
      .where('used_at', 'is', null)
      .execute();
    const expired = await server.agent().post('/api/portal/sign-in', { token: stale });
    expect(expired.json()).toMatchObject({ reason: 'link-expired' });

    const before = await db().selectFrom('outbox').select('id').where('client_id', '=', c.clientId).execute();
    for (const email of ['LINKED@client.example', 'stranger@nowhere.example']) {
      const res = await server.agent().post('/api/portal/sign-in-link', { email });
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({});
    }
    // The email follows the answer (sign-in-link-privacy.test.ts): wait for it.
    for (let i = 0; i < 500; i++) {
      const after = await db()
        .selectFrom('outbox')
        .select('id')
        .where('client_id', '=', c.clientId)
        .execute();
      if (after.length > before.length) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const after = await db().selectFrom('outbox').select('id').where('client_id', '=', c.clientId).execute();
    expect(after.length).toBe(before.length + 1);

    // A client without an email address cannot be sent one.
    const bare = await seedPortalClient(db(), org.id, program, { name: 'Bare' });
    await db().updateTable('clients').set({ email: null }).where('id', '=', bare.clientId).execute();
    const refused = await intake.post(`/api/clients/${bare.clientId}/portal-link`, {});
    expect(expectProblem(refused, 400).errors?.[0]?.field).toBe('email');

    // Signing out ends the portal session.
    expect((await client.post('/api/portal/sign-out', {})).statusCode).toBe(204);
    expect((await client.get('/api/portal/me')).statusCode).toBe(401);
  });

  it("shows the client's own sessions, open questionnaires with working links and their scores", async () => {
    const c = await seedPortalClient(db(), org.id, program, { name: 'Homed' });
    await seedSession(db(), org.id, {
      programId: program.programId,
      enrollmentId: c.enrollmentId,
      planKey: 'prep',
      name: 'Preparation',
      startsAt: dayAt(2, 10),
      endsAt: dayAt(2, 11),
      attendees: [c],
    });
    const answered = await seedInvitation(db(), org.id, c);
    const submit = await server.agent().post(`/api/portal/invitations/${answered.token}/submit`, {
      answers: phq9(0),
      submissionId: randomUUID(),
    });
    expect(submit.statusCode, submit.body).toBe(200);
    await seedInvitation(db(), org.id, c);

    const home = (await (await portalAgent(c.clientId)).get('/api/portal/me')).json();
    expect(home).toMatchObject({
      client: { name: 'Homed', language: 'en' },
      organization: { name: 'Home Clinic' },
    });
    expect(home.sessions.map((s: { name: string }) => s.name)).toEqual(['Preparation']);
    expect(home.questionnaires).toHaveLength(1);
    expect(
      (await server.agent().get(`/api/portal/invitations/${home.questionnaires[0].href.slice(3)}`))
        .statusCode,
    ).toBe(200);
    expect(home.history).toEqual([
      expect.objectContaining({
        instrumentId: 'phq-9',
        better: 'lower',
        range: { min: 0, max: 27 },
        points: [expect.objectContaining({ total: 8, severity: 'mild' })],
      }),
    ]);
  });

  it('keeps journal entries private until shared, and one client never reaches another', async () => {
    const a = await seedPortalClient(db(), org.id, program, { name: 'Writer' });
    const b = await seedPortalClient(db(), org.id, program, { name: 'Other' });
    const writer = await portalAgent(a.clientId);
    const other = await portalAgent(b.clientId);

    expect(
      expectProblem(await writer.post('/api/portal/journal', { body: '   ' }), 400).errors?.[0]?.field,
    ).toBe('body');
    const created = await writer.post('/api/portal/journal', { body: 'The retreat felt like coming home.' });
    expect(created.statusCode, created.body).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({ sharedAt: null });
    const secret = await writer.post('/api/portal/journal', { body: 'Private thought.' });
    expect(secret.statusCode).toBe(201);

    expect((await facilitator.get(`/api/clients/${a.clientId}/journal`)).json().items).toEqual([]);
    const shared = await writer.post(`/api/portal/journal/${entry.id}/share`, { shared: true });
    expect(shared.json().sharedAt).toBeTruthy();
    const staffView = (await facilitator.get(`/api/clients/${a.clientId}/journal`)).json().items;
    expect(staffView.map((e: { body: string }) => e.body)).toEqual(['The retreat felt like coming home.']);
    expect((await intake.get(`/api/clients/${a.clientId}/journal`)).statusCode).toBe(403);

    const edited = await writer.put(`/api/portal/journal/${entry.id}`, { body: 'Edited.' });
    expect(edited.json()).toMatchObject({ body: 'Edited.' });

    // Another client: neither reads, edits, shares nor deletes it.
    expect((await other.get('/api/portal/journal')).json().items).toEqual([]);
    expect((await other.put(`/api/portal/journal/${entry.id}`, { body: 'x' })).statusCode).toBe(404);
    expect((await other.post(`/api/portal/journal/${entry.id}/share`, { shared: false })).statusCode).toBe(
      404,
    );
    expect((await other.delete(`/api/portal/journal/${entry.id}`)).statusCode).toBe(404);

    // Writes need the CSRF token like any cookie session.
    const noCsrf = await writer.request({
      method: 'POST',
      url: '/api/portal/journal',
      payload: { body: 'x' },
      csrf: false,
    });
    expect(noCsrf.statusCode).toBe(403);

    await writer.post(`/api/portal/journal/${entry.id}/share`, { shared: false });
    expect((await facilitator.get(`/api/clients/${a.clientId}/journal`)).json().items).toEqual([]);
    expect((await writer.delete(`/api/portal/journal/${entry.id}`)).statusCode).toBe(204);
    expect(
      (await writer.get('/api/portal/journal')).json().items.map((e: { body: string }) => e.body),
    ).toEqual(['Private thought.']);
    const actions = (
      await db().selectFrom('audit_events').select('action').where('entity_id', '=', a.clientId).execute()
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'portal.sign-in',
        'journal.create',
        'journal.share',
        'client.journal.view',
        'journal.delete',
      ]),
    );
  });
});
