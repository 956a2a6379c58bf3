/**
 * Dosing records: refused (409 with the reasons) unless the client is booked, eligible and consented
 * to the current document; the first dose makes a consented enrollment active (audited); dose in mg
 * and mg/kg from the recorded weight; vital signs with impossible values refused by field; adverse
 * events; discharge readiness. The safety checks of the dosing day are in dosing-day.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  dayAt,
  type SeededProgram,
  seedCohort,
  seedConsent,
  seedEnrolledClient,
  seedProgram,
  seedSession,
} from '../support/programs-fixtures.ts';

interface DosingRecord {
  id: string;
  sessionId: string;
  enrollmentId: string;
  client: { id: string; name: string };
  doseMg: number;
  weightKg: number | null;
  mgPerKg: number | null;
  route: string;
  lotNumber: string | null;
  startedAt: string;
  dischargeReady: boolean;
  version: number;
  vitals: Array<{ phase: string; flags: Array<{ field: string }> }>;
  adverseEvents: Array<{ grade: number; gradeLabel: string }>;
  safety: { preDoseSystolicMax: number | null; preDoseDiastolicMax: number | null };
}

type Enrolled = { clientId: string; enrollmentId: string };

describe.each(DATABASES)('dosing on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let facilitator: Agent;
  let intake: Agent;
  let program: SeededProgram;
  let dosingSession: string;
  let plainSession: string;
  const c = {} as Record<'cleared' | 'screening' | 'eligible' | 'oldConsent' | 'held' | 'outsider', Enrolled>;
  let record: DosingRecord;

  const db = () => server.ctx.db.kysely;
  const enrollmentStatus = async (id: string) =>
    (await db().selectFrom('enrollments').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;
  const doseBody = (e: Enrolled, over: Record<string, unknown> = {}) => ({
    enrollmentId: e.enrollmentId,
    substance: 'psilocybin',
    doseMg: 25,
    weightKg: 70,
    route: 'oral',
    lotNumber: 'LOT-42',
    startedAt: dayAt(-1, 0, 5),
    ...over,
  });
  /** The fields a 400 names, each once (a type error in a nullable field is reported per branch). */
  const fieldsOf = (res: Awaited<ReturnType<Agent['get']>>) => [
    ...new Set(expectProblem(res, 400).errors?.map((e) => e.field)),
  ];

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Dosing Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    facilitator = await server.as(org.users.facilitator);
    intake = await server.as(org.users.intake);
    program = await seedProgram(db(), org.id, { consentVersions: 2 });
    const startDate = dayAt(-1, 0).slice(0, 10);
    const cohortId = await seedCohort(db(), org.id, { programId: program.programId, startDate });
    const enrol = (status: 'screening' | 'eligible' | 'consented', name: string) =>
      seedEnrolledClient(db(), org.id, program, { cohortId, startDate, status, name });
    c.cleared = await enrol('consented', 'Ada');
    c.screening = await enrol('screening', 'Bea');
    c.eligible = await enrol('eligible', 'Cyd');
    c.oldConsent = await enrol('eligible', 'Dot');
    await seedConsent(db(), org.id, {
      ...c.oldConsent,
      documentId: program.consentDocumentId,
      version: 1,
    });
    await db()
      .updateTable('enrollments')
      .set({ status: 'consented' })
      .where('id', '=', c.oldConsent.enrollmentId)
      .execute();
    c.held = await enrol('consented', 'Eve');
    c.outsider = await enrol('consented', 'Fay');
    dosingSession = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Dosing day',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: dayAt(-1, 0),
      endsAt: dayAt(-1, 8),
      attendees: [
        { ...c.cleared, booking: 'booked' },
        { ...c.screening, booking: 'held' },
        { ...c.eligible, booking: 'held' },
        { ...c.oldConsent, booking: 'booked' },
        { ...c.held, booking: 'held' },
      ],
    });
    plainSession = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Integration',
      kind: 'group',
      startsAt: dayAt(-1, 9),
      endsAt: dayAt(-1, 10),
      attendees: [{ ...c.cleared, booking: 'booked' }],
    });
  });
  afterAll(() => server.close());

  describe('refused without eligibility and current consent (409 with the reasons)', () => {
    it.each([
      ['screening', 'a client still in screening'],
      ['eligible', 'an eligible client who has not consented'],
      ['oldConsent', 'a client who consented to an older document version'],
      ['held', 'a cleared client whose place is still held'],
    ] as const)('%s: %s', async (key, _what) => {
      const res = await facilitator.post(`/api/sessions/${dosingSession}/dosing-records`, doseBody(c[key]));
      const p = expectProblem(res, 409);
      expect(Array.isArray(p.reasons)).toBe(true);
      expect((p.reasons as string[]).length).toBeGreaterThan(0);
      for (const r of p.reasons as string[]) expect(p.detail).toContain(r);
      const n = await db()
        .selectFrom('dosing_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('enrollment_id', '=', c[key].enrollmentId)
        .executeTakeFirstOrThrow();
      expect(Number(n.n)).toBe(0);
    });

    it('names the consent versions when the consent is out of date', async () => {
      const res = await facilitator.post(
        `/api/sessions/${dosingSession}/dosing-records`,
        doseBody(c.oldConsent),
      );
      expect((expectProblem(res, 409).reasons as string[]).join(' ')).toMatch(/version 2/);
    });

    it('refuses a session that gives no substance, and a client who does not attend', async () => {
      expectProblem(
        await facilitator.post(`/api/sessions/${plainSession}/dosing-records`, doseBody(c.cleared)),
        409,
      );
      const outsider = await facilitator.post(
        `/api/sessions/${dosingSession}/dosing-records`,
        doseBody(c.outsider),
      );
      expect(fieldsOf(outsider)).toEqual(['enrollmentId']);
      expectProblem(
        await facilitator.post(`/api/sessions/${randomUUID()}/dosing-records`, doseBody(c.cleared)),
        404,
        'not-found',
      );
    });
  });

  describe('recording a dose', () => {
    it('refuses impossible doses and weights by field', async () => {
      const url = `/api/sessions/${dosingSession}/dosing-records`;
      expect(fieldsOf(await facilitator.post(url, doseBody(c.cleared, { doseMg: 0 })))).toEqual(['doseMg']);
      expect(fieldsOf(await facilitator.post(url, doseBody(c.cleared, { doseMg: 6000 })))).toEqual([
        'doseMg',
      ]);
      expect(fieldsOf(await facilitator.post(url, doseBody(c.cleared, { weightKg: 500 })))).toEqual([
        'weightKg',
      ]);
      expect(fieldsOf(await facilitator.post(url, doseBody(c.cleared, { route: 'rectal' })))).toEqual([
        'route',
      ]);
      expect(fieldsOf(await facilitator.post(url, doseBody(c.cleared, { startedAt: 'soon' })))).toEqual([
        'startedAt',
      ]);
      expect(await enrollmentStatus(c.cleared.enrollmentId)).toBe('consented');
    });

    it('records mg and mg/kg; the first dose makes the consented enrollment active, audited', async () => {
      // The day starts with a baseline blood pressure within the program's limits (160/100).
      const baseline = await facilitator.post(
        `/api/sessions/${dosingSession}/dosing-day/${c.cleared.enrollmentId}/vitals`,
        { measuredAt: dayAt(-1, 0, 1), systolic: 130, diastolic: 85, heartRate: 72 },
      );
      expect(baseline.statusCode, baseline.body).toBe(201);
      const res = await facilitator.post(
        `/api/sessions/${dosingSession}/dosing-records`,
        doseBody(c.cleared, { doseMg: 140, weightKg: 70, route: 'oral', lotNumber: 'LOT-7' }),
      );
      expect(res.statusCode, res.body).toBe(201);
      record = res.json();
      expect(record).toMatchObject({
        sessionId: dosingSession,
        enrollmentId: c.cleared.enrollmentId,
        client: { id: c.cleared.clientId, name: 'Ada Client' },
        doseMg: 140,
        weightKg: 70,
        mgPerKg: 2,
        route: 'oral',
        lotNumber: 'LOT-7',
        startedAt: dayAt(-1, 0, 5),
        dischargeReady: false,
        version: 1,
        vitals: [{ phase: 'baseline', flags: [] }],
        adverseEvents: [],
        safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 },
      });
      expect(await enrollmentStatus(c.cleared.enrollmentId)).toBe('active');
      const events = await db()
        .selectFrom('enrollment_events')
        .selectAll()
        .where('enrollment_id', '=', c.cleared.enrollmentId)
        .execute();
      expect(events.map((e) => [e.from_status, e.to_status])).toEqual([['consented', 'active']]);
      const audit = (await owner.get(`/api/audit?entityId=${c.cleared.enrollmentId}`)).json().items;
      expect(audit[0]).toMatchObject({
        action: 'enrollment.transition',
        details: { from: 'consented', to: 'active' },
      });

      // A second dose (e.g. a booster) is recorded; the enrollment stays active, no new event.
      const booster = await facilitator.post(
        `/api/sessions/${dosingSession}/dosing-records`,
        doseBody(c.cleared, { doseMg: 10, weightKg: null }),
      );
      expect(booster.statusCode, booster.body).toBe(201);
      expect(booster.json()).toMatchObject({ weightKg: null, mgPerKg: null });
      expect(
        await db()
          .selectFrom('enrollment_events')
          .selectAll()
          .where('enrollment_id', '=', c.cleared.enrollmentId)
          .execute(),
      ).toHaveLength(1);
    });

    it('shows in the session for roles with dosing.read only', async () => {
      const s = (await facilitator.get(`/api/sessions/${dosingSession}`)).json();
      expect(s.dosingRecords.map((d: { id: string }) => d.id)).toContain(record.id);
      expect((await intake.get(`/api/sessions/${dosingSession}`)).json()).not.toHaveProperty('dosingRecords');
    });
  });

  describe('vital signs', () => {
    const url = () => `/api/dosing-records/${record.id}/vitals`;
    const at = dayAt(-1, 0, 1);

    it('refuses physically impossible values, naming the field', async () => {
      expect(
        fieldsOf(await facilitator.post(url(), { phase: 'during', measuredAt: at, systolic: 400 })),
      ).toEqual(['systolic']);
      expect(fieldsOf(await facilitator.post(url(), { phase: 'during', measuredAt: at, spo2: 101 }))).toEqual(
        ['spo2'],
      );
      expect(
        fieldsOf(await facilitator.post(url(), { phase: 'discharge', measuredAt: at, heartRate: 5 })),
      ).toEqual(['heartRate']);
      expect(
        fieldsOf(await facilitator.post(url(), { phase: 'during', measuredAt: at, systolic: 120.5 })),
      ).toEqual(['systolic']);
      const inverted = await facilitator.post(url(), {
        phase: 'during',
        measuredAt: at,
        systolic: 80,
        diastolic: 90,
      });
      expect(fieldsOf(inverted)).toContain('diastolic');
      expect(
        fieldsOf(await facilitator.post(url(), { phase: 'during', measuredAt: at })).length,
      ).toBeGreaterThan(0);
      expect(
        fieldsOf(await facilitator.post(url(), { phase: 'pre', measuredAt: at, systolic: 120 })),
      ).toEqual(['phase']);
    });

    it('takes baseline sets on the dosing day, not after the dose; records the series', async () => {
      const late = await facilitator.post(url(), { phase: 'baseline', measuredAt: at, systolic: 172 });
      expect(fieldsOf(late)).toEqual(['phase']);
      const normal = await facilitator.post(url(), {
        phase: 'during',
        measuredAt: dayAt(-1, 2),
        systolic: 130,
        diastolic: 85,
      });
      expect(normal.statusCode, normal.body).toBe(201);
      expect(normal.json()).toMatchObject({
        phase: 'during',
        systolic: 130,
        diastolic: 85,
        heartRate: null,
        flags: [],
        override: null,
      });
      const r = (await clinician.get(`/api/dosing-records/${record.id}`)).json() as DosingRecord;
      expect(r.vitals.map((v) => v.phase)).toEqual(['baseline', 'during']);
    });
  });

  describe('adverse events and discharge', () => {
    it('records an adverse event with a CTCAE grade; refuses a grade outside 1–5', async () => {
      const url = `/api/dosing-records/${record.id}/adverse-events`;
      const body = {
        type: 'nausea',
        grade: 2,
        action: 'medication given',
        outcome: 'resolved',
        onsetAt: dayAt(-1, 1),
      };
      const res = await facilitator.post(url, body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        type: 'nausea',
        grade: 2,
        gradeLabel: 'Moderate',
        action: 'medication given',
      });
      expect(fieldsOf(await facilitator.post(url, { ...body, grade: 6 }))).toEqual(['grade']);
      expect(fieldsOf(await facilitator.post(url, { ...body, action: 'ignored' }))).toEqual(['action']);
      expect(fieldsOf(await facilitator.post(url, { ...body, type: '  ' }))).toEqual(['type']);
      const r = (await facilitator.get(`/api/dosing-records/${record.id}`)).json() as DosingRecord;
      expect(r.adverseEvents).toHaveLength(1);
    });

    it('discharge readiness needs a discharge set of vital signs; edits are versioned', async () => {
      const url = `/api/dosing-records/${record.id}`;
      const body = {
        version: 1,
        endedAt: dayAt(-1, 6),
        dischargeReady: true,
        dischargedAt: null,
        dischargeNote: 'Accompanied home',
        notes: null,
      };
      expectProblem(await facilitator.put(url, body), 409);
      const early = await facilitator.put(url, { ...body, dischargeReady: false, endedAt: dayAt(-2, 0) });
      expect(fieldsOf(early)).toEqual(['endedAt']);
      const v = await facilitator.post(`${url}/vitals`, {
        phase: 'discharge',
        measuredAt: dayAt(-1, 6),
        systolic: 122,
        diastolic: 80,
        heartRate: 70,
        spo2: 99,
      });
      expect(v.statusCode, v.body).toBe(201);
      const ok = await facilitator.put(url, { ...body, dischargedAt: dayAt(-1, 7) });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ dischargeReady: true, dischargedAt: dayAt(-1, 7), version: 2 });
      const stale = await facilitator.put(url, body);
      expect(expectProblem(stale, 409).current).toMatchObject({ version: 2 });
      const notReady = await facilitator.put(url, {
        ...body,
        version: 2,
        dischargeReady: false,
        dischargedAt: dayAt(-1, 7),
      });
      expect(fieldsOf(notReady)).toEqual(['dischargedAt']);
    });

    it('is clinical data: intake may not read it; every read is audited', async () => {
      expectProblem(await intake.get(`/api/dosing-records/${record.id}`), 403, 'forbidden');
      expectProblem(await owner.get(`/api/dosing-records/${randomUUID()}`), 404, 'not-found');
      const audit = (await owner.get(`/api/audit?entityId=${record.id}&limit=100`)).json().items as Array<{
        action: string;
        details: Record<string, unknown>;
      }>;
      const actions = audit.map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'dosing.record',
          'dosing.view',
          'dosing.vitals',
          'dosing.adverse-event',
          'dosing.update',
        ]),
      );
      // Audit details carry ids and field names, never values.
      expect(JSON.stringify(audit)).not.toMatch(/nausea|Accompanied/);
    });
  });
});
