/**
 * Importing past questionnaire responses from CSV, on both databases: every bad row listed (unknown
 * client, unknown instrument, items the instrument does not have, answers out of range, dates);
 * one bad row stores nothing; every response goes through recordResponse with source `import`, so a
 * PHQ-9 with item 9 = 2 raises the same high alert and clinician email as one entered today — its
 * title and trigger saying it was imported and when it was answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

/** The issues as a person reads them (each also carries the code and values its message says). */
const plain = (issues: unknown) =>
  (issues as { line: number; column: string | null; message: string }[]).map(({ line, column, message }) => ({
    line,
    column,
    message,
  }));

const ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'difficulty'];
const HEADER = ['client', 'instrument', 'completedAt', ...ITEMS].join(',');
const phq9Row = (client: string, at: string, item9: number, rest = '1') =>
  [client, 'phq-9', at, ...Array(8).fill(rest), String(item9), ''].join(',');

describe.each(DATABASES)('questionnaire import on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let anna: { id: string; version: number };
  let archived: { id: string };
  const db = () => server.ctx.db.kysely;
  const responsesOf = (clientId: string) =>
    db().selectFrom('questionnaire_responses').selectAll().where('client_id', '=', clientId).execute();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('History Clinic');
    clinician = await server.as(org.users.clinician);
    anna = (await clinician.post('/api/clients', validClient({ email: 'anna@example.org' }))).json();
    const b = (
      await clinician.post('/api/clients', validClient({ givenName: 'Bo', email: 'bo@example.org' }))
    ).json();
    await clinician.post(`/api/clients/${b.id}/archive`, { version: b.version });
    archived = b;
  });
  afterAll(() => server?.close());

  it('serves a template with the fixed columns and the items of the chosen instruments', async () => {
    const res = await clinician.get('/api/imports/responses/template?instrument=phq-9');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body.split('\n')[0]).toBe(HEADER);
    expectProblem(await clinician.get('/api/imports/responses/template?instrument=nope'), 400);
  });

  it('a dry run lists every bad row and stores nothing', async () => {
    const file = [
      HEADER,
      phq9Row('anna@example.org', '2023-05-01T09:00:00+02:00', 2),
      phq9Row('nobody@example.org', '2023-05-01', 0),
      phq9Row(archived.id, '2023-05-01', 0),
      ['anna@example.org', 'phq-9', '01/05/2023', '1', '7', 'x', '1', '1', '1', '1', '1', '', '4'].join(','),
      ['anna@example.org', 'gad-7', '2023-05-01', '1', '1', '1', '1', '1', '1', '1', '1', '', ''].join(','),
      ['anna@example.org', 'phq-99', '2099-01-01', ...Array(10).fill('')].join(','),
    ].join('\n');
    const res = await clinician.post('/api/imports/responses?dryRun=true', { csv: file });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(plain(body.issues)).toEqual([
      {
        line: 3,
        column: 'client',
        message: 'no client of this organization has the email nobody@example.org',
      },
      {
        line: 4,
        column: 'client',
        message: `client id ${archived.id} is an archived client: restore the client first`,
      },
      {
        line: 5,
        column: 'completedAt',
        message:
          '"01/05/2023" is not a date and time: write 2024-05-02T10:30:00+02:00 (with the time zone) or a date 2024-05-02',
      },
      { line: 5, column: 'q2', message: '7 is not an answer of item 2 of the PHQ-9 (0 to 3)' },
      { line: 5, column: 'q3', message: '"x" is not a whole number (item 3 of the PHQ-9)' },
      { line: 5, column: 'difficulty', message: '4 is not an answer of item 10 of the PHQ-9 (0 to 3)' },
      { line: 5, column: 'q9', message: 'is empty: item 9 of the PHQ-9 is needed to score it' },
      { line: 6, column: 'q8', message: 'is not an item of the GAD-7; leave it empty on GAD-7 rows' },
      { line: 7, column: 'instrument', message: '"phq-99" is not an instrument Threshold knows' },
      { line: 7, column: 'completedAt', message: '2099-01-01 is in the future' },
    ]);
    expect(body.responses).toEqual([
      expect.objectContaining({
        line: 2,
        id: null,
        clientId: anna.id,
        instrumentId: 'phq-9',
        administeredAt: '2023-05-01T07:00:00.000Z',
        total: 10,
        alerts: [
          {
            severity: 'high',
            title: 'Risk answer on PHQ-9 (imported, answered 2023-05-01)',
            titleCode: { code: 'risk-answer', params: { instrument: 'PHQ-9', importedOn: '2023-05-01' } },
          },
        ],
      }),
    ]);
    expect(body.alerts).toBe(1);
    expect(await responsesOf(anna.id)).toEqual([]);
  });

  it('one bad row stores nothing', async () => {
    const file = [
      HEADER,
      phq9Row('anna@example.org', '2023-05-01', 0),
      phq9Row('anna@example.org', '2023-06-01', 5),
    ].join('\n');
    const problem = expectProblem(await clinician.post('/api/imports/responses', { csv: file }), 400);
    expect(plain(problem.issues)).toEqual([
      { line: 3, column: 'q9', message: '5 is not an answer of item 9 of the PHQ-9 (0 to 3)' },
    ]);
    expect(await responsesOf(anna.id)).toEqual([]);
  });

  it('stores each row through the one path: a past item 9 = 2 raises its high alert and email, marked as imported', async () => {
    const file = [
      HEADER,
      phq9Row(anna.id, '2023-05-01T09:00:00+02:00', 2),
      phq9Row('ANNA@example.org', '2023-02-01', 0, '0'),
    ].join('\n');
    const res = await clinician.post('/api/imports/responses', { csv: file });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: false, rows: 2, created: 2, issues: [] });
    // Reliable deterioration from the February baseline (0 → 10) is raised too.
    expect(body.alerts).toBe(2);

    const stored = await responsesOf(anna.id);
    expect(stored.map((r) => [r.source, r.administered_at, r.total])).toEqual(
      expect.arrayContaining([
        ['import', '2023-02-01T12:00:00.000Z', 0],
        ['import', '2023-05-01T07:00:00.000Z', 10],
      ]),
    );
    const alerts = await db()
      .selectFrom('alerts')
      .select(['kind', 'severity', 'title', 'trigger', 'status', 'response_id'])
      .where('client_id', '=', anna.id)
      .orderBy('severity')
      .execute();
    const risky = stored.find((r) => r.total === 10)!;
    expect(alerts).toEqual([
      {
        kind: 'risk-flag',
        severity: 'high',
        title: 'Risk answer on PHQ-9 (imported, answered 2023-05-01)',
        trigger:
          'PHQ-9: Item 9 answered 2 (More than half the days). Imported from past records: answered on 2023-05-01, not now.',
        status: 'open',
        response_id: risky.id,
      },
      expect.objectContaining({ kind: 'deterioration', severity: 'medium', response_id: risky.id }),
    ]);
    const mail = await db()
      .selectFrom('outbox')
      .select(['to_address', 'subject'])
      .where('organization_id', '=', org.id)
      .where('kind', '=', 'alert')
      .execute();
    expect(mail).toContainEqual({
      to_address: org.users.clinician,
      subject: 'Threshold: a high-severity alert needs attention',
    });
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', 'in', ['response.create', 'response.import'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, JSON.parse(a.details).source ?? null])).toEqual([
      ['response.create', 'import'],
      ['response.create', 'import'],
      ['response.import', null],
    ]);
  });

  it('is for owners and clinicians only', async () => {
    const intake = await server.as(org.users.intake);
    expectProblem(await intake.post('/api/imports/responses?dryRun=true', { csv: HEADER }), 403);
  });
});
