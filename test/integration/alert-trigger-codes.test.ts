/**
 * An alert's trigger code on both databases: a portal answer of PHQ-9 item 9 = 2 stores the
 * trigger's code and values beside its English words, and the queue and the clinical header give
 * them; an alert raised before codes were stored (or with a code this server does not know) gives
 * null, so a screen shows its stored words.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import {
  phq9,
  portalProgram,
  seedAlert,
  seedInvitation,
  seedPortalClient,
} from '../support/portal-fixtures.ts';

describe.each(DATABASES)('alert trigger codes on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let client: { clientId: string; enrollmentId: string };
  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Trigger Clinic');
    const program = await portalProgram(db(), org.id);
    client = await seedPortalClient(db(), org.id, program, { name: 'Fenna', language: 'nl' });
    const inv = await seedInvitation(db(), org.id, client);
    const sent = await server.agent().post(`/api/portal/invitations/${inv.token}/submit`, {
      answers: phq9(2),
      submissionId: randomUUID(),
    });
    expect(sent.statusCode, sent.body).toBe(200);
  });
  afterAll(() => server?.close());

  const expected = {
    triggerCode: 'flag-item',
    triggerParams: { instrument: 'PHQ-9', flag: 'suicide-risk', item: 9, value: 2 },
  };

  it('stores the code and values of a raised alert and gives them in the queue and the header', async () => {
    const stored = await db()
      .selectFrom('alerts')
      .select(['id', 'trigger', 'trigger_code', 'trigger_params'])
      .where('client_id', '=', client.clientId)
      .executeTakeFirstOrThrow();
    expect(stored.trigger).toMatch(/^PHQ-9: Item 9 answered 2/);
    expect(stored.trigger_code).toBe('flag-item');
    expect(JSON.parse(stored.trigger_params!)).toEqual(expected.triggerParams);

    const clinician = await server.as(org.users.clinician);
    const list = await clinician.get('/api/alerts');
    expect(list.statusCode, list.body).toBe(200);
    const alert = list.json().items.find((a: { id: string }) => a.id === stored.id);
    expect(alert).toMatchObject({ ...expected, trigger: stored.trigger });

    const summary = await clinician.get(`/api/clients/${client.clientId}/summary`);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json().alerts[0]).toMatchObject(expected);
  });

  it('gives null for an older alert without a code and for a code it does not know', async () => {
    const old = await seedAlert(db(), org.id, client.clientId, 'medium');
    const unknown = await seedAlert(db(), org.id, client.clientId, 'low');
    await db()
      .updateTable('alerts')
      .set({ trigger_code: 'from-the-future', trigger_params: '{"x":1}' })
      .where('id', '=', unknown)
      .execute();
    const clinician = await server.as(org.users.clinician);
    const items: { id: string; triggerCode: unknown; triggerParams: unknown; trigger: string }[] = (
      await clinician.get('/api/alerts')
    ).json().items;
    for (const id of [old, unknown]) {
      const a = items.find((x) => x.id === id);
      expect(a).toMatchObject({ triggerCode: null, triggerParams: null });
      expect(a?.trigger).toMatch(/Item 9 answered 2/);
    }
  });
});
