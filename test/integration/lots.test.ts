/**
 * Dose, substance and setting as data: lots and their assays per organization; a truffle dose in
 * grams whose psilocybin mg comes from the lot's current assay (refused without one, or on another
 * weight basis); a lot of another organization or another substance refused by field; the setting
 * of a dosing session (music, sitters, group size, eyeshades) with the session's room.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  dayAt,
  seedCohort,
  seedEnrolledClient,
  seedProgram,
  seedRoom,
  seedSession,
} from '../support/programs-fixtures.ts';

type Enrolled = { clientId: string; enrollmentId: string };

describe.each(DATABASES)('lots, assays and settings on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let clinician: Agent;
  let facilitator: Agent;
  let intake: Agent;
  let stranger: Agent;
  let session: string;
  let ada: Enrolled;
  let bea: Enrolled;
  const db = () => server.ctx.db.kysely;
  const fieldsOf = (res: Awaited<ReturnType<Agent['get']>>) => [
    ...new Set(expectProblem(res, 400).errors?.map((e) => e.field)),
  ];
  const countRows = async (table: 'substance_lots' | 'lot_assays' | 'dosing_records' | 'session_settings') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const lot = (over: Record<string, unknown> = {}) => ({
    code: 'TR-2026-01',
    substanceKind: 'psilocybin-truffles',
    supplier: 'Synthetic supplier',
    receivedOn: '2026-01-05',
    ...over,
  });
  const baseline = (e: Enrolled) =>
    facilitator.post(`/api/sessions/${session}/dosing-day/${e.enrollmentId}/vitals`, {
      measuredAt: dayAt(-1, 0, 1),
      systolic: 125,
      diastolic: 80,
      heartRate: 70,
    });
  const dose = (e: Enrolled, over: Record<string, unknown>) =>
    facilitator.post(`/api/sessions/${session}/dosing-records`, {
      enrollmentId: e.enrollmentId,
      substance: 'Truffles',
      weightKg: 70,
      route: 'oral',
      lotNumber: null,
      startedAt: dayAt(-1, 0, 5),
      ...over,
    });

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Lot Clinic');
    other = await server.createOrg('Other Clinic');
    clinician = await server.as(org.users.clinician);
    facilitator = await server.as(org.users.facilitator);
    intake = await server.as(org.users.intake);
    stranger = await server.as(other.users.clinician);
    const program = await seedProgram(db(), org.id);
    const startDate = dayAt(-1, 0).slice(0, 10);
    const cohortId = await seedCohort(db(), org.id, { programId: program.programId, startDate });
    ada = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate,
      status: 'consented',
      name: 'Ada',
    });
    bea = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate,
      status: 'consented',
      name: 'Bea',
    });
    const roomId = await seedRoom(db(), org.id, { name: 'Zaal 1', capacity: 10 });
    session = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Ceremony',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: dayAt(-1, 0),
      endsAt: dayAt(-1, 8),
      roomId,
      attendees: [
        { ...ada, booking: 'booked' },
        { ...bea, booking: 'booked' },
      ],
    });
  });
  afterAll(() => server.close());

  describe('lots and assays', () => {
    let lotId: string;

    it('records a lot (clinician), refuses a repeated code (409) and bad fields (400), nothing stored', async () => {
      const res = await clinician.post('/api/lots', lot());
      expect(res.statusCode, res.body).toBe(201);
      lotId = res.json().id;
      expect(res.json()).toMatchObject({ code: 'TR-2026-01', assays: [], current: null, doses: 0 });
      expectProblem(await clinician.post('/api/lots', lot()), 409);
      expect(
        fieldsOf(await clinician.post('/api/lots', lot({ code: 'X', receivedOn: '2999-01-01' }))),
      ).toEqual(['receivedOn']);
      expect(fieldsOf(await clinician.post('/api/lots', lot({ code: 'Y', substanceKind: 'lsd' })))).toEqual([
        'substanceKind',
      ]);
      expect(await countRows('substance_lots')).toBe(1);
    });

    it('lets a facilitator read lots but not record them; intake neither', async () => {
      expect((await facilitator.get('/api/lots')).json().items).toHaveLength(1);
      expectProblem(await facilitator.post('/api/lots', lot({ code: 'F' })), 403);
      expectProblem(await intake.get('/api/lots'), 403);
    });

    it('records assays; the latest by date is current', async () => {
      const a1 = await clinician.post(`/api/lots/${lotId}/assays`, {
        psilocybinMgPerG: 1.1,
        psilocinMgPerG: 0.2,
        basis: 'fresh',
        lab: 'Synthetic lab',
        assayedOn: '2026-01-10',
      });
      expect(a1.statusCode, a1.body).toBe(201);
      const a0 = await clinician.post(`/api/lots/${lotId}/assays`, {
        psilocybinMgPerG: 0.9,
        basis: 'fresh',
        lab: 'Synthetic lab',
        assayedOn: '2026-01-06',
      });
      expect(a0.json().current).toMatchObject({ psilocybinMgPerG: 1.1, psilocinMgPerG: 0.2, basis: 'fresh' });
      expect(a0.json().assays).toHaveLength(2);
      expect(
        fieldsOf(
          await clinician.post(`/api/lots/${lotId}/assays`, {
            psilocybinMgPerG: 1001,
            basis: 'fresh',
            lab: 'L',
            assayedOn: '2026-01-06',
          }),
        ),
      ).toEqual(['psilocybinMgPerG']);
      expect(await countRows('lot_assays')).toBe(2);
    });

    it('hides a lot from another organization (404)', async () => {
      expectProblem(await stranger.get(`/api/lots/${lotId}`), 404, 'not-found');
      expectProblem(
        await stranger.post(`/api/lots/${lotId}/assays`, {
          psilocybinMgPerG: 1,
          basis: 'dry',
          lab: 'L',
          assayedOn: '2026-01-06',
        }),
        404,
        'not-found',
      );
      expect((await stranger.get('/api/lots')).json().items).toEqual([]);
    });

    it('gives a truffle dose its psilocybin mg from the current assay (10 g fresh x 1.1 mg/g = 11 mg)', async () => {
      expect((await baseline(ada)).statusCode).toBe(201);
      const before = await countRows('dosing_records');
      expect(
        fieldsOf(
          await dose(ada, {
            substanceKind: 'psilocybin-truffles',
            truffles: { grams: 10, basis: 'dry' },
            lotId,
          }),
        ),
      ).toEqual(['truffles.basis']);
      expect(
        fieldsOf(
          await dose(ada, { substanceKind: 'psilocybin-truffles', truffles: { grams: 10, basis: 'fresh' } }),
        ),
      ).toEqual(['lotId']);
      expect(fieldsOf(await dose(ada, { substanceKind: 'esketamine', doseMg: 56, lotId }))).toEqual([
        'lotId',
      ]);
      expect(await countRows('dosing_records')).toBe(before);
      const res = await dose(ada, {
        substanceKind: 'psilocybin-truffles',
        truffles: { grams: 10, basis: 'fresh' },
        lotId,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        substanceKind: 'psilocybin-truffles',
        doseMg: 11,
        doseAmount: 10,
        doseUnit: 'g-fresh',
        psilocinMg: 2,
        lot: { id: lotId, code: 'TR-2026-01' },
        lotNumber: 'TR-2026-01',
        mgPerKg: 0.157,
      });
      expect((await clinician.get(`/api/lots/${lotId}`)).json().doses).toBe(1);
    });

    it("refuses another organization's lot for a dose, naming lotId", async () => {
      const theirs = await stranger.post('/api/lots', lot({ code: 'THEIRS' }));
      expect(theirs.statusCode).toBe(201);
      expect((await baseline(bea)).statusCode).toBe(201);
      expect(
        fieldsOf(
          await dose(bea, {
            substanceKind: 'psilocybin-truffles',
            truffles: { grams: 5, basis: 'fresh' },
            lotId: theirs.json().id,
          }),
        ),
      ).toEqual(['lotId']);
    });
  });

  describe('the setting of a dosing session', () => {
    it('is empty until recorded, with the session room and attendee count', async () => {
      const res = await facilitator.get(`/api/sessions/${session}/setting`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        recorded: false,
        room: { name: 'Zaal 1' },
        attendees: 2,
        sitters: null,
      });
    });

    it('records music, sitters, group size and eyeshades; gives clients per sitter', async () => {
      const res = await facilitator.put(`/api/sessions/${session}/setting`, {
        musicProgram: 'Synthetic playlist',
        sitters: 3,
        groupSize: 8,
        eyeshades: 'worn',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        recorded: true,
        sitters: 3,
        groupSize: 8,
        clientsPerSitter: 2.67,
        eyeshades: 'worn',
      });
      const again = await facilitator.put(`/api/sessions/${session}/setting`, { sitters: 2, groupSize: 2 });
      expect(again.json()).toMatchObject({
        sitters: 2,
        groupSize: 2,
        clientsPerSitter: 1,
        musicProgram: null,
      });
      expect(await countRows('session_settings')).toBe(1);
    });

    it('refuses a group smaller than the attendees and bad values by field; intake cannot record', async () => {
      expect(
        fieldsOf(await facilitator.put(`/api/sessions/${session}/setting`, { sitters: 1, groupSize: 1 })),
      ).toEqual(['groupSize']);
      expect(
        fieldsOf(
          await facilitator.put(`/api/sessions/${session}/setting`, {
            sitters: 1,
            groupSize: 4,
            eyeshades: 'x',
          }),
        ),
      ).toEqual(['eyeshades']);
      expectProblem(await intake.put(`/api/sessions/${session}/setting`, { sitters: 1, groupSize: 4 }), 403);
      expectProblem(await stranger.get(`/api/sessions/${session}/setting`), 404, 'not-found');
      expect((await facilitator.get(`/api/sessions/${session}/setting`)).json()).toMatchObject({
        groupSize: 2,
      });
    });
  });
});
