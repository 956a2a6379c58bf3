/**
 * Medication hard stops with taper plans (issue 19, part 4), on both databases: a client's report
 * of lithium stops psilocybin dosing by name, on the page and on the dose path alike; a clinician
 * confirms it; a taper plan ends it on a day, and the clinic's washout decides from when the
 * client is cleared; a rule without a washout never lifts by itself; an entry that cannot be read
 * refuses; intake records reports but cannot confirm; every read and change is audited.
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
  seedSession,
} from '../support/programs-fixtures.ts';

const daysFromToday = (days: number) => dayAt(days, 12).slice(0, 10);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe.each(DATABASES)('medications and clearance on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let intake: Agent;
  let e: { clientId: string; enrollmentId: string };
  let session: string;
  let lithium: { id: string; version: number };

  const db = () => server.ctx.db.kysely;
  const medsUrl = () => `/api/clients/${e.clientId}/medications`;
  const clearance = async () => {
    const res = await clinician.get(`/api/enrollments/${e.enrollmentId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().clearance;
  };
  const dose = () =>
    clinician.post(`/api/sessions/${session}/dosing-records`, {
      enrollmentId: e.enrollmentId,
      substance: 'psilocybin',
      doseMg: 25,
      weightKg: 70,
      route: 'oral',
      lotNumber: null,
      startedAt: minutesAgo(10),
    });

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Retreat Centre');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    const program = await seedProgram(db(), org.id);
    const startDate = daysFromToday(-1);
    const cohortId = await seedCohort(db(), org.id, { programId: program.programId, startDate });
    e = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate,
      status: 'consented',
      name: 'Lies',
    });
    session = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Ceremony',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: minutesAgo(120),
      endsAt: minutesAgo(-240),
      attendees: [{ ...e, booking: 'booked' as const }],
    });
  });
  afterAll(() => server.close());

  it('intake records what the client reports; it stops dosing by name until a clinician says otherwise', async () => {
    const res = await intake.post(medsUrl(), {
      name: 'Priadel',
      medicationClass: 'lithium',
      dose: '400 mg daily',
      source: 'client',
    });
    expect(res.statusCode, res.body).toBe(201);
    lithium = res.json();
    expect(res.json()).toMatchObject({ source: 'client', confirmed: null, stoppedOn: null });

    const list = (await clinician.get(medsUrl())).json();
    expect(list.checks).toEqual([
      expect.objectContaining({
        modality: 'psilocybin',
        stops: [
          expect.objectContaining({
            medicationId: lithium.id,
            reason: 'Priadel, lithium (reported by the client): taken now, no last dose planned.',
            effect: 'hard-stop',
            lastDoseOn: null,
            clearedFrom: null,
          }),
        ],
      }),
    ]);
    const c = await clearance();
    expect(c.cleared).toBe(false);
    expect(c.reasons).toContain(
      'Hard stop: Priadel, lithium (reported by the client): taken now, no last dose planned.',
    );
    const refused = expectProblem(await dose(), 409);
    expect(refused.detail).toMatch(/Priadel, lithium/);
    const doses = await db()
      .selectFrom('dosing_records')
      .select('id')
      .where('enrollment_id', '=', e.enrollmentId)
      .execute();
    expect(doses).toEqual([]);
  });

  it('intake cannot confirm, nor record an entry as a clinician’s; a clinician confirms', async () => {
    expectProblem(
      await intake.post(`/api/medications/${lithium.id}/confirm`, { version: lithium.version }),
      403,
    );
    const p = expectProblem(
      await intake.post(medsUrl(), { name: 'Nardil', medicationClass: 'maoi', source: 'clinician' }),
      403,
    );
    expect(p.errors?.map((f) => f.field)).toEqual(['source']);
    const ok = await clinician.post(`/api/medications/${lithium.id}/confirm`, { version: lithium.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().confirmed).toMatchObject({ by: expect.any(String), at: expect.any(String) });
    lithium = ok.json();
  });

  it('a taper plan ends it; without a washout it still stops; with the clinic’s 30 days it lifts after them', async () => {
    const last = daysFromToday(-20);
    const tapered = await clinician.put(`/api/medications/${lithium.id}`, {
      name: 'Priadel',
      medicationClass: 'lithium',
      dose: '400 mg daily',
      stoppedOn: last,
      taper: [
        { on: daysFromToday(-34), dose: '200 mg daily' },
        { on: daysFromToday(-27), dose: '100 mg daily' },
      ],
      version: lithium.version,
    });
    expect(tapered.statusCode, tapered.body).toBe(200);
    lithium = tapered.json();
    expect((await clearance()).reasons.join(' ')).toMatch(/sets no washout/);

    const rules = await owner.put('/api/organization/medication-rules/psilocybin', {
      rules: [
        { medicationClass: 'lithium', effect: 'hard-stop', washoutDays: 30, source: 'Clinic protocol 4.1' },
      ],
    });
    expect(rules.statusCode, rules.body).toBe(200);
    const list = (await clinician.get(medsUrl())).json();
    expect(list.checks[0].stops[0].clearedFrom).toBe(daysFromToday(11));
    expect((await clearance()).cleared).toBe(false);
    expectProblem(await dose(), 409);

    await owner.put('/api/organization/medication-rules/psilocybin', {
      rules: [
        { medicationClass: 'lithium', effect: 'hard-stop', washoutDays: 14, source: 'Clinic protocol 4.2' },
      ],
    });
    expect(await clearance()).toEqual({ cleared: true, reasons: [], codes: [] });
    const baseline = await clinician.post(`/api/sessions/${session}/dosing-day/${e.enrollmentId}/vitals`, {
      measuredAt: minutesAgo(30),
      systolic: 124,
      diastolic: 80,
    });
    expect(baseline.statusCode, baseline.body).toBe(201);
    const given = await dose();
    expect(given.statusCode, given.body).toBe(201);
  });

  it('an entry that cannot be read refuses clearance and the list', async () => {
    await db()
      .updateTable('client_medications')
      .set({ taper: '{oops' })
      .where('id', '=', lithium.id)
      .execute();
    try {
      const c = await clearance();
      expect(c.cleared).toBe(false);
      expect(c.reasons[0]).toMatch(/medication list or the medication rules cannot be read/);
      expectProblem(await clinician.get(medsUrl()), 409);
    } finally {
      await db()
        .updateTable('client_medications')
        .set({ taper: '[]' })
        .where('id', '=', lithium.id)
        .execute();
    }
  });

  it('names every bad field at once and stores nothing', async () => {
    const before = await db().selectFrom('client_medications').select('id').execute();
    const p = expectProblem(
      await intake.post(medsUrl(), {
        name: ' ',
        medicationClass: 'vitamins',
        startedOn: '2026-02-30',
        taper: [{ on: '2026-01-01', dose: '1 mg' }],
        source: 'client',
      }),
      400,
    );
    expect(p.errors?.map((f) => f.field)).toEqual(['name', 'medicationClass', 'startedOn', 'stoppedOn']);
    expect(await db().selectFrom('client_medications').select('id').execute()).toHaveLength(before.length);
    const r = expectProblem(
      await owner.put('/api/organization/medication-rules/psilocybin', {
        rules: [{ medicationClass: 'lithium', effect: 'sometimes', washoutDays: -3, source: '' }],
      }),
      400,
    );
    expect(r.errors?.map((f) => f.field)).toEqual([
      'rules[0].effect',
      'rules[0].washoutDays',
      'rules[0].source',
    ]);
  });

  it('audits reads and changes, and keeps other organizations out', async () => {
    const actions = (
      await db()
        .selectFrom('audit_events')
        .select('action')
        .where('organization_id', '=', org.id)
        .where('action', 'like', 'medication%')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'medication.create',
        'medication.list',
        'medication.confirm',
        'medication.update',
        'medication-rules.update',
      ]),
    );
    const other = await server.createOrg('Elsewhere');
    const stranger = await server.as(other.users.owner);
    expectProblem(await stranger.get(medsUrl()), 404);
    expectProblem(
      await stranger.put(`/api/medications/${lithium.id}`, {
        name: 'x',
        medicationClass: 'ssri',
        version: 1,
      }),
      404,
    );
    const rules = (await stranger.get('/api/organization/medication-rules')).json();
    expect(rules.items.find((s: { modality: string }) => s.modality === 'psilocybin').origin).toBe('default');
  });
});
