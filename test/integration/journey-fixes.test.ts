/**
 * Journeys 1 and 2 (issue 15) without workarounds: a template used twice at once makes one program,
 * a repeated save is not a false conflict, a clinical lead staffs a cohort, places beyond the room
 * are refused naming both numbers, phones and resting blood pressures are checked, a consent
 * cannot predate its document, and schema errors arrive in plain words, all at once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistFor } from '../../src/domain/screening/index.ts';
import { DATABASES } from '../support/databases.ts';
import {
  type Agent,
  startTestServer,
  type TestOrg,
  type TestServer,
  validClient,
} from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import { SCREENING_BODY } from '../support/program-cases.ts';
import { CONSENT_TEXT, newClientId, programFromTemplate, userIdOf } from '../support/program-fixtures.ts';

const allNo = () => Object.fromEntries(checklistFor('psilocybin').items.map((i) => [i.id, 'no']));

describe.each(DATABASES)('journeys 1 and 2 on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let otherClinician: Agent;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Journey Clinic');
    const other = await server.createOrg('Other Clinic');
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    otherClinician = await server.as(other.users.clinician);
  });
  afterAll(() => server.close());

  const programCount = async (agent: Agent) =>
    ((await agent.get('/api/programs?status=all')).json() as { items: unknown[] }).items.length;

  it('"Use this template" sent twice at once creates one program', async () => {
    const before = await programCount(clinician);
    const requestId = randomUUID();
    const body = { templateId: 'psilocybin-retreat', requestId };
    const [a, b] = await Promise.all([
      clinician.post('/api/programs', body),
      clinician.post('/api/programs', body),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    const again = await clinician.post('/api/programs', body);
    expect(again.json().id).toBe(a.json().id);
    expect(await programCount(clinician)).toBe(before + 1);
    const creates = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'program.create')
      .where('entity_id', '=', a.json().id)
      .execute();
    expect(creates).toHaveLength(1);
    // The same requestId elsewhere is another organization's own program.
    const theirs = await otherClinician.post('/api/programs', body);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(a.json().id);
    expect(
      expectProblem(await clinician.post('/api/programs', { templateId: 'x', requestId: 'nope' }), 400)
        .errors,
    ).toEqual([
      {
        field: 'requestId',
        in: 'body',
        message: 'must be an id in the UUID format',
        code: 'format',
        params: { format: 'uuid' },
      },
    ]);
  });

  it('a repeated identical save answers the saved version; a different one is still a conflict', async () => {
    const p = await programFromTemplate(clinician, 'psilocybin-retreat');
    const edited = {
      ...p.definition,
      name: 'Spring retreat',
      safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 },
    };
    const body = { baseVersion: 1, definition: edited };
    const [a, b] = await Promise.all([
      clinician.put(`/api/programs/${p.id}`, body),
      clinician.put(`/api/programs/${p.id}`, body),
    ]);
    expect([a.statusCode, b.statusCode], b.body).toEqual([200, 200]);
    expect([a.json().currentVersion, b.json().currentVersion]).toEqual([2, 2]);
    const different = await clinician.put(`/api/programs/${p.id}`, {
      baseVersion: 1,
      definition: { ...edited, name: 'Autumn retreat' },
    });
    expect(expectProblem(different, 409).detail).toContain('changed by someone else');
  });

  it('a clinician lists who can facilitate (names and roles only) and staffs a cohort', async () => {
    const res = await clinician.get('/api/cohort-facilitators');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<Record<string, unknown>>;
    expect(items.map((i) => i.role).sort()).toEqual(['clinician', 'facilitator', 'owner']);
    for (const i of items) expect(Object.keys(i).sort()).toEqual(['name', 'role', 'userId']);
    expectProblem(await facilitator.get('/api/cohort-facilitators'), 403);
    expectProblem(await clinician.get('/api/members'), 403);
    // Intake schedules personal sessions, so it picks their facilitator from the same list.
    const forIntake = await intake.get('/api/cohort-facilitators');
    expect(forIntake.statusCode).toBe(200);
    expect(forIntake.json()).toEqual(res.json());
    expectProblem(await intake.get('/api/members'), 403);

    const program = (await programFromTemplate(clinician, 'psilocybin-retreat')).id;
    const ids = [await userIdOf(server, org.users.facilitator), await userIdOf(server, org.users.clinician)];
    const cohort = await clinician.post('/api/cohorts', {
      programId: program,
      name: 'Spring retreat',
      startDate: '2030-05-14',
      capacity: 12,
      facilitatorIds: ids,
    });
    expect(cohort.statusCode, cohort.body).toBe(201);
    expect(
      cohort
        .json()
        .facilitators.map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('refuses more places than the room holds, naming both numbers, unless allowed', async () => {
    const program = (await programFromTemplate(clinician, 'psilocybin-retreat')).id;
    const room = (await clinician.post('/api/rooms', { name: 'Workshop room', capacity: 14 })).json();
    const body = {
      programId: program,
      name: 'Big group',
      startDate: '2030-05-14',
      roomId: room.id,
      capacity: 20,
      facilitatorIds: [],
    };
    const refused = expectProblem(await clinician.post('/api/cohorts', body), 400);
    expect(refused.errors).toEqual([
      {
        field: 'capacity',
        in: 'body',
        message: expect.stringContaining('20 places is more than Workshop room holds (14)'),
        code: 'places-beyond-room',
        params: { places: 20, name: 'Workshop room', capacity: 14 },
      },
    ]);
    const allowed = await clinician.post('/api/cohorts', { ...body, exceedRoomCapacity: true });
    expect(allowed.statusCode, allowed.body).toBe(201);
    const c = allowed.json();
    const edit = await clinician.put(`/api/cohorts/${c.id}`, {
      version: c.version,
      name: c.name,
      location: null,
      roomId: room.id,
      capacity: 21,
      facilitatorIds: [],
    });
    expect(expectProblem(edit, 400).errors![0]!.message).toContain(
      '21 places is more than Workshop room holds (14)',
    );
  });

  it('names every bad client field in plain words, and refuses a phone that is no number', async () => {
    const schema = expectProblem(
      await intake.post(
        '/api/clients',
        validClient({ givenName: 'x'.repeat(101), familyName: '', sexAtBirth: 'x' }),
      ),
      400,
    );
    expect(schema.errors).toEqual(
      expect.arrayContaining([
        // The English words for API users, and a code with its values for a client to translate.
        {
          field: 'givenName',
          in: 'body',
          message: 'must be at most 100 characters long',
          code: 'maxLength',
          params: { limit: 100 },
        },
        expect.objectContaining({ field: 'familyName', in: 'body', message: 'must not be empty' }),
        expect.objectContaining({
          field: 'sexAtBirth',
          message: 'must be one of: female, male, intersex, unknown',
          code: 'enum',
        }),
      ]),
    );
    expect(JSON.stringify(schema)).not.toMatch(/must NOT|must match/);
    const rules = expectProblem(
      await intake.post(
        '/api/clients',
        validClient({ phone: 'call me maybe', email: 'nope@', emergencyContact: { phone: 'ring ring' } }),
      ),
      400,
    );
    expect(rules.errors!.map((e) => e.field)).toEqual(['email', 'phone', 'emergencyContact.phone']);
    expect(rules.errors![1]!.message).toMatch(/must be a phone number/);
  });

  it('refuses an implausible intake blood pressure unless confirmed, and a consent before its document', async () => {
    const program = (await programFromTemplate(clinician, 'psilocybin-retreat')).id;
    const doc = await clinician.post(`/api/programs/${program}/consent-documents`, CONSENT_TEXT);
    expect(doc.statusCode).toBe(201);
    const cohort = (
      await clinician.post('/api/cohorts', {
        programId: program,
        name: 'C',
        startDate: '2030-05-14',
        capacity: 4,
        facilitatorIds: [],
      })
    ).json();
    const e = (
      await intake.post('/api/enrollments', {
        clientId: await newClientId(intake),
        programId: program,
        cohortId: cohort.id,
      })
    ).json();
    const body = SCREENING_BODY(allNo());
    const high = await intake.post(`/api/enrollments/${e.id}/screenings`, {
      ...body,
      vitals: { systolic: 300, diastolic: 84 },
    });
    expect(expectProblem(high, 400).errors).toEqual([
      {
        field: 'vitals.systolic',
        in: 'body',
        message: expect.stringContaining('300/84 mmHg is not a plausible resting reading'),
        code: 'bp-implausible',
        params: expect.objectContaining({ systolic: 300, diastolic: 84 }),
      },
    ]);
    const s = await intake.post(`/api/enrollments/${e.id}/screenings`, {
      ...body,
      vitals: { systolic: 300, diastolic: 84, confirmUnusual: true },
    });
    expect(s.statusCode, s.body).toBe(201);
    const decided = await clinician.post(`/api/enrollments/${e.id}/screenings/${s.json().id}/decision`, {
      decision: 'eligible',
      rationale: 'Re-measured: 150/84.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const early = await intake.post(`/api/enrollments/${e.id}/consents`, {
      documentVersion: 1,
      signedAt: new Date(Date.parse(doc.json().createdAt) - 86_400_000).toISOString(),
      method: 'in-person signature',
    });
    const problem = expectProblem(early, 409);
    expect(problem.detail).toContain('before version 1 of the consent document');
    expect(problem.documentVersion).toBe(1);
  });

  it('keeps a screening draft on the server until the screening is recorded (audited)', async () => {
    const program = (await programFromTemplate(clinician, 'psilocybin-retreat')).id;
    const cohort = (
      await clinician.post('/api/cohorts', {
        programId: program,
        name: 'D',
        startDate: '2030-05-14',
        capacity: 4,
        facilitatorIds: [],
      })
    ).json();
    const e = (
      await intake.post('/api/enrollments', {
        clientId: await newClientId(intake),
        programId: program,
        cohortId: cohort.id,
      })
    ).json();
    const url = `/api/enrollments/${e.id}/screening-draft`;
    expect((await intake.get(url)).json()).toEqual({ draft: null, updatedAt: null, updatedBy: null });
    const draft = {
      answers: { ...allNo() },
      medications: [{ name: 'Lithium', dose: '400 mg', frequency: 'daily' }],
      vitals: { systolic: '13', diastolic: '' },
      measuredAt: '2030-05-01T10:00',
      notes: 'Half way through',
    };
    const saved = await intake.put(url, draft);
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await clinician.get(url)).json();
    expect(read).toMatchObject({ draft, updatedBy: { name: expect.stringContaining('intake') } });
    const bad = expectProblem(await intake.put(url, { ...draft, notes: 'x'.repeat(20_001) }), 400);
    expect(bad.errors).toEqual([
      expect.objectContaining({
        field: 'notes',
        in: 'body',
        message: 'must be at most 20000 characters long',
      }),
    ]);
    expectProblem(await otherClinician.get(url), 404);
    const actions = await server.ctx.db.kysely
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', e.id)
      .where('action', 'like', 'screening.draft.%')
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['screening.draft.save', 'screening.draft.view']);
    const s = await intake.post(`/api/enrollments/${e.id}/screenings`, SCREENING_BODY(allNo()));
    expect(s.statusCode, s.body).toBe(201);
    expect((await intake.get(url)).json().draft).toBeNull();
    expect((await intake.delete(url)).statusCode).toBe(204);
  });
});
