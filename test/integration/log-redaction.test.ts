/**
 * Issue 14, finding 6: page loads of /p/<token> and /portal/sign-in/<token> were logged with the
 * full token at info level. A real server run logs into a stream here, and the captured lines are
 * searched for every secret the requests carried: link tokens in paths, a token in a query string,
 * the portal session cookie, the CSRF token and an authorization header.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { REDACTED, redactUrl } from '../../src/server/http/logging.ts';
import { createOrganization } from '../../src/server/organizations/service.ts';
import { newToken } from '../../src/server/tokens.ts';
import { DATABASES } from '../support/databases.ts';
import { Agent } from '../support/harness.ts';
import {
  portalProgram,
  seedInvitation,
  seedPortalClient,
  seedPortalLink,
} from '../support/portal-fixtures.ts';

describe.each(DATABASES)('no secret in the log on $name', (database) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let db: Db;
  let drop: () => Promise<void>;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });

  beforeAll(async () => {
    const created = await database.create();
    db = created.db;
    drop = created.drop;
    const config = { ...loadConfig({}), databaseUrl: 'test', portalPerMinute: 100_000 };
    ({ app, ctx } = await buildApp({ db, config, web: false, logger: { level: 'info', stream } }));
  });
  afterAll(async () => {
    await app?.close();
    await drop?.();
  });

  it('logs requests without link tokens, query values, cookies or credentials', async () => {
    const org = await createOrganization(ctx, systemActor('test'), { name: 'Log Clinic' });
    const program = await portalProgram(db.kysely, org.id);
    const client = await seedPortalClient(db.kysely, org.id, program);
    const invitation = await seedInvitation(db.kysely, org.id, client);
    const signInToken = await seedPortalLink(db.kysely, org.id, client.clientId);
    const pageToken = newToken();
    const feedToken = newToken();
    const queryToken = newToken();
    const bearer = newToken();

    const agent = new Agent(app);
    expect((await agent.get(`/api/portal/invitations/${invitation.token}`)).statusCode).toBe(200);
    await agent.get(`/p/${pageToken}`);
    await agent.get(`/portal/sign-in/${signInToken}`);
    await agent.get(`/ical/${feedToken}`);
    await agent.get(`/api/clients?q=Jansen&token=${queryToken}`);
    const signedIn = await agent.post('/api/portal/sign-in', { token: signInToken });
    expect(signedIn.statusCode, signedIn.body).toBe(204);
    const session = signedIn.cookies.find((c) => c.name === 'threshold_portal')!.value;
    await agent.request({
      method: 'GET',
      url: '/api/portal/me',
      headers: { authorization: `Bearer ${bearer}` },
    });

    const log = lines.join('');
    expect(log).toMatch(/incoming request/);
    expect(log).toContain(`"url":"/p/${REDACTED}"`);
    for (const secret of [
      invitation.token,
      pageToken,
      signInToken,
      feedToken,
      queryToken,
      bearer,
      session,
      agent.csrf,
    ])
      expect(log).not.toContain(secret);
    expect(log).not.toContain('Jansen');
  });

  it('keeps ids and route words in a logged path', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(redactUrl(`/api/clients/${id}/portal-link`)).toBe(`/api/clients/${id}/portal-link`);
    expect(redactUrl('/api/portal/sign-in')).toBe('/api/portal/sign-in');
    expect(redactUrl(`/p/${newToken()}?x=1&flag`)).toBe(`/p/${REDACTED}?x=${REDACTED}&flag`);
  });
});
