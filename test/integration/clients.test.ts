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

describe.each(DATABASES)('clients on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Clinic One');
    owner = await server.as(org.users.owner);
  });
  afterAll(() => server.close());

  it('creates, reads and lists a client', async () => {
    const created = await owner.post(
      '/api/clients',
      validClient({ givenName: 'Anna', familyName: 'de Vries', notes: 'Prefers mornings' }),
    );
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({
      givenName: 'Anna',
      familyName: 'de Vries',
      version: 1,
      archivedAt: null,
      notes: 'Prefers mornings',
    });
    expect(c.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const read = await owner.get(`/api/clients/${c.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(c);

    const list = await owner.get('/api/clients?q=vries');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(c.id);
  });

  it('searches by name, email and phone digits, and pages', async () => {
    await owner.post(
      '/api/clients',
      validClient({
        givenName: 'Bram',
        familyName: 'Zeeman',
        email: 'bram@zee.example',
        phone: '+31 (6) 555-0101',
      }),
    );
    expect((await owner.get('/api/clients?q=zeeman')).json().total).toBe(1);
    expect((await owner.get('/api/clients?q=BRAM%20zee')).json().total).toBe(1);
    expect((await owner.get('/api/clients?q=5550101')).json().total).toBe(1);
    expect((await owner.get('/api/clients?q=nobody-by-this-name')).json().total).toBe(0);
    const page = await owner.get('/api/clients?limit=1&offset=0');
    expect(page.json().items).toHaveLength(1);
    expect(page.json().total).toBeGreaterThanOrEqual(2);
  });

  it('audits every view of a client record with who, when and from where', async () => {
    const c = (await owner.post('/api/clients', validClient())).json();
    await owner.get(`/api/clients/${c.id}`);
    const events = (await owner.get(`/api/audit?entityType=client&entityId=${c.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['client.view', 'client.create']);
    expect(events[0]).toMatchObject({ actorLabel: org.users.owner, ip: '127.0.0.1' });
  });

  it('edits with a version; a stale edit gets 409 with the current record and changes nothing', async () => {
    const c = (await owner.post('/api/clients', validClient({ phone: '111' }))).json();
    const { id, createdAt, updatedAt, archivedAt, version, ...fields } = c;
    const first = await owner.put(`/api/clients/${id}`, { ...fields, phone: '222', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ phone: '222', version: 2 });

    const stale = await owner.put(`/api/clients/${id}`, { ...fields, phone: '333', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json().current).toMatchObject({ phone: '222', version: 2 });
    expect((await owner.get(`/api/clients/${id}`)).json()).toMatchObject({ phone: '222', version: 2 });

    const audit = (await owner.get(`/api/audit?action=client.update&entityId=${id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ fields: ['phone'], version: 2 });
  });

  it('archives and restores, hiding archived clients from the default list', async () => {
    const c = (await owner.post('/api/clients', validClient({ familyName: 'Archivable' }))).json();
    const archived = await owner.post(`/api/clients/${c.id}/archive`, { version: 1 });
    expect(archived.json()).toMatchObject({ version: 2 });
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await owner.get('/api/clients?q=archivable')).json().total).toBe(0);
    expect((await owner.get('/api/clients?q=archivable&status=archived')).json().total).toBe(1);
    expect((await owner.post(`/api/clients/${c.id}/restore`, { version: 1 })).statusCode).toBe(409);
    const restored = await owner.post(`/api/clients/${c.id}/restore`, { version: 2 });
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
  });

  it('hides clinical notes from intake, and keeps them when intake edits demographics', async () => {
    const c = (await owner.post('/api/clients', validClient({ notes: 'Clinical history' }))).json();
    const intake = await server.as(org.users.intake);
    const seen = (await intake.get(`/api/clients/${c.id}`)).json();
    expect(seen).not.toHaveProperty('notes');
    const { id, createdAt, updatedAt, archivedAt, version, ...fields } = seen;
    const edit = await intake.put(`/api/clients/${id}`, { ...fields, phone: '+31 20 000', version });
    expect(edit.statusCode).toBe(200);
    expect((await owner.get(`/api/clients/${id}`)).json()).toMatchObject({
      notes: 'Clinical history',
      phone: '+31 20 000',
    });
    const write = await intake.put(`/api/clients/${id}`, { ...fields, notes: 'x', version: version + 1 });
    expect(write.statusCode).toBe(403);
    const create = await intake.post('/api/clients', validClient({ notes: 'x' }));
    expect(create.statusCode).toBe(403);
  });

  it('refuses bad input with problem+json naming each field, and writes nothing', async () => {
    const before = (await owner.get('/api/clients?status=all&limit=1')).json().total;
    const res = await owner.post('/api/clients', {
      ...validClient(),
      givenName: '',
      sexAtBirth: 'x',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['givenName', 'sexAtBirth', 'extra']));

    const future = await owner.post('/api/clients', validClient({ dateOfBirth: '2999-01-01' }));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([
      { field: 'dateOfBirth', in: 'body', message: 'cannot be in the future', code: 'future' },
    ]);

    const nested = await owner.post('/api/clients', validClient({ emergencyContact: { phone: 5 } }));
    expect(nested.json().errors[0].field).toBe('emergencyContact.phone');

    expect((await owner.get('/api/clients?status=all&limit=1')).json().total).toBe(before);
  });

  it('keeps the portal language: English by default, set on create and on edit, kept when left out', async () => {
    const plain = (await owner.post('/api/clients', validClient())).json();
    expect(plain.language).toBe('en');
    expect((await owner.get(`/api/clients/${plain.id}`)).json().language).toBe('en');

    const created = await owner.post('/api/clients', validClient({ language: 'nl' }));
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c.language).toBe('nl');
    expect((await owner.get(`/api/clients/${c.id}`)).json().language).toBe('nl');

    const { id, createdAt, updatedAt, archivedAt, version, language, ...fields } = c;
    const toEnglish = await owner.put(`/api/clients/${id}`, { ...fields, language: 'en', version });
    expect(toEnglish.statusCode).toBe(200);
    expect(toEnglish.json()).toMatchObject({ language: 'en', version: version + 1 });
    const audit = (await owner.get(`/api/audit?action=client.update&entityId=${id}`)).json().items;
    expect(audit[0].details).toEqual({ fields: ['language'], version: version + 1 });

    const back = await owner.put(`/api/clients/${id}`, { ...fields, language: 'nl', version: version + 1 });
    expect(back.json().language).toBe('nl');
    // An edit without the field (an older API client) keeps the stored language.
    const without = await owner.put(`/api/clients/${id}`, { ...fields, phone: '555', version: version + 2 });
    expect(without.json()).toMatchObject({ language: 'nl', phone: '555' });
    expect((await owner.get(`/api/clients/${id}`)).json().language).toBe('nl');

    const badCreate = await owner.post('/api/clients', validClient({ language: 'fr' }));
    expectProblem(badCreate, 400);
    expect(badCreate.json().errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    const badUpdate = await owner.put(`/api/clients/${id}`, {
      ...fields,
      language: 'NL',
      version: version + 3,
    });
    expectProblem(badUpdate, 400);
    expect(badUpdate.json().errors.map((e: { field: string }) => e.field)).toEqual(['language']);
    expect((await owner.get(`/api/clients/${id}`)).json()).toMatchObject({
      language: 'nl',
      version: version + 3,
    });
  });

  it('answers 404 problem+json for an unknown client id and for malformed ids 400', async () => {
    const missing = await owner.get('/api/clients/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().type).toBe('urn:threshold:problem:not-found');
    const malformed = await owner.get('/api/clients/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0]).toMatchObject({ field: 'id', in: 'params' });
  });
});
