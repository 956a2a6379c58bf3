/**
 * The integration window (issue 19, part 5): a contact is booked after each dosing session (by the
 * scheduler once it ended, or when the dose is ended), the client is told in their language; the
 * facilitator's difficult-session flag and a CEQ total above the organization's threshold raise an
 * alert and pull the contact forward; a CEQ that cannot be judged is never read as fine; a missed
 * contact raises an alert once; a second scheduler run changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegration } from '../../src/server/integration/check.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  type SeededProgram,
  seedDosingRecord,
  seedEnrolledClient,
  seedProgram,
  seedSession,
  testDefinition,
} from '../support/programs-fixtures.ts';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Contact {
  id: string;
  dosingRecordId: string;
  windowOpensAt: string;
  windowClosesAt: string;
  session: { id: string; startsAt: string; endsAt: string; status: string };
  status: string;
  pulledForward: boolean;
  reasons: string[];
  flagNote: string | null;
}

describe.each(DATABASES)('integration window on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let facilitator: Agent;
  let intake: Agent;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;

  /** A client whose dosing session ended an hour ago, with the dose's end recorded. */
  async function dosedClient(name: string, language = 'en') {
    const client = await seedEnrolledClient(db(), org.id, program, {
      startDate: new Date().toISOString().slice(0, 10),
      status: 'active',
      name,
    });
    await db()
      .updateTable('clients')
      .set({ email: `${name.toLowerCase()}@client.example`, language })
      .where('id', '=', client.clientId)
      .execute();
    const end = Date.now() - HOUR;
    const facilitatorId = (
      await db()
        .selectFrom('users')
        .select('id')
        .where('email', '=', org.users.facilitator)
        .executeTakeFirstOrThrow()
    ).id;
    const sessionId = await seedSession(db(), org.id, {
      programId: program.programId,
      enrollmentId: client.enrollmentId,
      name: 'Dosing session',
      phase: 'immersion',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: iso(end - 6 * HOUR),
      endsAt: iso(end),
      facilitatorIds: [facilitatorId],
      attendees: [{ ...client, booking: 'booked' }],
    });
    const recordId = await seedDosingRecord(db(), org.id, {
      sessionId,
      ...client,
      startedAt: iso(end - 6 * HOUR),
    });
    await db()
      .updateTable('dosing_records')
      .set({ ended_at: iso(end) })
      .where('id', '=', recordId)
      .execute();
    return { ...client, sessionId, recordId, end };
  }

  const contactsOf = async (agent: Agent, clientId: string) => {
    const res = await agent.get(`/api/clients/${clientId}/integration`);
    expect(res.statusCode).toBe(200);
    return (res.json() as { items: Contact[] }).items;
  };
  const alertsOf = (clientId: string, kind: string) =>
    db()
      .selectFrom('alerts')
      .select(['id', 'title', 'trigger'])
      .where('client_id', '=', clientId)
      .where('kind', '=', kind)
      .execute();
  const mailOf = (clientId: string) =>
    db()
      .selectFrom('outbox')
      .select(['kind', 'body'])
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .execute();
  const addCeq = (clientId: string, total: number, at: number) =>
    db()
      .insertInto('questionnaire_responses')
      .values({
        id: randomUUID(),
        organization_id: org.id,
        client_id: clientId,
        instrument_id: 'ceq',
        instrument_version: '1',
        language: 'en',
        answers: '{}',
        total,
        severity: null,
        subscales: '{}',
        flags: '[]',
        administered_at: iso(at),
        source: 'staff',
        entered_by_user_id: null,
        created_at: iso(at),
        scored_at: iso(at),
      })
      .execute();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Integration Clinic');
    clinician = await server.as(org.users.clinician);
    facilitator = await server.as(org.users.facilitator);
    intake = await server.as(org.users.intake);
    await db()
      .updateTable('organizations')
      .set({ timezone: 'Europe/Amsterdam' })
      .where('id', '=', org.id)
      .execute();
    // A 48–96 h window with no minimum before a pulled-forward contact: the earlier slot is always earlier.
    program = await seedProgram(db(), org.id, {
      definition: testDefinition({
        integration: {
          fromHours: 48,
          toHours: 96,
          pulledForwardHours: 0,
          contactTime: '10:00',
          durationMinutes: 60,
        },
      }),
    });
  });
  afterAll(() => server.close());

  it('books the contact inside the window once the dosing ended, and tells the client in their language', async () => {
    const c = await dosedClient('Noor', 'nl');
    await checkIntegration(server.ctx, new Date().toISOString());
    const [contact] = await contactsOf(clinician, c.clientId);
    expect(contact).toMatchObject({
      dosingRecordId: c.recordId,
      status: 'upcoming',
      pulledForward: false,
      reasons: [],
    });
    expect(contact!.windowOpensAt).toBe(iso(c.end + 48 * HOUR));
    expect(contact!.windowClosesAt).toBe(iso(c.end + 96 * HOUR));
    const start = Date.parse(contact!.session.startsAt);
    expect(start).toBeGreaterThanOrEqual(c.end + 48 * HOUR);
    expect(start).toBeLessThanOrEqual(c.end + 96 * HOUR);
    const session = await db()
      .selectFrom('program_sessions')
      .select(['phase', 'name'])
      .where('id', '=', contact!.session.id)
      .executeTakeFirstOrThrow();
    expect(session).toEqual({ phase: 'integration', name: 'Integratiegesprek' });
    const mail = await mailOf(c.clientId);
    expect(mail.map((m) => m.kind)).toContain('session-booked');
  });

  it('pulls the contact forward on the facilitator flag, with one alert the clinician sees', async () => {
    const c = await dosedClient('Ada');
    await checkIntegration(server.ctx, new Date().toISOString());
    const [before] = await contactsOf(facilitator, c.clientId);
    const body = { difficult: true, note: 'Panic at the peak; needed two sitters' };
    const res = await facilitator.put(`/api/dosing-records/${c.recordId}/difficult`, body);
    expect(res.statusCode).toBe(200);
    const after = res.json().contact as Contact;
    expect(after).toMatchObject({ pulledForward: true, reasons: ['flag'], flagNote: body.note });
    expect(Date.parse(after.session.startsAt)).toBeLessThan(Date.parse(before!.session.startsAt));
    expect(Date.parse(after.session.startsAt)).toBeLessThan(c.end + 48 * HOUR);
    expect((await mailOf(c.clientId)).map((m) => m.kind)).toContain('session-moved');
    // Flagging again raises nothing new.
    expect((await facilitator.put(`/api/dosing-records/${c.recordId}/difficult`, body)).statusCode).toBe(200);
    const alerts = await alertsOf(c.clientId, 'challenging-experience');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.trigger).toContain('Panic at the peak');
    const queue = (await clinician.get('/api/alerts')).json() as {
      items: Array<{ kind: string; client: { id: string } }>;
    };
    expect(queue.items.some((a) => a.kind === 'challenging-experience' && a.client.id === c.clientId)).toBe(
      true,
    );
    const record = (await facilitator.get(`/api/dosing-records/${c.recordId}`)).json();
    expect(record).toMatchObject({ difficult: true, difficultNote: body.note });
  });

  it('books a flagged session early from the start', async () => {
    const c = await dosedClient('Bo');
    await facilitator.put(`/api/dosing-records/${c.recordId}/difficult`, {
      difficult: true,
      note: 'Hard night',
    });
    const [contact] = await contactsOf(clinician, c.clientId);
    expect(contact).toMatchObject({ pulledForward: true, reasons: ['flag'] });
    expect(Date.parse(contact!.session.startsAt)).toBeLessThan(c.end + 48 * HOUR);
  });

  it('reads the CEQ by instrument id: undecided without a threshold, above and below one', async () => {
    const undecided = await dosedClient('Cyd');
    await addCeq(undecided.clientId, 80, undecided.end);
    await checkIntegration(server.ctx, new Date().toISOString());
    expect((await contactsOf(clinician, undecided.clientId))[0]).toMatchObject({
      pulledForward: true,
      reasons: ['undecided'],
    });
    expect((await alertsOf(undecided.clientId, 'challenging-experience'))[0]!.trigger).toMatch(
      /no CEQ threshold/,
    );

    await db().updateTable('organizations').set({ ceq_threshold: 50 }).where('id', '=', org.id).execute();
    const below = await dosedClient('Dot');
    await addCeq(below.clientId, 40, below.end);
    const above = await dosedClient('Eve');
    await checkIntegration(server.ctx, new Date().toISOString());
    expect((await contactsOf(clinician, below.clientId))[0]).toMatchObject({
      pulledForward: false,
      reasons: [],
    });
    // A CEQ answered after booking pulls the booked contact forward on the next run.
    await addCeq(above.clientId, 70, above.end);
    await checkIntegration(server.ctx, new Date().toISOString());
    expect((await contactsOf(clinician, above.clientId))[0]).toMatchObject({
      pulledForward: true,
      reasons: ['ceq'],
    });
    expect(await alertsOf(above.clientId, 'challenging-experience')).toHaveLength(1);
    expect(await alertsOf(below.clientId, 'challenging-experience')).toHaveLength(0);
  });

  it('raises one alert for a missed contact, none for an attended one; a second run changes nothing', async () => {
    const missed = await dosedClient('Fay');
    const attended = await dosedClient('Gus');
    await checkIntegration(server.ctx, new Date().toISOString());
    const [m] = await contactsOf(clinician, missed.clientId);
    const [a] = await contactsOf(clinician, attended.clientId);
    await db()
      .updateTable('session_attendees')
      .set({ attendance: 'attended' })
      .where('session_id', '=', a!.session.id)
      .execute();
    const later = iso(Math.max(Date.parse(m!.session.endsAt), Date.parse(a!.session.endsAt)) + 5 * HOUR);
    expect(await checkIntegration(server.ctx, later)).toBeGreaterThanOrEqual(1);
    expect(await checkIntegration(server.ctx, later)).toBe(0);
    const alerts = await alertsOf(missed.clientId, 'integration-missed');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.trigger).toMatch(/no attendance was recorded/);
    expect(await alertsOf(attended.clientId, 'integration-missed')).toHaveLength(0);
    expect((await contactsOf(clinician, missed.clientId))[0]!.status).toBe('missed');
  });

  it('refuses a flag without a note, a malformed body, an unknown record, and intake', async () => {
    const c = await dosedClient('Hal');
    const url = `/api/dosing-records/${c.recordId}/difficult`;
    expect(
      expectProblem(await facilitator.put(url, { difficult: true, note: '  ' }), 400).errors?.[0]?.field,
    ).toBe('note');
    expectProblem(await facilitator.put(url, { difficult: 'yes', note: null }), 400);
    expectProblem(await facilitator.put(url, { difficult: true, note: 'x', extra: 1 }), 400);
    expectProblem(
      await facilitator.put(`/api/dosing-records/${randomUUID()}/difficult`, { difficult: true, note: 'x' }),
      404,
    );
    expectProblem(await intake.put(url, { difficult: true, note: 'x' }), 403);
    expectProblem(await intake.get(`/api/clients/${c.clientId}/integration`), 403);
    expectProblem(await clinician.get(`/api/clients/${randomUUID()}/integration`), 404);
    const flagged = await db()
      .selectFrom('dosing_records')
      .select('difficult')
      .where('id', '=', c.recordId)
      .executeTakeFirstOrThrow();
    expect(flagged.difficult).toBe(0);
  });
});
