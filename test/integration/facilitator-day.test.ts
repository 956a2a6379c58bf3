/**
 * Journey 3 on the server (issue 15): personal sessions get only their enrollment's facilitator
 * (set, changed and audited), so conflicts are real ones and the sessions are on that person's
 * calendar; a group note reaches only the clients who attended; enrollment status moves by itself
 * (attendance, the scheduler), idempotently, audited as the system.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../src/server/scheduler.ts';
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
import {
  addMinutes,
  dayAt,
  type SeededProgram,
  seedEnrolledClient,
  seedProgram,
  seedSession,
} from '../support/programs-fixtures.ts';

interface Audit {
  action: string;
  actorLabel: string;
  actorUserId: string | null;
  details: Record<string, unknown>;
}

describe.each(DATABASES)('a facilitator’s day on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let ids: { facilitator: string; clinician: string; researcher: string };
  let retreat: string;
  let yermus: string;

  const db = () => server.ctx.db.kysely;
  const audit = async (query: string) =>
    (await owner.get(`/api/audit?${query}&limit=50`)).json().items as Audit[];
  /** Status and history straight from the database (seeded screenings lack what the API's schema needs). */
  const enrollment = async (id: string) => {
    const e = await db()
      .selectFrom('enrollments')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const events = await db()
      .selectFrom('enrollment_events')
      .select(['from_status as from', 'to_status as to', 'reason', 'user_id as by'])
      .where('enrollment_id', '=', id)
      .orderBy('at')
      .orderBy('to_status')
      .execute();
    return { status: e.status, events };
  };
  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Day Clinic');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    ids = {
      facilitator: await userIdOf(server, org.users.facilitator),
      clinician: await userIdOf(server, org.users.clinician),
      researcher: await userIdOf(server, org.users.researcher),
    };
    retreat = (await programFromTemplate(owner, 'psilocybin-retreat')).id;
    yermus = (await programFromTemplate(owner, 'kap-yermus-2023')).id;
  });
  afterAll(() => server.close());

  describe('facilitators of personal sessions', () => {
    let cohortId: string;
    const enroll = async (body: Record<string, unknown>) =>
      intake.post('/api/enrollments', {
        clientId: await newClientId(intake),
        programId: retreat,
        cohortId,
        ...body,
      });

    beforeAll(async () => {
      const res = await intake.post('/api/cohorts', {
        programId: retreat,
        name: 'Spring retreat',
        startDate: '2030-05-14',
        capacity: 12,
        facilitatorIds: [ids.facilitator, ids.clinician],
      });
      expect(res.statusCode, res.body).toBe(201);
      cohortId = res.json().id;
    });

    it('no longer puts the cohort’s facilitators on personal sessions: no false conflicts', async () => {
      const a = (await enroll({})).json();
      const b = (await enroll({})).json();
      expect(a.facilitator).toBeNull();
      for (const e of [a, b]) {
        const sessions = await attendedSessions(server, e.id);
        for (const s of sessions.filter((x) => x.kind === 'personal')) expect(s.facilitatorIds).toEqual([]);
        for (const s of sessions.filter((x) => x.kind === 'group'))
          expect(s.facilitatorIds).toEqual([ids.clinician, ids.facilitator].sort());
      }
      const personal = (await storedSessions(server, { enrollmentId: a.id }))[0]!;
      const seen = (await owner.get(`/api/sessions/${personal.id}`)).json();
      expect(seen.conflicts.filter((c: { kind: string }) => c.kind === 'facilitator-double-booked')).toEqual(
        [],
      );
    });

    it('gives personal sessions the enrollment’s facilitator, and refuses a real double booking', async () => {
      const a = await enroll({ facilitatorId: ids.facilitator });
      expect(a.statusCode, a.body).toBe(201);
      expect(a.json().facilitator).toEqual({ id: ids.facilitator, name: expect.any(String) });
      const personal = await storedSessions(server, { enrollmentId: a.json().id });
      expect(personal.length).toBeGreaterThan(0);
      for (const s of personal) expect(s.facilitatorIds).toEqual([ids.facilitator]);

      // The retreat's personal sessions of one cohort are at the same hour: the same facilitator twice clashes.
      const b = await enroll({ facilitatorId: ids.facilitator });
      const problem = expectProblem(b, 409);
      expect(problem.conflicts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'facilitator-double-booked', userId: ids.facilitator }),
        ]),
      );
      // Nothing was half written: no second enrollment with sessions for that client.
      expect((await enroll({ facilitatorId: ids.clinician })).statusCode).toBe(201);
    });

    it('sets and changes the default with session.schedule, moving future sessions, audited', async () => {
      const e = (await enroll({})).json();
      expectProblem(
        await facilitator.put(`/api/enrollments/${e.id}/facilitator`, {
          userId: ids.facilitator,
          version: e.version,
        }),
        403,
      );
      const bad = expectProblem(
        await intake.put(`/api/enrollments/${e.id}/facilitator`, {
          userId: ids.researcher,
          version: e.version,
        }),
        400,
      );
      expect(bad.errors).toEqual([expect.objectContaining({ field: 'userId' })]);
      expectProblem(
        await intake.put(`/api/enrollments/${e.id}/facilitator`, { userId: 'x', version: 1 }),
        400,
      );

      // The clinician runs another client's personal sessions at that hour already (previous test).
      expectProblem(
        await intake.put(`/api/enrollments/${e.id}/facilitator`, {
          userId: ids.clinician,
          version: e.version,
        }),
        409,
      );
      const set = await intake.put(`/api/enrollments/${e.id}/facilitator`, {
        userId: ids.facilitator,
        version: e.version,
      });
      // The facilitator also has a client at that hour (previous test): refused too.
      expect(set.statusCode).toBe(409);

      // A client enrolled on its own schedule: the default moves every future personal session.
      const solo = (
        await intake.post('/api/enrollments', {
          clientId: await newClientId(intake),
          programId: yermus,
          startDate: '2030-02-04',
        })
      ).json();
      const res = await intake.put(`/api/enrollments/${solo.id}/facilitator`, {
        userId: ids.facilitator,
        version: solo.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ facilitator: { id: ids.facilitator }, version: solo.version + 1 });
      const sessions = await storedSessions(server, { enrollmentId: solo.id });
      for (const s of sessions) expect(s.facilitatorIds).toEqual([ids.facilitator]);
      // They are on the facilitator's calendar (the filter Today uses).
      const listed = await facilitator.get(
        `/api/sessions?from=${encodeURIComponent(sessions[0]!.startsAt)}&to=${encodeURIComponent(addMinutes(sessions[0]!.startsAt, 60))}&facilitatorId=${ids.facilitator}`,
      );
      expect(listed.json().items.map((s: { id: string }) => s.id)).toContain(sessions[0]!.id);

      // A session given someone else by hand keeps them when the default changes.
      const first = (await owner.get(`/api/sessions/${sessions[0]!.id}`)).json();
      const manual = await intake.put(`/api/sessions/${first.id}/facilitators`, {
        userIds: [ids.clinician],
        version: first.version,
      });
      expect(manual.statusCode, manual.body).toBe(200);
      const cleared = await intake.put(`/api/enrollments/${solo.id}/facilitator`, {
        userId: null,
        version: solo.version + 1,
      });
      expect(cleared.statusCode, cleared.body).toBe(200);
      const after = await storedSessions(server, { enrollmentId: solo.id });
      expect(after[0]!.facilitatorIds).toEqual([ids.clinician]);
      for (const s of after.slice(1)) expect(s.facilitatorIds).toEqual([]);

      const trail = await audit(`action=enrollment.facilitator&entityId=${solo.id}`);
      expect(trail.map((t) => t.details)).toEqual([
        expect.objectContaining({
          from: ids.facilitator,
          to: null,
          sessionIds: after.slice(1).map((s) => s.id),
        }),
        expect.objectContaining({ from: null, to: ids.facilitator, sessionIds: sessions.map((s) => s.id) }),
      ]);
      // A stale version is refused.
      expectProblem(
        await intake.put(`/api/enrollments/${solo.id}/facilitator`, { userId: null, version: solo.version }),
        409,
      );
    });
  });

  describe('a group day: the shared note and status by attendance', () => {
    let program: SeededProgram;
    let clients: Array<{ clientId: string; enrollmentId: string }>;
    let circle: string;

    beforeAll(async () => {
      program = await seedProgram(db(), org.id);
      clients = [];
      for (const name of ['Ada', 'Bea', 'Cyd'])
        clients.push(
          await seedEnrolledClient(db(), org.id, program, { startDate: dayAt(0, 0).slice(0, 10), name }),
        );
      // Started ten minutes ago (attendance is recorded once a session has started), but today in
      // the organization's zone (UTC here): a circle from yesterday would make every client active.
      const midnight = new Date().setUTCHours(0, 0, 1, 0);
      const startsAt = new Date(Math.max(Date.now() - 10 * 60_000, midnight)).toISOString();
      circle = await seedSession(db(), org.id, {
        programId: program.programId,
        name: 'Preparation circle',
        kind: 'group',
        startsAt,
        endsAt: addMinutes(startsAt, 120),
        facilitatorIds: [ids.facilitator],
        attendees: clients,
      });
      // A later session keeps the enrollments from completing at once.
      for (const c of clients)
        await seedSession(db(), org.id, {
          programId: program.programId,
          enrollmentId: c.enrollmentId,
          name: 'Integration',
          phase: 'integration',
          startsAt: dayAt(30, 10),
          endsAt: dayAt(30, 11),
          attendees: [c],
        });
    });

    it('attending moves a consented enrollment to active at once, audited as the system; idempotent', async () => {
      const [ada, bea] = clients as [(typeof clients)[0], (typeof clients)[0]];
      const put = (enrollmentId: string, attendance: string) =>
        facilitator.put(`/api/sessions/${circle}/attendance`, { enrollmentId, attendance });
      expect((await put(ada.enrollmentId, 'attended')).statusCode).toBe(200);
      expect((await put(bea.enrollmentId, 'absent')).statusCode).toBe(200);
      const a = await enrollment(ada.enrollmentId);
      expect(a.status).toBe('active');
      expect(a.events.at(-1)).toMatchObject({
        from: 'consented',
        to: 'active',
        reason: 'The client attended a session.',
        by: null,
      });
      expect((await enrollment(bea.enrollmentId)).status).toBe('consented');
      const trail = await audit(`action=enrollment.transition&entityId=${ada.enrollmentId}`);
      expect(trail[0]).toMatchObject({
        actorUserId: null,
        actorLabel: 'Threshold (automatic enrollment status)',
        details: { from: 'consented', to: 'active', automatic: true },
      });
      expect((await put(ada.enrollmentId, 'attended')).statusCode).toBe(200);
      expect((await enrollment(ada.enrollmentId)).events).toHaveLength(a.events.length);
    });

    it('the shared note lands only in the records of those who attended', async () => {
      const detail = (await facilitator.get(`/api/sessions/${circle}`)).json();
      const res = await facilitator.put(`/api/sessions/${circle}/note`, {
        note: 'Grounding exercise; everyone shared an intention.',
        version: detail.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      const noteIn = async (clientId: string) => {
        const t = (await facilitator.get(`/api/clients/${clientId}/timeline`)).json();
        return t.enrollments[0].sessions.find((s: { id: string }) => s.id === circle).note;
      };
      expect(await noteIn(clients[0]!.clientId)).toBe('Grounding exercise; everyone shared an intention.');
      expect(await noteIn(clients[1]!.clientId)).toBeNull(); // absent
      expect(await noteIn(clients[2]!.clientId)).toBeNull(); // not recorded
    });
  });

  describe('status by the clock (the scheduler)', () => {
    it('activates when the first session day passed, completes after the follow-up window; idempotent', async () => {
      const program = await seedProgram(db(), org.id);
      const seed = async (name: string, status: 'consented' | 'active', lastSessionDaysAgo: number) => {
        const c = await seedEnrolledClient(db(), org.id, program, {
          startDate: dayAt(-lastSessionDaysAgo - 2, 0).slice(0, 10),
          status,
          name,
        });
        await seedSession(db(), org.id, {
          programId: program.programId,
          enrollmentId: c.enrollmentId,
          planKey: 'dosing',
          name: 'Dosing day',
          phase: 'immersion',
          dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
          startsAt: dayAt(-lastSessionDaysAgo, 9),
          endsAt: dayAt(-lastSessionDaysAgo, 12),
          attendees: [c],
        });
        return c.enrollmentId;
      };
      const started = await seed('Started', 'consented', 2);
      const over = await seed('Over', 'active', 40);
      // Its "+1 week after dosing" window (2 days later: +7 days, 3 days after) is still open.
      const waiting = await seed('Waiting', 'active', 2);
      const notYet = await seed('Future', 'consented', -3);

      const run = await runScheduledWork(server.ctx, null, new Date(), { enrollmentStatuses: true });
      expect(run.statuses).toBeGreaterThanOrEqual(2);
      expect((await enrollment(started)).status).toBe('active');
      expect((await enrollment(over)).status).toBe('completed');
      expect((await enrollment(waiting)).status).toBe('active');
      expect((await enrollment(notYet)).status).toBe('consented');
      expect((await enrollment(over)).events.at(-1)).toMatchObject({
        to: 'completed',
        reason: 'The last session is over and every planned questionnaire window has closed.',
        by: null,
      });
      const again = await runScheduledWork(server.ctx, null, new Date(), { enrollmentStatuses: true });
      expect(again.statuses).toBe(0);

      // Later, once the window has closed, the waiting one completes too.
      const later = await runScheduledWork(server.ctx, null, new Date(Date.now() + 20 * 86_400_000), {
        enrollmentStatuses: true,
      });
      expect(later.statuses).toBeGreaterThanOrEqual(1);
      expect((await enrollment(waiting)).status).toBe('completed');
    });
  });
});
