import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  attendedSessions,
  newClientId,
  programFromTemplate,
  storedSessions,
  userIdOf,
} from '../support/program-fixtures.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';
const DAY = 86_400_000;
/** A UTC calendar date `days` from today. */
const dateFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

describe.each(DATABASES)('enrollments on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let researcher: Agent;
  let otherOwner: Agent;
  let yermus: string;
  let retreat: string;
  let pain: string;
  let facilitatorId: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Enrollment Clinic');
    other = await server.createOrg('Elsewhere');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    researcher = await server.as(org.users.researcher);
    otherOwner = await server.as(other.users.owner);
    facilitatorId = await userIdOf(server, org.users.facilitator);
    yermus = (await programFromTemplate(owner, 'kap-yermus-2023')).id;
    retreat = (await programFromTemplate(owner, 'psilocybin-retreat')).id;
    pain = (await programFromTemplate(owner, 'kap-chronic-pain-batievsky-2023')).id;
  });
  afterAll(() => server.close());

  const enroll = async (body: Record<string, unknown>, agent = intake) =>
    agent.post('/api/enrollments', { clientId: await newClientId(intake), ...body });

  it('refers a client: status referred, the first event, audited', async () => {
    const clientId = await newClientId(intake, { givenName: 'Rita' });
    const res = await intake.post('/api/enrollments', {
      clientId,
      programId: yermus,
      startDate: '2030-02-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({
      client: { id: clientId, name: 'Rita Client' },
      program: { id: yermus },
      programVersion: 1,
      cohort: null,
      arm: null,
      startDate: '2030-02-04',
      status: 'referred',
      statusReason: null,
      version: 1,
      screenings: [],
      consents: [],
      clearance: { cleared: false },
    });
    expect(e.events).toEqual([
      {
        from: null,
        to: 'referred',
        reason: null,
        at: e.statusChangedAt,
        by: expect.objectContaining({ name: expect.any(String) }),
      },
    ]);
    expect(e.clearance.reasons.length).toBeGreaterThan(0);
    const audit = (await owner.get(`/api/audit?entityType=enrollment&entityId=${e.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['enrollment.create']);
    expect(audit[0].details).toMatchObject({
      clientId,
      programId: yermus,
      to: 'referred',
      personalSessions: 10,
    });
  });

  it('checks what the program needs: start date or cohort, and an arm when it has arms', async () => {
    const field = async (body: Record<string, unknown>) =>
      expectProblem(await enroll(body), 400).errors![0]!.field;
    expect(await field({ programId: yermus })).toBe('startDate');
    expect(await field({ programId: yermus, startDate: '2030-02-31' })).toBe('startDate');
    expect(await field({ programId: yermus, startDate: '2030-02-04', cohortId: MISSING })).toBe('cohortId');
    expect(await field({ programId: retreat })).toBe('cohortId');
    expect(await field({ programId: retreat, cohortId: MISSING })).toBe('cohortId');
    expect(await field({ programId: pain, startDate: '2030-02-04' })).toBe('arm');
    expect(await field({ programId: pain, startDate: '2030-02-04', arm: 'placebo' })).toBe('arm');
    expect(await field({ programId: yermus, startDate: '2030-02-04', arm: 'psychedelic' })).toBe('arm');
    const cohort = (
      await intake.post('/api/cohorts', {
        programId: retreat,
        name: 'Dates',
        startDate: '2030-06-10',
        capacity: 4,
        facilitatorIds: [],
      })
    ).json();
    expect(await field({ programId: retreat, cohortId: cohort.id, startDate: '2030-06-11' })).toBe(
      'startDate',
    );
    expect(
      (await enroll({ programId: retreat, cohortId: cohort.id, startDate: '2030-06-10' })).statusCode,
    ).toBe(201);
    expectProblem(await enroll({ programId: MISSING, startDate: '2030-02-04' }), 404);
  });

  it('schedules only the sessions of the arm', async () => {
    const res = await enroll({ programId: pain, startDate: '2030-02-04', arm: 'psycholytic' });
    expect(res.statusCode, res.body).toBe(201);
    const sessions = await storedSessions(server, { enrollmentId: res.json().id });
    expect(sessions.length).toBeGreaterThan(0);
    expect(new Set(sessions.map((s) => s.planKey))).toEqual(new Set(['psycholytic-session']));
  });

  it("refuses a second open enrollment in the same program, another organization's client and an archived one", async () => {
    const clientId = await newClientId(intake);
    const first = await intake.post('/api/enrollments', {
      clientId,
      programId: yermus,
      startDate: '2030-02-04',
    });
    const dup = await intake.post('/api/enrollments', {
      clientId,
      programId: yermus,
      startDate: '2030-05-04',
    });
    expect(expectProblem(dup, 409).detail).toContain('already enrolled');
    await intake.post(`/api/enrollments/${first.json().id}/transitions`, {
      to: 'withdrawn',
      reason: 'Chose another clinic',
      version: 1,
    });
    expect(
      (await intake.post('/api/enrollments', { clientId, programId: yermus, startDate: '2030-05-04' }))
        .statusCode,
    ).toBe(201);

    const theirs = (
      await otherOwner.post('/api/clients', {
        givenName: 'T',
        familyName: 'Theirs',
        dateOfBirth: '1970-01-01',
        sexAtBirth: 'male',
      })
    ).json();
    expectProblem(
      await intake.post('/api/enrollments', {
        clientId: theirs.id,
        programId: yermus,
        startDate: '2030-02-04',
      }),
      404,
    );
    const archived = (
      await owner.post('/api/clients', {
        givenName: 'A',
        familyName: 'Archived',
        dateOfBirth: '1970-01-01',
        sexAtBirth: 'male',
      })
    ).json();
    await owner.post(`/api/clients/${archived.id}/archive`, { version: 1 });
    expectProblem(
      await intake.post('/api/enrollments', {
        clientId: archived.id,
        programId: yermus,
        startDate: '2030-02-04',
      }),
      409,
    );
  });

  it('moves through the manual transitions, each an event and an audit entry with from and to (the reason text stays out of the audit)', async () => {
    const e = (await enroll({ programId: yermus, startDate: '2030-02-04' })).json();
    const moved = await intake.post(`/api/enrollments/${e.id}/transitions`, {
      to: 'screening',
      reason: 'Intake call booked',
      version: 1,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      status: 'screening',
      statusReason: 'Intake call booked',
      version: 2,
    });
    expect(moved.json().events.map((v: { from: string | null; to: string }) => [v.from, v.to])).toEqual([
      [null, 'referred'],
      ['referred', 'screening'],
    ]);
    const audit = (await owner.get(`/api/audit?action=enrollment.transition&entityId=${e.id}`)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({
      from: 'referred',
      to: 'screening',
      reason: null,
      fields: ['statusReason'],
      version: 2,
    });
    // Free text stays out of the append-only audit trail (it may name the client; erasure could not remove it).
    expect(JSON.stringify(audit[0].details)).not.toContain('Intake call booked');
  });

  it('refuses illegal transitions through the API and says which action to use', async () => {
    const e = (await enroll({ programId: yermus, startDate: '2030-02-04' })).json();
    const to = (status: string, version = 1, reason?: string) =>
      intake.post(`/api/enrollments/${e.id}/transitions`, {
        to: status,
        version,
        ...(reason ? { reason } : {}),
      });
    expect(expectProblem(await to('active'), 409).detail).toMatch(/cannot move from referred to active/);
    expect(expectProblem(await to('completed'), 409).detail).toMatch(/referred to completed/);
    expect(expectProblem(await to('referred'), 409).detail).toMatch(/referred already/);
    await to('screening');
    expect(expectProblem(await to('eligible', 2), 409).detail).toMatch(/screening decision/);
    expect(expectProblem(await to('ineligible', 2), 409).detail).toMatch(/screening decision/);
    // Stale version: 409 with the current enrollment.
    expect(expectProblem(await to('withdrawn', 1, 'x'), 409).current).toMatchObject({
      status: 'screening',
      version: 2,
    });
    // Withdrawing needs a reason.
    const noReason = await to('withdrawn', 2);
    expect(expectProblem(noReason, 400).errors![0]!.field).toBe('reason');
    expect((await to('withdrawn', 2, 'Declined')).statusCode).toBe(200);
    expect(expectProblem(await to('screening', 3), 409).detail).toMatch(/withdrawn to screening/);
    expect((await intake.get(`/api/enrollments/${e.id}`)).json()).toMatchObject({
      status: 'withdrawn',
      version: 3,
    });
    // Only enrollment.manage may move an enrollment.
    expectProblem(
      await facilitator.post(`/api/enrollments/${e.id}/transitions`, { to: 'screening', version: 3 }),
      403,
    );
  });

  it('withdrawal cancels the future personal sessions and leaves the future group sessions', async () => {
    // A cohort that started three days ago: its preparation and retreat days are past.
    const cohort = (
      await intake.post('/api/cohorts', {
        programId: retreat,
        name: 'Running',
        startDate: dateFromToday(-3),
        capacity: 4,
        facilitatorIds: [facilitatorId],
      })
    ).json();
    const stay = (await enroll({ programId: retreat, cohortId: cohort.id })).json();
    const leave = (await enroll({ programId: retreat, cohortId: cohort.id })).json();
    const before = await attendedSessions(server, leave.id);
    const now = Date.now();
    const futurePersonal = before.filter((s) => s.kind === 'personal' && Date.parse(s.startsAt) > now);
    const futureGroup = before.filter((s) => s.kind === 'group' && Date.parse(s.startsAt) > now);
    expect(futurePersonal.length).toBeGreaterThan(0);
    expect(futureGroup.length).toBeGreaterThan(0);
    expect(before.length - futurePersonal.length - futureGroup.length).toBeGreaterThan(0);

    const res = await intake.post(`/api/enrollments/${leave.id}/transitions`, {
      to: 'withdrawn',
      reason: 'Family emergency',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    const personal = await storedSessions(server, { enrollmentId: leave.id });
    for (const s of personal) {
      const future = Date.parse(s.startsAt) > now;
      expect(s.status, `${s.planKey} ${s.startsAt}`).toBe(future ? 'cancelled' : 'scheduled');
    }
    const after = await attendedSessions(server, leave.id);
    const groupAfter = after.filter((s) => s.kind === 'group').map((s) => s.id);
    for (const s of futureGroup) expect(groupAfter).not.toContain(s.id);
    expect(groupAfter.length).toBe(before.filter((s) => s.kind === 'group').length - futureGroup.length);
    // The other client keeps every session.
    expect((await attendedSessions(server, stay.id)).length).toBe(before.length);
    expect(
      (await storedSessions(server, { cohortId: cohort.id })).every((s) => s.status === 'scheduled'),
    ).toBe(true);
    const audit = (
      await owner.get(`/api/audit?action=enrollment.withdraw-sessions&entityId=${leave.id}`)
    ).json().items;
    expect(audit[0].details).toMatchObject({
      cancelledPersonalSessions: futurePersonal.length,
      leftGroupSessions: futureGroup.length,
    });
  });

  it('lists with filters and audits the list and every detail view', async () => {
    const clientId = await newClientId(intake, { givenName: 'Listed' });
    const e = (
      await intake.post('/api/enrollments', { clientId, programId: yermus, startDate: '2030-02-04' })
    ).json();
    const list = await facilitator.get(`/api/enrollments?clientId=${clientId}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      {
        id: e.id,
        client: { id: clientId, name: 'Listed Client' },
        program: { id: yermus, name: e.program.name },
        programVersion: 1,
        cohort: null,
        arm: null,
        condition: null,
        startDate: '2030-02-04',
        status: 'referred',
        statusChangedAt: e.statusChangedAt,
      },
    ]);
    const byStatus = (await intake.get(`/api/enrollments?programId=${yermus}&status=referred`)).json().items;
    expect(byStatus.map((i: { id: string }) => i.id)).toContain(e.id);
    expect(byStatus.every((i: { status: string }) => i.status === 'referred')).toBe(true);
    await facilitator.get(`/api/enrollments/${e.id}`);
    // Newest first: the status list, then the client's list.
    const [byStatusAudit, listed] = (await owner.get('/api/audit?action=enrollment.list&limit=2')).json()
      .items;
    expect(listed.details).toMatchObject({ clientId, clientIds: [clientId] });
    expect(byStatusAudit.details).toMatchObject({ programId: yermus, status: 'referred' });
    expect(byStatusAudit.details.clientIds).toContain(clientId);
    const viewed = (await owner.get(`/api/audit?action=enrollment.view&entityId=${e.id}`)).json().items;
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({ actorLabel: org.users.facilitator, details: { clientId } });
    expectProblem(await researcher.get(`/api/enrollments/${e.id}`), 403);
  });

  it("answers 404 for another organization's enrollment on every route", async () => {
    const e = (await enroll({ programId: yermus, startDate: '2030-02-04' })).json();
    for (const res of [
      await otherOwner.get(`/api/enrollments/${e.id}`),
      await otherOwner.get(`/api/enrollments/${MISSING}`),
      await otherOwner.post(`/api/enrollments/${e.id}/transitions`, { to: 'screening', version: 1 }),
      await otherOwner.post(`/api/enrollments/${e.id}/screenings`, {
        answers: {},
        medications: [],
        vitals: {},
      }),
      await otherOwner.post(`/api/enrollments/${e.id}/screenings/${MISSING}/decision`, {
        decision: 'ineligible',
        rationale: 'x',
      }),
      await otherOwner.post(`/api/enrollments/${e.id}/consents`, {
        documentVersion: 1,
        signedAt: new Date().toISOString(),
        method: 'in-person signature',
      }),
    ]) {
      expectProblem(res, 404, 'not-found');
    }
    expect((await otherOwner.get('/api/enrollments')).json().items).toEqual([]);
    expect((await intake.get(`/api/enrollments/${e.id}`)).json().status).toBe('referred');
  });
});
