import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';

const phq9 = (values: number[]) => Object.fromEntries(values.map((v, i) => [`q${i + 1}`, v]));

describe.each(DATABASES)('questionnaires and responses on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let clientId: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Measuring Clinic');
    clinician = await server.as(org.users.clinician);
    clientId = (await clinician.post('/api/clients', validClient())).json().id;
  });
  afterAll(() => server.close());

  it('lists the six shipped instruments with their verification status', async () => {
    const researcher = await server.as(org.users.researcher);
    const res = await researcher.get('/api/instruments');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual(['gad-7', 'meq-30', 'pcl-5', 'phq-9', 'qids-sr16', 'who-5'].sort());
    const detail = (await researcher.get('/api/instruments/phq-9')).json();
    expect(detail.items.filter((i: { scored: boolean }) => i.scored)).toHaveLength(9);
    expect(detail.bands.value.map((b: { label: string }) => b.label)).toEqual([
      'minimal',
      'mild',
      'moderate',
      'moderately severe',
      'severe',
    ]);
    expect(detail).not.toHaveProperty('score');
    expect((await researcher.get('/api/instruments/nope')).statusCode).toBe(404);
  });

  it('scores without storing, matching the published PHQ-9 example', async () => {
    const res = await clinician.post('/api/instruments/phq-9/score', {
      answers: phq9([2, 2, 2, 2, 1, 1, 2, 0, 0]),
    });
    expect(res.json()).toMatchObject({ instrumentId: 'phq-9', total: 12, severity: 'moderate', flags: [] });
    const bad = await clinician.post('/api/instruments/phq-9/score', {
      answers: { ...phq9([2, 2, 2, 2, 1, 1, 2, 0, 0]), q3: 7 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('answers.q3');
    const missing = await clinician.post('/api/instruments/phq-9/score', { answers: phq9([2, 2, 2]) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toMatch(/items? 4, 5, 6, 7, 8, 9 unanswered/);
  });

  it('stores a response with its answers, scores, source and who entered it, and audits it', async () => {
    const res = await clinician.post(`/api/clients/${clientId}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9([2, 2, 2, 2, 1, 1, 2, 0, 2]),
      administeredAt: '2026-11-01T09:30:00.000Z',
    });
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      clientId,
      instrumentId: 'phq-9',
      total: 14,
      severity: 'moderate',
      source: 'staff',
      administeredAt: '2026-11-01T09:30:00.000Z',
      enteredBy: { name: `clinician of Measuring Clinic` },
    });
    expect(r.answers.q9).toBe(2);
    expect(r.answers.difficulty).toBeNull();
    expect(r.flags).toEqual([{ id: 'suicide-risk', reason: expect.stringContaining('2') }]);
    expect(r.instrumentVersion).toBeTruthy();

    const list = (await clinician.get(`/api/clients/${clientId}/responses`)).json().items;
    expect(list.map((x: { id: string }) => x.id)).toContain(r.id);
    expect((await clinician.get(`/api/clients/${clientId}/responses/${r.id}`)).json()).toEqual(r);

    const owner = await server.as(org.users.owner);
    const audit = (
      await owner.get(`/api/audit?entityType=client&entityId=${clientId}&action=response.`)
    ).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual([
      'response.view',
      'response.list',
      'response.create',
    ]);
    expect(audit[2].details).toMatchObject({
      responseId: r.id,
      instrumentId: 'phq-9',
      flags: ['suicide-risk'],
    });
  });

  it('refuses bad responses clearly and stores nothing', async () => {
    const before = (await clinician.get(`/api/clients/${clientId}/responses`)).json().items.length;
    const cases: Array<[unknown, string]> = [
      [{ instrumentId: 'phq-10', answers: {} }, 'instrumentId'],
      [{ instrumentId: 'phq-9', answers: { ...phq9([1, 1, 1, 1, 1, 1, 1, 1, 1]), q99: 1 } }, 'answers.q99'],
      [{ instrumentId: 'phq-9', answers: phq9([1, 1, 1, 1, 1, 1, 1, 1, 4]) }, 'answers.q9'],
      [
        {
          instrumentId: 'phq-9',
          answers: phq9([1, 1, 1, 1, 1, 1, 1, 1, 1]),
          administeredAt: '2999-01-01T00:00:00Z',
        },
        'administeredAt',
      ],
      [{ instrumentId: 'gad-7', answers: { q1: '1' } }, 'answers.q1'],
    ];
    for (const [body, field] of cases) {
      const res = await clinician.post(`/api/clients/${clientId}/responses`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await clinician.get(`/api/clients/${clientId}/responses`)).json().items).toHaveLength(before);
    const gad7 = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`q${n}`, 1]));
    const unknownClient = await clinician.post(
      '/api/clients/00000000-0000-4000-8000-000000000000/responses',
      {
        instrumentId: 'gad-7',
        answers: gad7,
      },
    );
    expect(unknownClient.statusCode).toBe(404);
  });

  it('keeps questionnaire answers from intake and researchers', async () => {
    for (const role of ['intake', 'researcher'] as const) {
      const a = await server.as(org.users[role]);
      expect((await a.get(`/api/clients/${clientId}/responses`)).statusCode).toBe(403);
      expect(
        (await a.post(`/api/clients/${clientId}/responses`, { instrumentId: 'gad-7', answers: {} }))
          .statusCode,
      ).toBe(403);
    }
  });
});
