/**
 * Crisis support on both databases: an organization's crisis lines (replace, read, validation by
 * field, scoped to the organization, audited), the clinic's phone, and what the invitation link
 * gives the portal: the risk items from the instrument's safety rule and the crisis lines in the
 * client's language (112 and the clinic's phone when the organization has none).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { portalProgram, seedInvitation, seedPortalClient } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';

const NL_113 = { language: 'nl', name: '113 Zelfmoordpreventie', phone: '0800-0113', hours: '24/7' };
const NL_112 = { language: 'nl', name: 'Alarmnummer', phone: '112', hours: null };
const EN_113 = { language: 'en', name: '113 Suicide Prevention', phone: '0800-0113', hours: 'Day and night' };

describe.each(DATABASES)('crisis lines on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  const db = () => server.ctx.db.kysely;
  const anon = () => server.agent();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Crisis Clinic');
    other = await server.createOrg('Other Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
  });
  afterAll(() => server?.close());

  it('replaces and reads the lines in order, audited, only within the organization', async () => {
    expect((await owner.get('/api/organization/crisis-lines')).json()).toEqual({ items: [] });
    const put = await clinician.put('/api/organization/crisis-lines', {
      lines: [{ ...NL_113, name: '  113 Zelfmoordpreventie ' }, NL_112, EN_113],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().items).toEqual([NL_113, NL_112, EN_113]);
    expect((await owner.get('/api/organization/crisis-lines')).json().items).toEqual([
      NL_113,
      NL_112,
      EN_113,
    ]);

    // Reordered and one removed.
    const again = await owner.put('/api/organization/crisis-lines', { lines: [NL_112, NL_113] });
    expect(again.json().items).toEqual([NL_112, NL_113]);

    // Another organization sees none of them.
    const stranger = await server.as(other.users.owner);
    expect((await stranger.get('/api/organization/crisis-lines')).json()).toEqual({ items: [] });

    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'crisis-lines.update')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(String(audit[1]!.details))).toMatchObject({
      lines: [{ phone: '112' }, { phone: '0800-0113' }],
    });
  });

  it('refuses a line that is not a phone number, naming the field, and keeps the stored list', async () => {
    const before = (await owner.get('/api/organization/crisis-lines')).json().items;
    const bad = await owner.put('/api/organization/crisis-lines', {
      lines: [NL_113, { ...NL_112, phone: 'call me maybe' }],
    });
    const problem = expectProblem(bad, 400);
    expect(problem.errors?.[0]).toMatchObject({ field: 'lines.1.phone' });
    expect(problem.errors?.[0]?.message).toMatch(/phone number/);
    const lang = await owner.put('/api/organization/crisis-lines', {
      lines: [{ ...NL_113, language: 'de' }],
    });
    expect(expectProblem(lang, 400).errors?.[0]?.field).toBe('lines.0.language');
    const extra = await owner.put('/api/organization/crisis-lines', { lines: [{ ...NL_113, url: 'x' }] });
    expectProblem(extra, 400);
    expect((await owner.get('/api/organization/crisis-lines')).json().items).toEqual(before);
  });

  it("refuses staff without the permission; checks the clinic's phone", async () => {
    for (const role of ['facilitator', 'intake', 'researcher'] as const) {
      const agent = await server.as(org.users[role]);
      expectProblem(await agent.put('/api/organization/crisis-lines', { lines: [] }), 403);
    }
    const bad = await owner.patch('/api/organization', { phone: 'call me maybe' });
    expect(expectProblem(bad, 400).errors?.[0]?.field).toBe('phone');
    const ok = await owner.patch('/api/organization', { phone: ' +31 20 555 0100 ' });
    expect(ok.json().phone).toBe('+31 20 555 0100');
  });

  it("gives the portal the risk items and the crisis lines in the client's language", async () => {
    await owner.put('/api/organization/crisis-lines', { lines: [NL_113, NL_112, EN_113] });
    const program = await portalProgram(db(), org.id);
    const nl = await seedPortalClient(db(), org.id, program, { name: 'Sanne', language: 'nl' });
    const nlBody = (
      await anon().get(`/api/portal/invitations/${(await seedInvitation(db(), org.id, nl)).token}`)
    ).json();
    expect(nlBody.instrument.riskItems).toEqual([{ linkId: 'q9', minValue: 1 }]);
    // Before sending nobody was notified yet: the default says so.
    expect(nlBody.crisis.message).toMatch(/bel nu een van de nummers hieronder.*zodra u ze verstuurt/);
    expect(nlBody.crisis.contacts).toEqual([
      { name: NL_113.name, phone: '0800-0113', hours: '24/7' },
      { name: 'Alarmnummer', phone: '112', hours: null },
      { name: 'Crisis Clinic', phone: '+31 20 555 0100', hours: null },
    ]);

    const en = await seedPortalClient(db(), org.id, program, { name: 'Emma', language: 'en' });
    const enBody = (
      await anon().get(`/api/portal/invitations/${(await seedInvitation(db(), org.id, en)).token}`)
    ).json();
    expect(enBody.crisis.contacts.map((c: { name: string }) => c.name)).toEqual([
      EN_113.name,
      'Crisis Clinic',
    ]);
  });

  it('gives a client of an organization without lines the emergency number', async () => {
    const program = await portalProgram(db(), other.id);
    const c = await seedPortalClient(db(), other.id, program, { name: 'Fresh', language: 'nl' });
    const body = (
      await anon().get(`/api/portal/invitations/${(await seedInvitation(db(), other.id, c)).token}`)
    ).json();
    expect(body.crisis.contacts).toEqual([
      { name: 'Alarmnummer (direct gevaar)', phone: '112', hours: '24 uur per dag' },
    ]);
  });
});
