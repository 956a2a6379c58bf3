/**
 * Importing clients from CSV, on both databases: the dry run lists every bad row with its line,
 * column and a plain reason; one bad row stores nothing; duplicates of existing clients (same email,
 * or same name and date of birth) and within the file are reported, never doubled; each created
 * client is audited like one created by hand; only the roles of `client.import` may import.
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

const HEADER = 'givenName,familyName,dateOfBirth,sexAtBirth,email,phone,language';

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe.each(DATABASES)('client import on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  const count = async () =>
    (
      await server.ctx.db.kysely
        .selectFrom('clients')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organization_id', '=', org.id)
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Import Clinic');
    owner = await server.as(org.users.owner);
  });
  afterAll(() => server?.close());

  it('serves the template with every column of the client record', async () => {
    const res = await owner.get('/api/imports/clients/template');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header] = res.body.split('\n');
    expect(header).toBe(
      'givenName,familyName,preferredName,dateOfBirth,sexAtBirth,gender,email,phone,address,emergencyContactName,emergencyContactRelationship,emergencyContactPhone,language,notes',
    );
  });

  it('a dry run lists every bad row with its line, column and reason, and stores nothing', async () => {
    const file = csv(
      'Anna,de Vries,1984-03-15,female,anna@example.org,,nl',
      ',Jansen,1984-13-01,F,not-an-email,,fr',
      'Bram,Bakker,2999-01-01,male,,,',
      'Carla,Smit,1990-01-01,female',
      'Daan,Visser,15-03-1984,male,,,',
    );
    const res = await owner.post('/api/imports/clients?dryRun=true', { csv: file });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: true, rows: 4, created: 0 });
    expect(body.issues[0]).toMatchObject({ code: 'required', params: {} });
    expect(plain(body.issues)).toEqual([
      { line: 3, column: 'givenName', message: 'is empty; this column is required' },
      { line: 3, column: 'dateOfBirth', message: '1984-13-01 is not a calendar date' },
      { line: 3, column: 'sexAtBirth', message: '"F" is not one of female, male, intersex, unknown' },
      { line: 3, column: 'email', message: '"not-an-email" is not an email address' },
      { line: 3, column: 'language', message: '"fr" is not one of en, nl' },
      { line: 4, column: 'dateOfBirth', message: '2999-01-01 cannot be in the future' },
      { line: 5, column: null, message: 'has 4 cells; the header row has 7' },
      { line: 6, column: 'dateOfBirth', message: '15-03-1984 must be a date written YYYY-MM-DD' },
    ]);
    expect(body.clients).toEqual([
      { line: 2, id: null, givenName: 'Anna', familyName: 'de Vries', dateOfBirth: '1984-03-15' },
    ]);
    expect(await count()).toBe(0);
  });

  it('one bad row stores nothing: 400 problem+json listing it', async () => {
    const file = csv('Eva,Mulder,1970-02-02,female,,,', 'Fred,Dekker,1970-02-30,male,,,');
    const res = await owner.post('/api/imports/clients', { csv: file });
    const problem = expectProblem(res, 400);
    expect(plain(problem.issues)).toEqual([
      { line: 3, column: 'dateOfBirth', message: '1970-02-30 is not a calendar date' },
    ]);
    expect(problem.errors).toEqual([
      {
        field: 'line 3: dateOfBirth',
        in: 'body',
        message: '1970-02-30 is not a calendar date',
        code: 'not-calendar-date',
        params: { value: '1970-02-30' },
      },
    ]);
    expect(problem).toMatchObject({ code: 'import-refused', params: { count: 1, rows: 1 } });
    expect(await count()).toBe(0);
  });

  it('imports a clean file as text/csv, semicolon-separated, in one go, audited per client', async () => {
    const file = [
      'givenName;familyName;dateOfBirth;sexAtBirth;email;address',
      'Gijs;Bos;1965-07-07;male;GIJS@example.org;"Dorpsstraat 1; Utrecht"',
      'Hanna;Meijer;1999-12-31;female;;',
    ].join('\r\n');
    const res = await owner.request({
      method: 'POST',
      url: '/api/imports/clients',
      headers: { 'content-type': 'text/csv' },
      payload: file,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: false, rows: 2, created: 2, skipped: 0, issues: [] });
    const gijs = await owner.get(`/api/clients/${body.clients[0].id}`);
    expect(gijs.json()).toMatchObject({
      email: 'gijs@example.org',
      address: 'Dorpsstraat 1; Utrecht',
      language: 'en',
    });
    const audit = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', 'in', ['client.create', 'client.import'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id])).toEqual([
      ['client.create', body.clients[0].id],
      ['client.create', body.clients[1].id],
      ['client.import', null],
    ]);
    expect(JSON.parse(audit[2]!.details)).toEqual({ rows: 2, created: 2, skippedDuplicates: 0 });
  });

  it('reports duplicates of existing clients and within the file instead of doubling them', async () => {
    await owner.post(
      '/api/clients',
      validClient({ givenName: 'Iris', familyName: 'Kok', email: 'iris@example.org' }),
    );
    await owner.post(
      '/api/clients',
      validClient({ givenName: 'Joost', familyName: 'de Boer', dateOfBirth: '1977-04-04', email: null }),
    );
    const before = await count();
    const file = csv(
      'Iris,Kokker,1960-01-01,female,IRIS@example.org,,',
      'joost,DE  BOER,1977-04-04,male,,,',
      'Karin,Peters,1988-08-08,female,karin@example.org,,',
      'Karina,Peters,1988-08-09,female,karin@example.org,,',
    );
    const dry = (await owner.post('/api/imports/clients?dryRun=true', { csv: file })).json();
    expect(dry.issues).toEqual([]);
    expect(dry.duplicates.map((d: { line: number; message: string }) => [d.line, d.message])).toEqual([
      [2, 'has the email of an existing client (Iris Kok, born 1980-05-17)'],
      [3, 'has the name and date of birth of an existing client (Joost de Boer, born 1977-04-04)'],
      [5, 'has the same email as line 4'],
    ]);

    const refused = expectProblem(await owner.post('/api/imports/clients', { csv: file }), 400);
    expect((refused.issues as unknown[]).length).toBe(3);
    expect(await count()).toBe(before);

    const res = await owner.post('/api/imports/clients?skipDuplicates=true', { csv: file });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, skipped: 3 });
    expect(await count()).toBe(before + 1);
  });

  it('refuses clinical notes from a role that may not write them, and imports only for owner and intake', async () => {
    const intake = await server.as(org.users.intake);
    const file = [`${HEADER},notes`, 'Lotte,Vos,1991-01-01,female,,,,history of panic'].join('\n');
    const dry = (await intake.post('/api/imports/clients?dryRun=true', { csv: file })).json();
    expect(plain(dry.issues)).toEqual([
      {
        line: 2,
        column: 'notes',
        message: 'your role may not write clinical notes: leave this column empty',
      },
    ]);
    const clinician = await server.as(org.users.clinician);
    expectProblem(await clinician.post('/api/imports/clients?dryRun=true', { csv: file }), 403);
  });

  it('names an unknown or missing column in the header', async () => {
    const res = await owner.post('/api/imports/clients?dryRun=true', {
      csv: 'givenName,surname,dateOfBirth,sexAtBirth\nMaud,Vos,1990-01-01,female',
    });
    expect(plain(res.json().issues)).toEqual([
      { line: 1, column: 'surname', message: 'is not a column of the client template' },
      { line: 1, column: 'familyName', message: 'is missing: the header row must have this column' },
    ]);
  });

  it('answers problem+json for a body that is not a file', async () => {
    expectProblem(await owner.post('/api/imports/clients', { csv: '' }), 400);
    expectProblem(await owner.post('/api/imports/clients', { file: 'x' }), 400);
    const unreadable = await owner.post('/api/imports/clients?dryRun=true', {
      csv: `${HEADER}\n"Anna,broken`,
    });
    expect(unreadable.statusCode, unreadable.body).toBe(200);
    expect(unreadable.json().issues[0].message).toMatch(/^the file cannot be read as CSV/);
  });
});
