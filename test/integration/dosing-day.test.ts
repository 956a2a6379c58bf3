/**
 * The dosing day in its real order and its safety rules (issue 13), on both databases: baseline
 * vitals before any dose; a baseline above the program's limit blocks the dose until a clinician
 * (not a facilitator) records an override with a reason, audited and shown on the record; a dose
 * of twice the planned mg/kg or more (finding 78: 360 mg at 72 kg, plan 0.5 mg/kg) needs a
 * confirmation; a stored definition that does not validate refuses the dose naming the program
 * and version (it used to switch the blood-pressure check off); the clearance the page shows is the
 * clearance dosing enforces, naming the hard stop (finding 46).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  dayAt,
  type SeededProgram,
  seedCohort,
  seedEnrolledClient,
  seedProgram,
  seedSession,
  testDefinition,
} from '../support/programs-fixtures.ts';

type Enrolled = { clientId: string; enrollmentId: string };

describe.each(DATABASES)('the dosing day on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let facilitator: Agent;
  let program: SeededProgram;
  let session: string;
  const c = {} as Record<'flagged' | 'planned' | 'broken' | 'stopped' | 'timed', Enrolled>;

  const db = () => server.ctx.db.kysely;
  const dayUrl = (e: Enrolled) => `/api/sessions/${session}/dosing-day/${e.enrollmentId}`;
  const doseUrl = () => `/api/sessions/${session}/dosing-records`;
  const dose = (e: Enrolled, over: Record<string, unknown> = {}) => ({
    enrollmentId: e.enrollmentId,
    substance: 'ketamine',
    doseMg: 36,
    weightKg: 72,
    route: 'IV',
    lotNumber: null,
    startedAt: dayAt(-1, 9, 30),
    ...over,
  });
  const doses = async (e: Enrolled) =>
    (
      await db()
        .selectFrom('dosing_records')
        .select('id')
        .where('enrollment_id', '=', e.enrollmentId)
        .execute()
    ).length;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Ketamine Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    facilitator = await server.as(org.users.facilitator);
    const definition = testDefinition({
      modality: 'ketamine',
      safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 },
    });
    program = await seedProgram(db(), org.id, { definition });
    const startDate = dayAt(-1, 0).slice(0, 10);
    const cohortId = await seedCohort(db(), org.id, { programId: program.programId, startDate });
    const enrol = (name: string) =>
      seedEnrolledClient(db(), org.id, program, { cohortId, startDate, status: 'consented', name });
    c.flagged = await enrol('Ada');
    c.planned = await enrol('Bea');
    c.broken = await enrol('Cyd');
    c.stopped = await enrol('Dot');
    c.timed = await enrol('Eve');
    session = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Ketamine infusion',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'ketamine', route: 'IV', mgPerKg: 0.5 },
      startsAt: dayAt(-1, 9),
      endsAt: dayAt(-1, 12),
      attendees: Object.values(c).map((e) => ({ ...e, booking: 'booked' as const })),
    });
  });
  afterAll(() => server.close());

  it('records baseline vitals before any dose exists, and shows them on the day', async () => {
    const res = await facilitator.post(`${dayUrl(c.planned)}/vitals`, {
      measuredAt: dayAt(-1, 9, 5),
      systolic: 128,
      diastolic: 82,
      heartRate: 70,
      spo2: 98,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ phase: 'baseline', flags: [], override: null });
    expect(await doses(c.planned)).toBe(0);
    const day = (await facilitator.get(dayUrl(c.planned))).json();
    expect(day).toMatchObject({
      clearance: { cleared: true, reasons: [] },
      safety: { preDoseSystolicMax: 160, preDoseDiastolicMax: 100 },
      plannedDose: { substance: 'ketamine', route: 'IV', mgPerKg: 0.5 },
      gate: { allowed: true, overridden: false, message: null },
      atHome: false,
      dosingRecords: [],
    });
    expect(day.baselineVitals).toHaveLength(1);
  });

  it('keeps the time a reading was measured; refuses a future time', async () => {
    const url = `${dayUrl(c.timed)}/vitals`;
    const at = dayAt(-1, 9, 40);
    const res = await facilitator.post(url, { measuredAt: at, systolic: 126, diastolic: 80 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().measuredAt).toBe(at);
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const p = expectProblem(
      await facilitator.post(url, { measuredAt: soon, systolic: 126, diastolic: 80 }),
      400,
    );
    expect(p.errors?.map((e) => e.field)).toEqual(['measuredAt']);
  });

  it('refuses a dose before any baseline blood pressure when the program sets a limit', async () => {
    const p = expectProblem(await facilitator.post(doseUrl(), dose(c.flagged)), 409);
    expect(p.detail).toMatch(/Record a baseline blood pressure/);
    expect(p.errors?.map((e) => e.field)).toEqual(['baseline']);
  });

  it('a flagged baseline blocks the dose; a facilitator cannot override; a clinician can, with a reason', async () => {
    const high = await facilitator.post(`${dayUrl(c.flagged)}/vitals`, {
      measuredAt: dayAt(-1, 9, 5),
      systolic: 172,
      diastolic: 95,
    });
    expect(high.statusCode, high.body).toBe(201);
    const vital = high.json();
    expect(vital.flags.map((f: { field: string }) => f.field)).toEqual(['systolic']);
    // A flagged baseline raises an alert for the clinicians, naming the value.
    const alert = await db()
      .selectFrom('alerts')
      .select('trigger')
      .where('client_id', '=', c.flagged.clientId)
      .executeTakeFirstOrThrow();
    expect(alert.trigger).toMatch(/172 mmHg is above the pre-dose limit of 160 mmHg/);

    const blocked = expectProblem(await facilitator.post(doseUrl(), dose(c.flagged)), 409);
    expect(blocked.detail).toMatch(/172 mmHg is above the pre-dose limit/);
    expect(blocked.errors?.map((e) => e.field)).toEqual(['baseline']);
    // The sentence by its code and values, for a screen to say it in the reader's language.
    const why = { code: 'baseline-blocked-systolic', params: { systolic: 172, systolicMax: 160 } };
    expect(blocked.errors?.[0]).toMatchObject(why);
    expect((await facilitator.get(dayUrl(c.flagged))).json().gate).toMatchObject({ allowed: false, ...why });
    expect(await doses(c.flagged)).toBe(0);

    const overrideUrl = `/api/vital-signs/${vital.id}/override`;
    expectProblem(await facilitator.post(overrideUrl, { reason: 'Looks fine to me' }), 403);
    expect(expectProblem(await clinician.post(overrideUrl, { reason: '   ' }), 400).errors?.[0]?.field).toBe(
      'reason',
    );
    const ok = await clinician.post(overrideUrl, {
      reason: 'Known white-coat pattern; home readings < 140/90',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().override).toMatchObject({
      reason: 'Known white-coat pattern; home readings < 140/90',
      by: { name: expect.any(String) },
    });
    expectProblem(await clinician.post(overrideUrl, { reason: 'again' }), 409);

    const given = await facilitator.post(doseUrl(), dose(c.flagged));
    expect(given.statusCode, given.body).toBe(201);
    const record = given.json();
    // The override is shown on the record, with the baseline it belongs to.
    expect(record.vitals).toHaveLength(1);
    expect(record.vitals[0]).toMatchObject({
      phase: 'baseline',
      systolic: 172,
      override: { reason: /white-coat/ },
    });

    const audit = (await owner.get(`/api/audit?entityId=${c.flagged.enrollmentId}`)).json().items as Array<{
      action: string;
      actor: { id: string } | null;
      details: Record<string, unknown>;
    }>;
    const override = audit.find((a) => a.action === 'dosing.bp-override');
    expect(override?.details).toMatchObject({ vitalSignId: vital.id, overridden: ['systolic'] });
    const doseAudit = (await owner.get(`/api/audit?entityId=${record.id}`)).json().items as Array<{
      action: string;
      details: Record<string, unknown>;
    }>;
    expect(doseAudit.find((a) => a.action === 'dosing.record')?.details).toMatchObject({
      baselineOverride: vital.id,
    });
  });

  it('a re-measured baseline within the limits lets the dose through without an override', async () => {
    const later = await facilitator.post(`${dayUrl(c.stopped)}/vitals`, {
      measuredAt: dayAt(-1, 9, 1),
      systolic: 175,
      diastolic: 90,
    });
    expect(later.statusCode).toBe(201);
    const again = await facilitator.post(`${dayUrl(c.stopped)}/vitals`, {
      measuredAt: dayAt(-1, 9, 20),
      systolic: 150,
      diastolic: 90,
    });
    expect(again.statusCode).toBe(201);
    expect((await facilitator.get(dayUrl(c.stopped))).json().gate).toEqual({
      allowed: true,
      overridden: false,
      message: null,
      code: null,
      params: {},
    });
  });

  it('shows a baseline flag from the stored values even when the stored flag text is garbled', async () => {
    const high = (
      await facilitator.post(`${dayUrl(c.timed)}/vitals`, {
        measuredAt: dayAt(-1, 9, 50),
        systolic: 181,
        diastolic: 80,
      })
    ).json();
    for (const garbled of ['[]', '{oops', 'null']) {
      await db().updateTable('vital_signs').set({ flags: garbled }).where('id', '=', high.id).execute();
      const day = (await facilitator.get(dayUrl(c.timed))).json();
      const shown = day.baselineVitals.find((v: { id: string }) => v.id === high.id);
      expect(shown.flags.map((f: { field: string }) => f.field)).toEqual(['systolic']);
      expect(day.gate).toMatchObject({ allowed: false });
    }
  });

  it('360 mg at 72 kg (5 mg/kg, plan 0.5 mg/kg) needs a confirmation with a reason (finding 78)', async () => {
    const p = expectProblem(await facilitator.post(doseUrl(), dose(c.planned, { doseMg: 360 })), 409);
    expect(p.detail).toMatch(/5 mg\/kg: 10× the program's planned 0.5 mg\/kg \(36 mg\)/);
    expect(p.errors?.map((e) => e.field)).toEqual(['doseConfirmation']);
    expect(p).toMatchObject({ mgPerKg: 5, plannedMgPerKg: 0.5 });
    expect(await doses(c.planned)).toBe(0);
    // No weight: the dose cannot be compared with the plan, so it is refused.
    const noWeight = expectProblem(
      await facilitator.post(doseUrl(), dose(c.planned, { weightKg: null })),
      400,
    );
    expect(noWeight.errors?.map((e) => e.field)).toEqual(['weightKg']);

    const confirmed = await facilitator.post(
      doseUrl(),
      dose(c.planned, {
        doseMg: 360,
        doseConfirmation: { reason: 'Oral protocol amendment 3, prescriber Dr. Jansen' },
      }),
    );
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(confirmed.json()).toMatchObject({
      mgPerKg: 5,
      plannedMgPerKg: 0.5,
      doseConfirmationReason: 'Oral protocol amendment 3, prescriber Dr. Jansen',
    });
    // The day's baseline was taken before the dose and now belongs to it.
    expect(confirmed.json().vitals.map((v: { phase: string }) => v.phase)).toEqual(['baseline']);
  });

  it('a stored definition that does not validate refuses the dose, naming the program and version', async () => {
    await facilitator.post(`${dayUrl(c.broken)}/vitals`, {
      measuredAt: dayAt(-1, 9, 5),
      systolic: 190,
      diastolic: 110,
    });
    const broken = {
      ...program.definition,
      safety: { preDoseSystolicMax: 'high', preDoseDiastolicMax: 100 },
    };
    await db()
      .updateTable('program_versions')
      .set({ definition: JSON.stringify(broken) })
      .where('program_id', '=', program.programId)
      .execute();
    try {
      const p = expectProblem(await facilitator.post(doseUrl(), dose(c.broken)), 409);
      expect(p.detail).toContain(`"${program.definition.name}", version 1`);
      expect(p).toMatchObject({
        type: 'urn:threshold:problem:invalid-program-definition',
        programId: program.programId,
        programVersion: 1,
        field: 'definition.safety.preDoseSystolicMax',
      });
      expect(await doses(c.broken)).toBe(0);
      expectProblem(await facilitator.get(dayUrl(c.broken)), 409);
    } finally {
      await db()
        .updateTable('program_versions')
        .set({ definition: JSON.stringify(program.definition) })
        .where('program_id', '=', program.programId)
        .execute();
    }
  });

  it('the clearance the page shows is the clearance dosing enforces, naming the hard stop (finding 46)', async () => {
    await db()
      .updateTable('screenings')
      .set({
        modality: 'ketamine',
        answers: JSON.stringify({ 'uncontrolled-hypertension': 'yes' }),
        vitals: JSON.stringify({
          systolic: null,
          diastolic: null,
          heartRate: null,
          spo2: null,
          weightKg: 72,
          heightCm: null,
          measuredAt: null,
        }),
      })
      .where('enrollment_id', '=', c.stopped.enrollmentId)
      .execute();
    const enrollment = await clinician.get(`/api/enrollments/${c.stopped.enrollmentId}`);
    expect(enrollment.statusCode, enrollment.body).toBe(200);
    const shown = enrollment.json().clearance;
    expect(shown.cleared).toBe(false);
    expect(shown.reasons.some((r: string) => r.startsWith('Hard stop: '))).toBe(true);
    const timeline = (await clinician.get(`/api/clients/${c.stopped.clientId}/timeline`)).json();
    expect(timeline.enrollments[0].enrollment.clearance).toEqual(shown);
    expect((await facilitator.get(dayUrl(c.stopped))).json().clearance).toEqual(shown);
    const refused = expectProblem(await facilitator.post(doseUrl(), dose(c.stopped)), 409);
    expect(refused.reasons).toEqual(shown.reasons);
  });
});
