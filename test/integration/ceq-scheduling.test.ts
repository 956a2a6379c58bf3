/**
 * The CEQ scheduled after a dosing session (issue 19, part 1), end to end: a program cannot schedule
 * it before the organization stored its licensed copy (refused by field); with a copy, the scheduler
 * invites the client after the dosing session, the portal shows the copy's texts (test markers, never
 * the CEQ's), the answer is scored with the copy's key, and a total above the organization's threshold
 * raises the challenging-experience alert and pulls the integration contact forward. Staff can enter
 * a CEQ on paper; an organization without a copy cannot.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegration } from '../../src/server/integration/check.ts';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { ceqAnswers, TEST_CEQ_COPY } from '../support/ceq-copy.ts';
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
const linkIn = (body: string) => /\/p\/([A-Za-z0-9_-]{20,})/.exec(body)?.[1];

/** The CEQ right after each dosing session: due at the session's start + 0 h, open for 2 days. */
const CEQ_PLAN = {
  key: 'ceq-after',
  instrumentId: 'ceq',
  label: 'After the dosing session',
  anchor: 'each-dosing' as const,
  dosingNumbers: null,
  offset: { amount: 0, unit: 'hours' as const },
  window: { beforeDays: 0, afterDays: 2 },
  arms: null,
};

const definition = () =>
  testDefinition({
    assessments: [CEQ_PLAN],
    integration: {
      fromHours: 48,
      toHours: 96,
      pulledForwardHours: 0,
      contactTime: '10:00',
      durationMinutes: 60,
    },
  });

