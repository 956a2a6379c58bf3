import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import { newClientId, programFromTemplate, storedSessions, userIdOf } from '../support/program-fixtures.ts';

describe.each(DATABASES)('cohorts on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let otherOwner: Agent;
  let retreat: string;
  let individual: string;
  const ids = {} as Record<
    'facilitator' | 'clinician' | 'intake' | 'researcher' | 'otherFacilitator',
    string
  >;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Cohort Clinic');
    other = await server.createOrg('Elsewhere');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    otherOwner = await server.as(other.users.owner);
    for (const role of ['facilitator', 'clinician', 'intake', 'researcher'] as const)
      ids[role] = await userIdOf(server, org.users[role]);
    ids.otherFacilitator = await userIdOf(server, other.users.facilitator);
    retreat = (await programFromTemplate(owner, 'psilocybin-retreat')).id;
    individual = (await programFromTemplate(owner, 'kap-yermus-2023')).id;
  });
  afterAll(() => server.close());

  const cohortBody = (over: Record<string, unknown> = {}) => ({
    programId: retreat,
    name: 'Autumn retreat',
    startDate: '2030-10-07',
    capacity: 8,
    facilitatorIds: [ids.facilitator],
    ...over,
  });

  it('creates a cohort with its group sessions in its room, with its facilitators', async () => {
    const room = (await intake.post('/api/rooms', { name: 'Big room', capacity: 20 })).json();
    const res = await intake.post(
      '/api/cohorts',
      cohortBody({ roomId: room.id, facilitatorIds: [ids.facilitator, ids.clinician], location: ' Farm ' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      name: 'Autumn retreat',
      program: { id: retreat, name: 'Psilocybin retreat' },
      programVersion: 1,
      startDate: '2030-10-07',
      location: 'Farm',
      room: { id: room.id, name: 'Big room', capacity: 20 },
      capacity: 8,
      enrolled: 0,
      cancelledAt: null,
      version: 1,
      roster: [],
    });
    expect(c.facilitators.map((f: { id: string }) => f.id).sort()).toEqual(
      [ids.clinician, ids.facilitator].sort(),
    );
    expect(c.sessions.map((s: { name: string }) => s.name)).toEqual([
      'Group preparation session',
      'Retreat day',
      'Retreat day',
      'Retreat day',
      'Group integration session',
    ]);
    expect(c.sessions.filter((s: { dosing: boolean }) => s.dosing)).toHaveLength(3);
    const stored = await storedSessions(server, { cohortId: c.id });
    expect(stored.every((s) => s.roomId === room.id && s.kind === 'group')).toBe(true);
    expect(stored.every((s) => s.facilitatorIds.length === 2)).toBe(true);
    const audit = (await owner.get(`/api/audit?entityType=cohort&entityId=${c.id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'cohort.create' });
    expect(audit[0].details).toMatchObject({ programId: retreat, groupSessions: 5, capacity: 8 });
  });

  it('refuses cohorts of an individual program, and facilitators who cannot run sessions', async () => {
    const ind = await intake.post('/api/cohorts', cohortBody({ programId: individual }));
    expect(expectProblem(ind, 400).errors![0]!.field).toBe('programId');
    for (const [i, bad] of [ids.intake, ids.researcher, ids.otherFacilitator].entries()) {
      const res = await intake.post('/api/cohorts', cohortBody({ facilitatorIds: [ids.facilitator, bad] }));
      expect(expectProblem(res, 400).errors, `case ${i}`).toEqual([
        expect.objectContaining({ field: 'facilitatorIds.1' }),
      ]);
    }
    const otherRoom = (await otherOwner.post('/api/rooms', { name: 'Theirs', capacity: 5 })).json();
    const room = await intake.post('/api/cohorts', cohortBody({ roomId: otherRoom.id }));
    expect(expectProblem(room, 400).errors![0]!.field).toBe('roomId');
    const date = await intake.post('/api/cohorts', cohortBody({ startDate: '2030-13-01' }));
    expect(expectProblem(date, 400).errors![0]!.field).toBe('startDate');
    expectProblem(await facilitator.post('/api/cohorts', cohortBody()), 403);
  });

  it('enforces capacity; a withdrawal frees the place', async () => {
    const c = (await intake.post('/api/cohorts', cohortBody({ name: 'Small', capacity: 2 }))).json();
    const enroll = async () =>
      intake.post('/api/enrollments', {
        clientId: await newClientId(intake),
        programId: retreat,
        cohortId: c.id,
      });
    const first = await enroll();
    expect(first.statusCode, first.body).toBe(201);
    expect((await enroll()).statusCode).toBe(201);
    const full = await enroll();
    const p = expectProblem(full, 409);
    expect(p.detail).toContain('full');
    expect(p).toMatchObject({ capacity: 2, enrolled: 2 });
    const list = (await intake.get(`/api/cohorts?programId=${retreat}`)).json().items;
    expect(list.find((x: { id: string }) => x.id === c.id)).toMatchObject({ enrolled: 2, capacity: 2 });

    const w = await intake.post(`/api/enrollments/${first.json().id}/transitions`, {
      to: 'withdrawn',
      reason: 'Moved abroad',
      version: first.json().version,
    });
    expect(w.statusCode, w.body).toBe(200);
    expect((await enroll()).statusCode).toBe(201);
    // Capacity cannot drop below the places taken.
    const detail = (await intake.get(`/api/cohorts/${c.id}`)).json();
    const shrink = await intake.put(`/api/cohorts/${c.id}`, {
      version: detail.version,
      name: detail.name,
      location: null,
      roomId: null,
      capacity: 1,
      facilitatorIds: [ids.facilitator],
    });
    expectProblem(shrink, 409);
  });

  it('shows the roster with names, audited with the client ids', async () => {
    const c = (await intake.post('/api/cohorts', cohortBody({ name: 'Roster' }))).json();
    const clientId = await newClientId(intake, {
      givenName: 'Rosa',
      preferredName: 'Ro',
      familyName: 'Ster',
    });
    const e = (
      await intake.post('/api/enrollments', { clientId, programId: retreat, cohortId: c.id })
    ).json();
    const res = await facilitator.get(`/api/cohorts/${c.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().roster).toEqual([
      { enrollmentId: e.id, clientId, name: 'Ro Ster', arm: null, status: 'referred' },
    ]);
    const audit = (await owner.get(`/api/audit?action=cohort.view&entityId=${c.id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ clientIds: [clientId] });
  });

  it('edits with a version: a new room and facilitators move to the future group sessions', async () => {
    const c = (await intake.post('/api/cohorts', cohortBody({ name: 'Editable' }))).json();
    const room = (await intake.post('/api/rooms', { name: 'Quiet room', capacity: 6 })).json();
    const before = await storedSessions(server, { cohortId: c.id });
    const res = await intake.put(`/api/cohorts/${c.id}`, {
      version: 1,
      name: 'Edited',
      location: 'Barn',
      roomId: room.id,
      capacity: 6,
      facilitatorIds: [ids.clinician],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, name: 'Edited', location: 'Barn', capacity: 6 });
    expect(res.json().facilitators).toEqual([{ id: ids.clinician, name: expect.any(String) }]);
    const after = await storedSessions(server, { cohortId: c.id });
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(after.every((s) => s.roomId === room.id && s.facilitatorIds.join() === ids.clinician)).toBe(true);
    const versions = await server.ctx.db.kysely
      .selectFrom('program_sessions')
      .select('version')
      .where('cohort_id', '=', c.id)
      .execute();
    expect(versions.every((v) => v.version === 2)).toBe(true);

    const stale = await intake.put(`/api/cohorts/${c.id}`, {
      version: 1,
      name: 'Stale',
      location: null,
      roomId: null,
      capacity: 6,
      facilitatorIds: [],
    });
    expect(expectProblem(stale, 409).current).toMatchObject({ version: 2, name: 'Edited' });
    const audit = (await owner.get(`/api/audit?action=cohort.update&entityId=${c.id}`)).json().items;
    expect(audit[0].details).toEqual({
      fields: ['name', 'location', 'roomId', 'capacity', 'facilitatorIds'],
      version: 2,
      sessionsUpdated: 5,
    });
  });

  it("answers 404 for another organization's cohort; cohorts of another program are refused", async () => {
    const c = (await intake.post('/api/cohorts', cohortBody({ name: 'Private' }))).json();
    expectProblem(await otherOwner.get(`/api/cohorts/${c.id}`), 404);
    expectProblem(
      await otherOwner.put(`/api/cohorts/${c.id}`, {
        version: 1,
        name: 'x',
        location: null,
        roomId: null,
        capacity: 1,
        facilitatorIds: [],
      }),
      404,
    );
    expect((await otherOwner.get('/api/cohorts')).json().items).toEqual([]);
    expectProblem(await otherOwner.post('/api/cohorts', { ...cohortBody(), facilitatorIds: [] }), 404);
    const otherRetreat = (await programFromTemplate(owner, 'group-kap-robison-2022')).id;
    const res = await intake.post('/api/enrollments', {
      clientId: await newClientId(intake),
      programId: otherRetreat,
      cohortId: c.id,
    });
    expect(expectProblem(res, 400).errors![0]!.field).toBe('cohortId');
  });
});
