/**
 * The session calendar: listing and filters (attendee names audited), today's sessions, one session
 * by role, extra personal sessions, rescheduling and cancelling with reasons (audited from → to),
 * double bookings refused with the conflicts, a room over capacity flagged, facilitators,
 * attendance per attendee and the session note.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../../src/server/auth/users.repository.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  addMinutes,
  dayAt,
  type SeededProgram,
  seedCohort,
  seedEnrolledClient,
  seedProgram,
  seedRoom,
  seedSession,
} from '../support/programs-fixtures.ts';

interface Conflict {
  kind: string;
  message: string;
  otherSessionId: string | null;
  userId?: string;
  clientId?: string;
}
interface Session {
  id: string;
  name: string;
  startsAt: string;
  endsAt: string;
  status: string;
  statusReason: string | null;
  dosing: boolean;
  program: { id: string; name: string };
  cohort: { id: string; name: string } | null;
  room: { id: string; name: string; capacity: number } | null;
  facilitators: Array<{ id: string; name: string }>;
  attendees: Array<{
    enrollmentId: string;
    clientId: string;
    name: string;
    booking: string;
    attendance: string | null;
  }>;
  conflicts: Conflict[];
  version?: number;
  note?: string | null;
  dosingRecords?: unknown[];
}

const DOSE = { substance: 'psilocybin', route: 'oral', mgPerKg: null };

describe.each(DATABASES)('sessions on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let ids: { facilitator: string; clinician: string; intake: string; owner: string };
  let program: SeededProgram;
  let cohortId: string;
  let smallRoom: string;
  let bigRoom: string;
  let clients: Array<{ clientId: string; enrollmentId: string }>;
  let groupDosing: string;

  const db = () => server.ctx.db.kysely;
  const uid = async (email: string) => (await findUserByEmail(db(), email))!.id;
  const session = async (id: string) => {
    const res = await owner.get(`/api/sessions/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Session;
  };
  const audit = async (entityId: string) =>
    (await owner.get(`/api/audit?entityId=${entityId}&limit=50`)).json().items as Array<{
      action: string;
      details: Record<string, unknown>;
    }>;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Session Clinic');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    ids = {
      facilitator: await uid(org.users.facilitator),
      clinician: await uid(org.users.clinician),
      intake: await uid(org.users.intake),
      owner: await uid(org.users.owner),
    };
    program = await seedProgram(db(), org.id);
    smallRoom = await seedRoom(db(), org.id, { name: 'Small room', capacity: 2 });
    bigRoom = await seedRoom(db(), org.id, { name: 'Big room', capacity: 20 });
    cohortId = await seedCohort(db(), org.id, {
      programId: program.programId,
      startDate: dayAt(1, 0).slice(0, 10),
      roomId: smallRoom,
      facilitatorIds: [ids.facilitator, ids.clinician],
    });
    clients = [];
    for (const name of ['Ada', 'Bea', 'Cyd'])
      clients.push(
        await seedEnrolledClient(db(), org.id, program, {
          cohortId,
          startDate: dayAt(1, 0).slice(0, 10),
          name,
        }),
      );
    groupDosing = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      planKey: 'dosing',
      name: 'Dosing day',
      phase: 'immersion',
      kind: 'group',
      dosing: DOSE as never,
      startsAt: dayAt(1, 9),
      endsAt: dayAt(1, 17),
      roomId: smallRoom,
      facilitatorIds: [ids.facilitator, ids.clinician],
      attendees: clients.map((c) => ({ ...c, booking: 'booked' as const })),
    });
  });
  afterAll(() => server.close());

  describe('listing', () => {
    it('lists sessions overlapping a range with program, cohort, room, facilitators and attendees', async () => {
      const res = await intake.get(
        `/api/sessions?from=${encodeURIComponent(dayAt(1, 0))}&to=${encodeURIComponent(dayAt(2, 0))}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const s = (res.json().items as Session[]).find((x) => x.id === groupDosing)!;
      expect(s).toMatchObject({
        name: 'Dosing day',
        phase: 'immersion',
        kind: 'group',
        dosing: true,
        status: 'scheduled',
        statusReason: null,
        program: { id: program.programId, name: 'Test psilocybin retreat' },
        cohort: { id: cohortId, name: 'Spring cohort' },
        room: { id: smallRoom, name: 'Small room', capacity: 2 },
      });
      expect(s.facilitators.map((f) => f.id).sort()).toEqual([ids.facilitator, ids.clinician].sort());
      expect(s.attendees.map((a) => a.name)).toEqual(['Ada Client', 'Bea Client', 'Cyd Client']);
      expect(s.attendees.every((a) => a.booking === 'booked' && a.attendance === null)).toBe(true);
      // The list of a session with attendees is a read of clients: audited with the client ids.
      const events = (await owner.get('/api/audit?action=session.list&limit=5')).json().items;
      expect(events[0].details.clientIds).toEqual(expect.arrayContaining(clients.map((c) => c.clientId)));
    });

    it('flags a room over capacity in the read model (three attendees, room for two)', async () => {
      const s = await session(groupDosing);
      expect(s.conflicts.map((c) => c.kind)).toContain('room-over-capacity');
    });

    it('filters by facilitator, client, room and cohort', async () => {
      const range = `from=${encodeURIComponent(dayAt(0, 0))}&to=${encodeURIComponent(dayAt(7, 0))}`;
      const idsOf = async (q: string) => {
        const res = await owner.get(`/api/sessions?${range}&${q}`);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().items as Session[]).map((s) => s.id);
      };
      expect(await idsOf(`facilitatorId=${ids.facilitator}`)).toContain(groupDosing);
      expect(await idsOf(`facilitatorId=${ids.intake}`)).not.toContain(groupDosing);
      expect(await idsOf(`clientId=${clients[0]!.clientId}`)).toContain(groupDosing);
      expect(await idsOf(`clientId=${randomUUID()}`)).toEqual([]);
      expect(await idsOf(`roomId=${smallRoom}`)).toContain(groupDosing);
      expect(await idsOf(`roomId=${bigRoom}`)).not.toContain(groupDosing);
      expect(await idsOf(`cohortId=${cohortId}`)).toContain(groupDosing);
    });

    it('refuses a range over 62 days, an end before the start and a time that does not exist, naming the field', async () => {
      const long = await owner.get(
        `/api/sessions?from=${encodeURIComponent(dayAt(0, 0))}&to=${encodeURIComponent(dayAt(63, 0))}`,
      );
      expect(expectProblem(long, 400).errors?.map((e) => e.field)).toEqual(['to']);
      const backwards = await owner.get(
        `/api/sessions?from=${encodeURIComponent(dayAt(2, 0))}&to=${encodeURIComponent(dayAt(1, 0))}`,
      );
      expect(expectProblem(backwards, 400).errors?.map((e) => e.field)).toEqual(['to']);
      const leap = await owner.get('/api/sessions?from=2016-12-31T23:59:60Z');
      expect(expectProblem(leap, 400).errors?.map((e) => e.field)).toEqual(['from']);
      const junk = await owner.get('/api/sessions?from=tomorrow');
      expect(expectProblem(junk, 400).errors?.map((e) => e.field)).toEqual(['from']);
    });

    it("today's sessions: the ones you facilitate, or every one with all=true", async () => {
      const today = await seedSession(db(), org.id, {
        programId: program.programId,
        name: 'Check-in',
        startsAt: dayAt(0, 0, 30),
        endsAt: dayAt(0, 1, 30),
        facilitatorIds: [ids.facilitator],
        attendees: [{ ...clients[0]!, booking: 'booked' }],
      });
      const mine = (await facilitator.get('/api/sessions/today')).json().items as Session[];
      expect(mine.map((s) => s.id)).toContain(today);
      const intakes = await intake.get('/api/sessions/today');
      expect(intakes.statusCode).toBe(200);
      expect((intakes.json().items as Session[]).map((s) => s.id)).not.toContain(today);
      const all = (await intake.get('/api/sessions/today?all=true')).json().items as Session[];
      expect(all.map((s) => s.id)).toContain(today);
      expect(all.map((s) => s.id)).not.toContain(groupDosing);
    });
  });

  describe('one session', () => {
    it('shows the note to those who run sessions, not to intake; dosing records only with dosing.read; audited', async () => {
      const byFacilitator = (await facilitator.get(`/api/sessions/${groupDosing}`)).json() as Session;
      expect(byFacilitator).toHaveProperty('note', null);
      expect(byFacilitator).toHaveProperty('dosingRecords', []);
      expect(byFacilitator.version).toBe(1);
      const byIntake = (await intake.get(`/api/sessions/${groupDosing}`)).json() as Session;
      expect(byIntake).not.toHaveProperty('note');
      expect(byIntake).not.toHaveProperty('dosingRecords');
      expect(byIntake.attendees).toHaveLength(3);
      const events = await audit(groupDosing);
      expect(events.filter((e) => e.action === 'session.view').length).toBeGreaterThanOrEqual(2);
    });

    it("answers 404 for a random id and for another organization's session alike", async () => {
      const other = await server.createOrg('Other Clinic');
      const otherOwner = await server.as(other.users.owner);
      const random = await otherOwner.get(`/api/sessions/${randomUUID()}`);
      const foreign = await otherOwner.get(`/api/sessions/${groupDosing}`);
      expectProblem(random, 404, 'not-found');
      expectProblem(foreign, 404, 'not-found');
      expect(foreign.json().detail).toBe(random.json().detail);
      const move = await otherOwner.post(`/api/sessions/${groupDosing}/cancel`, { reason: 'x', version: 1 });
      expectProblem(move, 404, 'not-found');
    });
  });

  describe('rescheduling and cancelling', () => {
    async function personal(over: {
      startsAt: string;
      endsAt: string;
      facilitatorIds?: string[];
      roomId?: string | null;
      client?: number;
    }) {
      const c = clients[over.client ?? 0]!;
      return seedSession(db(), org.id, {
        programId: program.programId,
        cohortId,
        enrollmentId: c.enrollmentId,
        name: 'Preparation',
        startsAt: over.startsAt,
        endsAt: over.endsAt,
        roomId: over.roomId ?? null,
        facilitatorIds: over.facilitatorIds ?? [],
        attendees: [{ ...c, booking: 'booked' }],
      });
    }

    it('needs a reason; a stale version is 409 with the current session', async () => {
      const id = await personal({ startsAt: dayAt(10, 9), endsAt: dayAt(10, 10) });
      const body = { startsAt: dayAt(10, 11), endsAt: dayAt(10, 12), version: 1 };
      const noReason = await intake.post(`/api/sessions/${id}/reschedule`, body);
      expect(expectProblem(noReason, 400).errors?.map((e) => e.field)).toContain('reason');
      const blank = await intake.post(`/api/sessions/${id}/reschedule`, { ...body, reason: '   ' });
      expect(expectProblem(blank, 400).errors?.map((e) => e.field)).toEqual(['reason']);
      const backwards = await intake.post(`/api/sessions/${id}/reschedule`, {
        ...body,
        endsAt: dayAt(10, 10),
        reason: 'Client asked',
      });
      expect(expectProblem(backwards, 400).errors?.map((e) => e.field)).toEqual(['endsAt']);
      const stale = await intake.post(`/api/sessions/${id}/reschedule`, { ...body, version: 7, reason: 'x' });
      expect(expectProblem(stale, 409).current).toMatchObject({ id, version: 1 });
    });

    it('moves a session and audits from → to; the reason is kept on the session', async () => {
      const id = await personal({ startsAt: dayAt(11, 9), endsAt: dayAt(11, 10) });
      const res = await intake.post(`/api/sessions/${id}/reschedule`, {
        startsAt: dayAt(11, 13),
        endsAt: dayAt(11, 14),
        reason: 'Client asked for the afternoon',
        version: 1,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        startsAt: dayAt(11, 13),
        endsAt: dayAt(11, 14),
        status: 'scheduled',
        statusReason: 'Client asked for the afternoon',
        version: 2,
      });
      const e = (await audit(id)).find((x) => x.action === 'session.reschedule')!;
      expect(e.details).toMatchObject({
        from: { startsAt: dayAt(11, 9), endsAt: dayAt(11, 10) },
        to: { startsAt: dayAt(11, 13), endsAt: dayAt(11, 14) },
      });
      expect(JSON.stringify(e.details)).not.toContain('afternoon');
    });

    it('refuses a facilitator double booking with 409 listing the conflict', async () => {
      const id = await personal({
        startsAt: dayAt(1, 18),
        endsAt: dayAt(1, 19),
        facilitatorIds: [ids.facilitator],
        client: 0,
      });
      // Moving it into the dosing day double-books the facilitator (and the client).
      const res = await intake.post(`/api/sessions/${id}/reschedule`, {
        startsAt: dayAt(1, 10),
        endsAt: dayAt(1, 11),
        reason: 'Try',
        version: 1,
      });
      const p = expectProblem(res, 409);
      const conflicts = p.conflicts as Conflict[];
      expect(conflicts.map((c) => c.kind)).toEqual(
        expect.arrayContaining(['facilitator-double-booked', 'client-double-booked']),
      );
      expect(conflicts.find((c) => c.kind === 'facilitator-double-booked')).toMatchObject({
        otherSessionId: groupDosing,
        userId: ids.facilitator,
        message: `facilitator of Session Clinic already facilitates "Dosing day" (${dayAt(1, 9).slice(0, 10)} 09:00–17:00).`,
      });
      expect(conflicts.find((c) => c.kind === 'client-double-booked')?.message).toMatch(
        /^Ada Client is already booked into "Dosing day"/,
      );
      expect(p.detail).toContain('already facilitates "Dosing day"');
      expect(conflicts.every((c) => c.kind !== 'room-over-capacity')).toBe(true);
      expect((await session(id)).startsAt).toBe(dayAt(1, 18));
    });

    it('refuses a client double booking and a room double booking', async () => {
      const a = await personal({ startsAt: dayAt(12, 9), endsAt: dayAt(12, 10), client: 1 });
      const b = await personal({ startsAt: dayAt(12, 11), endsAt: dayAt(12, 12), client: 1 });
      const clash = await intake.post(`/api/sessions/${b}/reschedule`, {
        startsAt: dayAt(12, 9, 30),
        endsAt: dayAt(12, 10, 30),
        reason: 'Try',
        version: 1,
      });
      const p = expectProblem(clash, 409);
      expect(p.conflicts).toEqual([
        expect.objectContaining({
          kind: 'client-double-booked',
          otherSessionId: a,
          clientId: clients[1]!.clientId,
        }),
      ]);
      // Back to back is not an overlap (half-open intervals).
      const adjacent = await intake.post(`/api/sessions/${b}/reschedule`, {
        startsAt: dayAt(12, 10),
        endsAt: dayAt(12, 11),
        reason: 'Right after',
        version: 1,
      });
      expect(adjacent.statusCode, adjacent.body).toBe(200);

      const r1 = await personal({
        startsAt: dayAt(13, 9),
        endsAt: dayAt(13, 10),
        roomId: bigRoom,
        client: 0,
      });
      const r2 = await personal({
        startsAt: dayAt(13, 11),
        endsAt: dayAt(13, 12),
        roomId: bigRoom,
        client: 2,
      });
      const room = await intake.post(`/api/sessions/${r2}/reschedule`, {
        startsAt: dayAt(13, 9),
        endsAt: dayAt(13, 10),
        reason: 'Try',
        version: 1,
      });
      expect(
        (expectProblem(room, 409).conflicts as Conflict[]).map((c) => [c.kind, c.otherSessionId]),
      ).toEqual([['room-double-booked', r1]]);
    });

    it('cancels with a reason, audited; cancelled sessions leave the calendar unless asked for', async () => {
      const id = await personal({ startsAt: dayAt(14, 9), endsAt: dayAt(14, 10) });
      const noReason = await intake.post(`/api/sessions/${id}/cancel`, { version: 1 });
      expect(expectProblem(noReason, 400).errors?.map((e) => e.field)).toContain('reason');
      const res = await intake.post(`/api/sessions/${id}/cancel`, { reason: 'Facilitator ill', version: 1 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'cancelled', statusReason: 'Facilitator ill', version: 2 });
      const e = (await audit(id)).find((x) => x.action === 'session.cancel')!;
      expect(e.details).toMatchObject({ from: { status: 'scheduled' }, to: { status: 'cancelled' } });
      const range = `from=${encodeURIComponent(dayAt(14, 0))}&to=${encodeURIComponent(dayAt(15, 0))}`;
      expect(
        ((await owner.get(`/api/sessions?${range}`)).json().items as Session[]).map((s) => s.id),
      ).not.toContain(id);
      expect(
        ((await owner.get(`/api/sessions?${range}&includeCancelled=true`)).json().items as Session[]).map(
          (s) => s.id,
        ),
      ).toContain(id);
      const again = await intake.post(`/api/sessions/${id}/reschedule`, {
        startsAt: dayAt(14, 11),
        endsAt: dayAt(14, 12),
        reason: 'x',
        version: 2,
      });
      expectProblem(again, 409);
      // A cancelled session conflicts with nothing: its slot is free again.
      const other = await personal({ startsAt: dayAt(14, 11), endsAt: dayAt(14, 12) });
      const into = await intake.post(`/api/sessions/${other}/reschedule`, {
        startsAt: dayAt(14, 9),
        endsAt: dayAt(14, 10),
        reason: 'Free now',
        version: 1,
      });
      expect(into.statusCode, into.body).toBe(200);
    });
  });

  describe('facilitators', () => {
    it('sets facilitators; a double-booked one is refused with 409; a non-member is 400 naming the field', async () => {
      const id = await seedSession(db(), org.id, {
        programId: program.programId,
        startsAt: dayAt(1, 12),
        endsAt: dayAt(1, 13),
      });
      const busy = await intake.put(`/api/sessions/${id}/facilitators`, {
        userIds: [ids.clinician],
        version: 1,
      });
      expect((expectProblem(busy, 409).conflicts as Conflict[]).map((c) => c.kind)).toEqual([
        'facilitator-double-booked',
      ]);
      const stranger = await intake.put(`/api/sessions/${id}/facilitators`, {
        userIds: [randomUUID()],
        version: 1,
      });
      expect(expectProblem(stranger, 400).errors?.map((e) => e.field)).toEqual(['userIds.0']);
      const ok = await intake.put(`/api/sessions/${id}/facilitators`, { userIds: [ids.owner], version: 1 });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ version: 2, facilitators: [{ id: ids.owner }] });
      const e = (await audit(id)).find((x) => x.action === 'session.facilitators')!;
      expect(e.details).toMatchObject({ from: [], to: [ids.owner] });
    });
  });

  describe('attendance and notes', () => {
    it('records attendance per attendee; before the start only "excused"', async () => {
      const past = await seedSession(db(), org.id, {
        programId: program.programId,
        cohortId,
        kind: 'group',
        name: 'Integration circle',
        phase: 'integration',
        startsAt: dayAt(-2, 10),
        endsAt: dayAt(-2, 12),
        attendees: clients.map((c) => ({ ...c, booking: 'booked' as const })),
      });
      const res = await facilitator.put(`/api/sessions/${past}/attendance`, {
        enrollmentId: clients[0]!.enrollmentId,
        attendance: 'attended',
      });
      expect(res.statusCode, res.body).toBe(200);
      await facilitator.put(`/api/sessions/${past}/attendance`, {
        enrollmentId: clients[1]!.enrollmentId,
        attendance: 'absent',
      });
      const s = await session(past);
      expect(s.attendees.map((a) => [a.name, a.attendance])).toEqual([
        ['Ada Client', 'attended'],
        ['Bea Client', 'absent'],
        ['Cyd Client', null],
      ]);
      const early = await facilitator.put(`/api/sessions/${groupDosing}/attendance`, {
        enrollmentId: clients[0]!.enrollmentId,
        attendance: 'attended',
      });
      expectProblem(early, 409);
      const excused = await facilitator.put(`/api/sessions/${groupDosing}/attendance`, {
        enrollmentId: clients[2]!.enrollmentId,
        attendance: 'excused',
      });
      expect(excused.statusCode, excused.body).toBe(200);
      const stranger = await facilitator.put(`/api/sessions/${past}/attendance`, {
        enrollmentId: randomUUID(),
        attendance: 'attended',
      });
      expect(expectProblem(stranger, 400).errors?.map((e) => e.field)).toEqual(['enrollmentId']);
      const bad = await facilitator.put(`/api/sessions/${past}/attendance`, {
        enrollmentId: clients[0]!.enrollmentId,
        attendance: 'late',
      });
      expect(expectProblem(bad, 400).errors?.map((e) => e.field)).toEqual(['attendance']);
      const events = (await audit(past)).filter((e) => e.action === 'session.attendance');
      expect(events).toHaveLength(2);
      expect(events.map((e) => e.details.enrollmentId)).toEqual(
        expect.arrayContaining([clients[0]!.enrollmentId, clients[1]!.enrollmentId]),
      );
    });

    it('writes the note once with a version; intake may not', async () => {
      const id = await seedSession(db(), org.id, {
        programId: program.programId,
        startsAt: dayAt(-1, 10),
        endsAt: dayAt(-1, 11),
      });
      const res = await facilitator.put(`/api/sessions/${id}/note`, { note: 'Calm session.', version: 1 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        note: 'Calm session.',
        noteBy: { id: ids.facilitator },
        version: 2,
      });
      const stale = await facilitator.put(`/api/sessions/${id}/note`, { note: 'Other', version: 1 });
      expectProblem(stale, 409);
      expectProblem(
        await intake.put(`/api/sessions/${id}/note`, { note: 'x', version: 2 }),
        403,
        'forbidden',
      );
      const e = (await audit(id)).find((x) => x.action === 'session.note')!;
      expect(JSON.stringify(e.details)).not.toContain('Calm');
    });
  });

  describe('an extra personal session', () => {
    it('is booked for the enrollment; a double booking is refused; a dosing one needs clearance', async () => {
      const c = clients[2]!;
      const body = {
        enrollmentId: c.enrollmentId,
        name: 'Extra integration',
        phase: 'integration',
        startsAt: dayAt(20, 9),
        endsAt: dayAt(20, 10),
        roomId: bigRoom,
        facilitatorIds: [ids.facilitator],
        dosing: null,
      };
      const res = await intake.post('/api/sessions', body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        name: 'Extra integration',
        kind: 'personal',
        dosing: false,
        cohort: { id: cohortId },
        room: { id: bigRoom },
        facilitators: [{ id: ids.facilitator }],
        attendees: [
          { enrollmentId: c.enrollmentId, clientId: c.clientId, booking: 'booked', attendance: null },
        ],
      });
      const twice = await intake.post('/api/sessions', body);
      expect((expectProblem(twice, 409).conflicts as Conflict[]).map((x) => x.kind).sort()).toEqual([
        'client-double-booked',
        'facilitator-double-booked',
        'room-double-booked',
      ]);

      const notCleared = await seedEnrolledClient(db(), org.id, program, {
        startDate: dayAt(1, 0).slice(0, 10),
        status: 'screening',
        name: 'Dee',
      });
      const dosing = await intake.post('/api/sessions', {
        ...body,
        enrollmentId: notCleared.enrollmentId,
        startsAt: dayAt(21, 9),
        endsAt: dayAt(21, 15),
        dosing: DOSE,
      });
      const p = expectProblem(dosing, 409);
      expect((p.reasons as string[]).length).toBeGreaterThan(0);
      const unknown = await intake.post('/api/sessions', { ...body, enrollmentId: randomUUID() });
      expect(expectProblem(unknown, 400).errors?.map((e) => e.field)).toEqual(['enrollmentId']);
      const long = await intake.post('/api/sessions', {
        ...body,
        endsAt: addMinutes(body.startsAt, 25 * 60),
      });
      expect(expectProblem(long, 400).errors?.map((e) => e.field)).toEqual(['endsAt']);
    });
  });
});