describe.each(DATABASES)('the CEQ scheduled after dosing on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let otherClinician: Agent;
  let program: SeededProgram;
  const db = () => server.ctx.db.kysely;
  const anon = () => server.agent();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('CEQ Scheduling Clinic');
    other = await server.createOrg('No Copy Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    otherClinician = await server.as(other.users.clinician);
  });
  afterAll(() => server?.close());

  it('refuses a program scheduling the CEQ before the licensed copy is stored, naming the field', async () => {
    const res = await clinician.post('/api/programs', { definition: definition() });
    const problem = expectProblem(res, 400);
    expect(problem.errors?.[0]?.field).toBe('definition.assessments[0].instrumentId');
    expect(problem.errors?.[0]?.message).toMatch(/licensed copy/);
    const preview = await clinician.post('/api/programs/preview', {
      definition: definition(),
      startDate: '2026-01-05',
    });
    expect(expectProblem(preview, 400).errors?.[0]?.field).toBe('definition.assessments[0].instrumentId');
  });

  it('schedules it once the copy is stored', async () => {
    expect((await clinician.put('/api/ceq/copy', TEST_CEQ_COPY)).statusCode).toBe(200);
    const res = await clinician.post('/api/programs', { definition: definition() });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().definition.assessments[0]).toMatchObject({
      instrumentId: 'ceq',
      anchor: 'each-dosing',
    });
    // The other organization still has no copy: refused there.
    expectProblem(await otherClinician.post('/api/programs', { definition: definition() }), 400);
  });

  it('invites after the dosing session, shows the copy, and a high total pulls the contact forward', async () => {
    const patched = await owner.patch('/api/organization', { ceqThreshold: 3 });
    expect(patched.statusCode, patched.body).toBe(200);
    program = await seedProgram(db(), org.id, { definition: definition() });
    const client = await seedEnrolledClient(db(), org.id, program, {
      startDate: new Date().toISOString().slice(0, 10),
      status: 'active',
      name: 'Sanne',
    });
    await db()
      .updateTable('clients')
      .set({ email: 'sanne@client.example', language: 'en' })
      .where('id', '=', client.clientId)
      .execute();
    const end = Date.now() - HOUR;
    const sessionId = await seedSession(db(), org.id, {
      programId: program.programId,
      enrollmentId: client.enrollmentId,
      name: 'Dosing session',
      phase: 'immersion',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: iso(end - 5 * HOUR),
      endsAt: iso(end),
      attendees: [{ ...client, booking: 'booked' }],
    });
    const recordId = await seedDosingRecord(db(), org.id, {
      sessionId,
      ...client,
      startedAt: iso(end - 5 * HOUR),
    });
    await db()
      .updateTable('dosing_records')
      .set({ ended_at: iso(end) })
      .where('id', '=', recordId)
      .execute();

    // The scheduler invites to the CEQ and books the contact (no CEQ yet: not pulled forward).
    await runScheduledWork(server.ctx, null, new Date());
    const invitation = await db()
      .selectFrom('invitations')
      .selectAll()
      .where('client_id', '=', client.clientId)
      .executeTakeFirstOrThrow();
    expect(invitation).toMatchObject({ instrument_id: 'ceq', status: 'sent' });
    const mail = await db()
      .selectFrom('outbox')
      .select(['kind', 'body', 'subject'])
      .where('client_id', '=', client.clientId)
      .where('kind', '=', 'invitation')
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toContain('CEQ');
    const token = linkIn(mail[0]!.body)!;
    const contact = await db()
      .selectFrom('integration_contacts')
      .selectAll()
      .where('dosing_record_id', '=', recordId)
      .executeTakeFirstOrThrow();
    expect(contact.pulled_forward).toBe(0);

    // The portal shows the organization's copy: the test markers, the copy's labels.
    const shown = await anon().get(`/api/portal/invitations/${token}`);
    expect(shown.statusCode, shown.body).toBe(200);
    const instrument = shown.json().instrument;
    expect(instrument).toMatchObject({
      id: 'ceq',
      shortName: 'CEQ',
      instructions: TEST_CEQ_COPY.instructions,
    });
    expect(instrument.items).toHaveLength(26);
    expect(instrument.items[0]).toMatchObject({ linkId: 'q1', text: 'Test item 1' });
    expect(instrument.items[25].options.map((o: { label: string }) => o.label)).toEqual(
      TEST_CEQ_COPY.options,
    );

    // An incomplete answer is refused by field; a complete one is scored with the copy's key.
    const incomplete = await anon().post(`/api/portal/invitations/${token}/submit`, {
      answers: { ...ceqAnswers(4), q26: null },
      submissionId: '4d3c4f1e-2f7a-4a43-9d57-0c2b1d7f0001',
    });
    expect(expectProblem(incomplete, 400).errors?.[0]?.field).toBe('answers.q26');
    const submitted = await anon().post(`/api/portal/invitations/${token}/submit`, {
      answers: ceqAnswers(4),
      submissionId: '4d3c4f1e-2f7a-4a43-9d57-0c2b1d7f0002',
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().score).toMatchObject({ total: 4, range: { min: 0, max: 5 } });
    const response = await db()
      .selectFrom('questionnaire_responses')
      .selectAll()
      .where('client_id', '=', client.clientId)
      .executeTakeFirstOrThrow();
    expect(response).toMatchObject({ instrument_id: 'ceq', total: 4, source: 'portal' });
    expect(JSON.parse(response.subscales)).toMatchObject({ grief: 4, paranoia: 4 });

    // The next scheduler run reads the CEQ: an alert, and the contact pulled forward.
    await checkIntegration(server.ctx, new Date().toISOString());
    const alerts = await db()
      .selectFrom('alerts')
      .select(['kind', 'trigger'])
      .where('client_id', '=', client.clientId)
      .where('kind', '=', 'challenging-experience')
      .execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.trigger).toContain('CEQ total 4');
    const after = await db()
      .selectFrom('integration_contacts')
      .selectAll()
      .where('dosing_record_id', '=', recordId)
      .executeTakeFirstOrThrow();
    expect(after.pulled_forward).toBe(1);
    expect(JSON.parse(after.pull_reasons)).toEqual(['ceq']);
    // A second run changes nothing.
    await checkIntegration(server.ctx, new Date().toISOString());
    const again = await db()
      .selectFrom('alerts')
      .select('id')
      .where('client_id', '=', client.clientId)
      .where('kind', '=', 'challenging-experience')
      .execute();
    expect(again).toHaveLength(1);
  });

  it('lets staff enter a CEQ on paper with the copy, and refuses it without one', async () => {
    const client = await seedEnrolledClient(db(), org.id, program, {
      startDate: new Date().toISOString().slice(0, 10),
      name: 'Paper',
    });
    const res = await clinician.post(`/api/clients/${client.clientId}/responses`, {
      instrumentId: 'ceq',
      answers: { ...ceqAnswers(0), q1: 5, q8: 5, q15: 5, q22: 5 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().subscales).toMatchObject({ grief: 5, fear: 0 });
    expect(res.json().total).toBeCloseTo(20 / 26, 12);

    const stranger = await seedEnrolledClient(db(), other.id, await seedProgram(db(), other.id), {
      startDate: new Date().toISOString().slice(0, 10),
      name: 'Elsewhere',
    });
    const refused = await otherClinician.post(`/api/clients/${stranger.clientId}/responses`, {
      instrumentId: 'ceq',
      answers: ceqAnswers(1),
    });
    expect(expectProblem(refused, 400).errors?.[0]?.field).toBe('instrumentId');
  });
});
