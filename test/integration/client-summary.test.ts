/**
 * The clinical header (GET /api/clients/:id/summary) on both databases: after a portal answer of
 * PHQ-9 item 9 = 2 it leads with the open high alert and the risk flag, then clearance, the latest
 * score with its band, the next session and its facilitator; each part only for the roles the
 * matrix lets read it; every view audited; another organization's client is not found.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { phq9, portalProgram, seedInvitation, seedPortalClient } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { dayAt, seedSession } from '../support/programs-fixtures.ts';

describe.each(DATABASES)('client summary on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let client: { clientId: string; enrollmentId: string };
  let facilitatorId: string;
  const db = () => server.ctx.db.kysely;
  const summaryAs = async (role: keyof TestOrg['users'], id = client.clientId) =>
    (await server.as(org.users[role])).get(`/api/clients/${id}/summary`);

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Summary Clinic');
    const program = await portalProgram(db(), org.id);
    client = await seedPortalClient(db(), org.id, program, { name: 'Bram', language: 'nl' });
    const inv = await seedInvitation(db(), org.id, client);
    const sent = await server.agent().post(`/api/portal/invitations/${inv.token}/submit`, {
      answers: phq9(2),
      submissionId: randomUUID(),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const f = await db()
      .selectFrom('users')
      .select('id')
      .where('email', '=', org.users.facilitator)
      .executeTakeFirstOrThrow();
    facilitatorId = f.id;
    for (const [days, name] of [
      [-2, 'Past circle'],
      [5, 'Preparation'],
      [9, 'Dosing day'],
    ] as const) {
      await seedSession(db(), org.id, {
        programId: program.programId,
        enrollmentId: client.enrollmentId,
        name,
        startsAt: dayAt(days, 10),
        endsAt: dayAt(days, 11),
        facilitatorIds: name === 'Preparation' ? [facilitatorId] : [],
        attendees: [client],
      });
    }
  });
  afterAll(() => server?.close());

  it('leads with the open alert and the risk flag, then clearance, scores, next session, facilitator', async () => {
    const res = await summaryAs('clinician');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.client).toMatchObject({ id: client.clientId, name: 'Bram Client', archived: false });
    expect(s.alerts).toHaveLength(1);
    expect(s.alerts[0]).toMatchObject({ severity: 'high', status: 'open', kind: 'risk-flag' });
    expect(s.alerts[0].trigger).toMatch(/Item 9 answered 2/);
    expect(s.flags).toEqual([
      expect.objectContaining({ instrumentId: 'phq-9', flag: 'suicide-risk', risk: true }),
    ]);
    expect(s.scores).toEqual([
      expect.objectContaining({
        instrumentId: 'phq-9',
        total: 10,
        severity: 'moderate',
        range: { min: 0, max: 27 },
      }),
    ]);
    expect(s.scores[0].bands.length).toBeGreaterThan(0);
    expect(s.clearance).toEqual([
      expect.objectContaining({ enrollmentId: client.enrollmentId, cleared: true, reasons: [] }),
    ]);
    expect(s.nextSession).toMatchObject({ name: 'Preparation', startsAt: dayAt(5, 10), booking: 'booked' });
    expect(s.facilitators).toEqual([{ id: facilitatorId, name: 'facilitator of Summary Clinic' }]);
  });

  it('gives each role only what the matrix lets it read', async () => {
    const facilitator = (await summaryAs('facilitator')).json();
    expect(facilitator.alerts).toBeUndefined();
    expect(facilitator.flags?.[0]?.risk).toBe(true);
    expect(facilitator.scores).toHaveLength(1);

    const intake = await summaryAs('intake');
    expect(intake.statusCode).toBe(200);
    const body = intake.json();
    // Intake schedules and enrolls: clearance and sessions, no alerts, answers or scores.
    for (const hidden of ['alerts', 'flags', 'scores']) expect(body).not.toHaveProperty(hidden);
    expect(body.clearance).toHaveLength(1);
    expect(body.nextSession?.name).toBe('Preparation');
    expect(intake.body).not.toMatch(/suicide|Item 9/);

    expectProblem(await summaryAs('researcher'), 403);
  });

  it('is audited as a read of the client record and scoped to the organization', async () => {
    await summaryAs('owner');
    const events = await db()
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', client.clientId)
      .where('action', '=', 'client.summary.view')
      .execute();
    expect(events.length).toBeGreaterThanOrEqual(1);
    const other = await server.createOrg('Elsewhere');
    const stranger = await server.as(other.users.owner);
    expectProblem(await stranger.get(`/api/clients/${client.clientId}/summary`), 404);
  });

  it('shows a resolved alert no longer, and an empty header for a new client', async () => {
    const clinician = await server.as(org.users.clinician);
    const alert = (await summaryAs('clinician')).json().alerts[0];
    await clinician.post(`/api/alerts/${alert.id}/acknowledge`, {});
    const ack = (await summaryAs('clinician')).json();
    expect(ack.alerts[0]).toMatchObject({ id: alert.id, status: 'acknowledged' });
    const resolved = await clinician.post(`/api/alerts/${alert.id}/resolve`, {
      note: 'Called; safety plan made.',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect((await summaryAs('clinician')).json().alerts).toEqual([]);

    const owner = await server.as(org.users.owner);
    const fresh = await owner.post('/api/clients', {
      givenName: 'New',
      familyName: 'Person',
      dateOfBirth: '1990-01-01',
      sexAtBirth: 'female',
    });
    const s = (await owner.get(`/api/clients/${fresh.json().id}/summary`)).json();
    expect(s).toMatchObject({
      alerts: [],
      flags: [],
      scores: [],
      clearance: [],
      nextSession: null,
      facilitators: [],
    });
  });
});
