/**
 * An organization's locale and time zone on both databases: English (en-GB) until an owner
 * chooses, validated by field (a 400 naming it, nothing half-written), audited, and sent on the
 * session's membership so the web app writes dates that way from the first screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

describe.each(DATABASES)('organization locale on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Locale Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
  });
  afterAll(() => server?.close());

  it('starts in en-GB and UTC, and the session carries both', async () => {
    expect((await owner.get('/api/organization')).json()).toMatchObject({ locale: 'en-GB', timezone: 'UTC' });
    const session = (await owner.get('/api/session')).json();
    expect(session.organizations).toEqual([expect.objectContaining({ locale: 'en-GB', timezone: 'UTC' })]);
  });

  it('saves a locale and a zone, audited, and serves them to every member', async () => {
    const res = await owner.patch('/api/organization', { locale: 'nl-NL', timezone: 'Europe/Amsterdam' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ locale: 'nl-NL', timezone: 'Europe/Amsterdam' });
    const session = (await clinician.get('/api/session')).json();
    expect(session.organizations).toEqual([
      expect.objectContaining({ locale: 'nl-NL', timezone: 'Europe/Amsterdam' }),
    ]);
    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('details')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'organization.update')
      .execute();
    expect(
      audit.map((a) => (typeof a.details === 'string' ? JSON.parse(a.details) : a.details)),
    ).toContainEqual({
      timezone: 'Europe/Amsterdam',
      locale: 'nl-NL',
    });
  });

  it('refuses an unknown locale or zone by field, and changes nothing', async () => {
    const locale = await owner.patch('/api/organization', { locale: 'fr-FR', timezone: 'Europe/Paris' });
    expectProblem(locale, 400);
    expect(locale.json().errors).toContainEqual(expect.objectContaining({ field: 'locale' }));
    const zone = await owner.patch('/api/organization', { locale: 'en-US', timezone: 'Mars/Olympus' });
    expectProblem(zone, 400);
    expect(zone.json().errors).toContainEqual(expect.objectContaining({ field: 'timezone' }));
    expect((await owner.get('/api/organization')).json()).toMatchObject({
      locale: 'nl-NL',
      timezone: 'Europe/Amsterdam',
    });
  });

  it('lets only an owner change them', async () => {
    const res = await clinician.patch('/api/organization', { locale: 'en-US' });
    expect(res.statusCode).toBe(403);
  });
});
