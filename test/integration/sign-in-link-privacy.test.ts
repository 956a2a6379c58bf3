/**
 * Issue 14, finding 3: asking for a portal sign-in link took ~24 ms for a client's address and ~8 ms
 * for a stranger's, which told anyone who was a client of the clinic; and 53 links were queued to
 * one address in a minute. The route now answers before it looks anything up (the lookup and the
 * email follow in a background queue), and an address gets at most 3 asked-for links in 15 minutes,
 * counted in the outbox so the limit holds across restarts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LINKS_PER_WINDOW } from '../../src/domain/portal/sign-in-throttle.ts';
import { buildApp } from '../../src/server/app.ts';
import { DATABASES } from '../support/databases.ts';
import { Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { portalProgram, seedPortalClient } from '../support/portal-fixtures.ts';
import type { SeededProgram } from '../support/programs-fixtures.ts';

/** Polls until `check` returns a value (not a timing assertion: the work happens after the answer). */
async function eventually<T>(check: () => Promise<T | null>, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = await check();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never happened: ${what}`);
}

describe.each(DATABASES)('asking for a portal sign-in link on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Quiet Clinic');
    program = await portalProgram(db(), org.id);
  });
  afterAll(() => server?.close());

  const ask = (email: string, agent = server.agent()) => agent.post('/api/portal/sign-in-link', { email });
  const requested = (email: string) =>
    db()
      .selectFrom('outbox')
      .select(['id', 'to_address', 'dedupe_key'])
      .where('to_address', '=', email)
      .where('kind', '=', 'portal-link')
      .execute();
  const until = (email: string, n: number) =>
    eventually(async () => {
      const rows = await requested(email);
      return rows.length >= n ? rows : null;
    }, `${n} sign-in email(s) to ${email}`);

  it('answers a client and a stranger alike, and still emails the client', async () => {
    const c = await seedPortalClient(db(), org.id, program, { email: 'known@client.example' });
    const known = await ask('Known@Client.example');
    const stranger = await ask('stranger@nowhere.example');
    for (const res of [known, stranger]) {
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({});
    }
    expect(known.headers['content-type']).toBe(stranger.headers['content-type']);
    expect(known.body).toBe(stranger.body);

    const [mail] = await until(c.email, 1);
    expect(mail!.dedupe_key).toMatch(/^portal-link-request:/);
    const audit = await eventually(
      () =>
        db()
          .selectFrom('audit_events')
          .select('action')
          .where('entity_id', '=', c.clientId)
          .where('action', '=', 'portal.link.request')
          .executeTakeFirst()
          .then((r) => r ?? null),
      'the request audited',
    );
    expect(audit.action).toBe('portal.link.request');
  });

  it('emails one address at most 3 asked-for links in 15 minutes, across restarts', async () => {
    const c = await seedPortalClient(db(), org.id, program, { email: 'flooded@client.example' });
    for (let i = 0; i < SIGN_IN_LINKS_PER_WINDOW; i++) expect((await ask(c.email)).statusCode).toBe(202);
    await until(c.email, SIGN_IN_LINKS_PER_WINDOW);

    // The 4th asks in the window: answered the same, but no email. A later request for another
    // client goes through the same queue, so once its email is there the 4th was handled.
    const fourth = await ask(c.email);
    expect(fourth.statusCode).toBe(202);
    const marker = await seedPortalClient(db(), org.id, program, { email: 'marker@client.example' });
    await ask(marker.email);
    await until(marker.email, 1);
    expect(await requested(c.email)).toHaveLength(SIGN_IN_LINKS_PER_WINDOW);

    // A restarted server (a new app on the same database) still counts the window.
    const { app } = await buildApp({ db: server.ctx.db, config: server.ctx.config, web: false });
    const restarted = new Agent(app);
    expect((await ask(c.email, restarted)).statusCode).toBe(202);
    await ask(marker.email, restarted);
    await until(marker.email, 2);
    await app.close();
    expect(await requested(c.email)).toHaveLength(SIGN_IN_LINKS_PER_WINDOW);

    // Staff-sent links are not counted against the client's own requests, nor limited by them.
    const intake = await server.as(org.users.intake);
    expect((await intake.post(`/api/clients/${c.clientId}/portal-link`, {})).statusCode).toBe(201);
    expect(await requested(c.email)).toHaveLength(SIGN_IN_LINKS_PER_WINDOW + 1);
  });

  it('sends again once the window has passed', async () => {
    const c = await seedPortalClient(db(), org.id, program, { email: 'patient@client.example' });
    for (let i = 0; i < SIGN_IN_LINKS_PER_WINDOW; i++) await ask(c.email);
    await until(c.email, SIGN_IN_LINKS_PER_WINDOW);
    const old = new Date(Date.now() - 16 * 60_000).toISOString();
    await db().updateTable('outbox').set({ created_at: old }).where('to_address', '=', c.email).execute();
    await ask(c.email);
    await until(c.email, SIGN_IN_LINKS_PER_WINDOW + 1);
  });
});
