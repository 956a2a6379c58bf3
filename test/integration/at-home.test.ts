/**
 * At-home dosing (issue 19, part 6) on SQLite and PostgreSQL: a dose in an at-home session is
 * refused without an attested support person; check-ins answered by the client in the portal and
 * by the support person's link; a forged or expired link refused; a missed check-in alerts once;
 * "I need help" raises an urgent alert at once and answers with the crisis lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORT_ATTESTATION_VERSION } from '../../src/domain/dosing/at-home.ts';
import { raiseMissedCheckins } from '../../src/server/at-home/missed.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { seedPortalLink } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import {
  addMinutes,
  type SeededProgram,
  seedCohort,
  seedEnrolledClient,
  seedProgram,
  seedSession,
} from '../support/programs-fixtures.ts';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe.each(DATABASES)('at-home dosing on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let facilitator: Agent;
  let program: SeededProgram;
  let sessionId: string;
  let ada: { clientId: string; enrollmentId: string };
  let recordId: string;
  let token: string;
  const db = () => server.ctx.db.kysely;
  const support = (over: Record<string, unknown> = {}) => ({
    name: 'Sam de Vries',
    phone: '06 1234 5678',
    relationship: 'partner',
    attestedName: 'Sam de Vries',
    agreed: true,
    attestedAt: minutesAgo(60 * 24),
    attestationVersion: SUPPORT_ATTESTATION_VERSION,
    ...over,
  });
  const dose = () => ({
    enrollmentId: ada.enrollmentId,
    substance: 'ketamine',
    doseMg: 100,
    weightKg: 70,
    route: 'sublingual',
    lotNumber: 'LOZ-1',
    startedAt: minutesAgo(35),
  });
  const checkins = () =>
    db()
      .selectFrom('home_checkins')
      .selectAll()
      .where('dosing_record_id', '=', recordId)
      .orderBy('due_at')
      .execute();
  const alerts = () =>
    db()
      .selectFrom('alerts')
      .selectAll()
      .where('organization_id', '=', org.id)
      .where('kind', '=', 'at-home')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Home Dosing Clinic');
    owner = await server.as(org.users.owner);
    facilitator = await server.as(org.users.facilitator);
    program = await seedProgram(db(), org.id);
    const startDate = minutesAgo(60 * 24).slice(0, 10);
    const cohortId = await seedCohort(db(), org.id, { programId: program.programId, startDate });
    ada = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate,
      status: 'consented',
      name: 'Ada',
    });
    sessionId = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Lozenge at home',
      phase: 'immersion',
      kind: 'personal',
      dosing: { substance: 'ketamine', route: 'sublingual', mgPerKg: null },
      startsAt: minutesAgo(40),
      endsAt: addMinutes(minutesAgo(40), 240),
      attendees: [{ ...ada, booking: 'booked' }],
    });
    const baseline = await facilitator.post(
      `/api/sessions/${sessionId}/dosing-day/${ada.enrollmentId}/vitals`,
      {
        measuredAt: minutesAgo(38),
        systolic: 125,
        diastolic: 80,
        heartRate: 70,
      },
    );
    expect(baseline.statusCode, baseline.body).toBe(201);
  });
  afterAll(() => server.close());

  it('marks a program at-home (settings checked by field; not by a facilitator)', async () => {
    const url = `/api/programs/${program.programId}/at-home`;
    const body = { atHome: true, checkinMinutes: [120, 30, 60], graceMinutes: 15, askVitals: true };
    expect((await facilitator.get(url)).json()).toMatchObject({ atHome: false, source: null });
    expectProblem(await facilitator.put(url, body), 403);
    const bad = expectProblem(await owner.put(url, { ...body, graceMinutes: 0 }), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual(['graceMinutes']);
    const res = await owner.put(url, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ atHome: true, source: 'program', checkinMinutes: [30, 60, 120] });
    // Read back by every role that reads programs; another organization's program is not found.
    expect((await facilitator.get(url)).json()).toMatchObject({
      atHome: true,
      graceMinutes: 15,
      askVitals: true,
    });
    expectProblem(await facilitator.get('/api/programs/00000000-0000-4000-8000-000000000000/at-home'), 404);
    // The dosing day says so, and its page shows the support person.
    const day = await facilitator.get(`/api/sessions/${sessionId}/dosing-day/${ada.enrollmentId}`);
    expect(day.json()).toMatchObject({ atHome: true });
  });

  it('refuses the dose without an attested support person (409 with the reasons), nothing stored', async () => {
    const none = expectProblem(
      await facilitator.post(`/api/sessions/${sessionId}/dosing-records`, dose()),
      409,
    );
    expect((none.reasons as string[]).join(' ')).toMatch(/support person/);
    const old = await facilitator.put(
      `/api/enrollments/${ada.enrollmentId}/support-person`,
      support({ attestationVersion: '2020-01-v0', agreed: false }),
    );
    expect(old.statusCode, old.body).toBe(200);
    expect(old.json().problems).toHaveLength(2);
    const still = expectProblem(
      await facilitator.post(`/api/sessions/${sessionId}/dosing-records`, dose()),
      409,
    );
    expect(still.reasons as string[]).toHaveLength(2);
    const stored = await db()
      .selectFrom('dosing_records')
      .select('id')
      .where('session_id', '=', sessionId)
      .execute();
    expect(stored).toHaveLength(0);
    const blank = expectProblem(
      await facilitator.put(`/api/enrollments/${ada.enrollmentId}/support-person`, support({ phone: ' ' })),
      400,
    );
    expect(blank.errors?.map((e) => e.field)).toEqual(['phone']);
  });

  it('records the dose once the support person attested, and plans the check-ins', async () => {
    const put = await facilitator.put(`/api/enrollments/${ada.enrollmentId}/support-person`, support());
    expect(put.json().problems).toEqual([]);
    const res = await facilitator.post(`/api/sessions/${sessionId}/dosing-records`, dose());
    expect(res.statusCode, res.body).toBe(201);
    recordId = res.json().id;
    expect((await checkins()).map((c) => c.offset_minutes)).toEqual([30, 60, 120]);
  });

  it('lets the client answer the open check-in in the portal (vitals asked for)', async () => {
    const client = server.agent();
    expect(
      (await client.post('/api/portal/sign-in', { token: await seedPortalLink(db(), org.id, ada.clientId) }))
        .statusCode,
    ).toBe(204);
    const list = await client.get('/api/portal/at-home');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0].checkins).toHaveLength(3);
    const url = `/api/portal/at-home/${recordId}/checkin`;
    expect(expectProblem(await client.post(url, { answer: 'ok' }), 400).errors?.[0]?.field).toBe('systolic');
    const ok = await client.post(url, {
      answer: 'ok',
      systolic: 128,
      diastolic: 82,
      heartRate: 76,
      note: 'Rustig',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      checkin: { offsetMinutes: 30, answer: 'ok', answeredBy: 'client' },
      crisis: null,
    });
    // Nothing else is open now: the next check-in is 25 minutes away.
    expectProblem(await client.post(url, { answer: 'ok', systolic: 128, diastolic: 82, heartRate: 76 }), 409);
  });

  it('lets the support person answer by link: no other data, "I need help" alerts at once', async () => {
    const made = await facilitator.post(`/api/dosing-records/${recordId}/support-link`, {});
    expect(made.statusCode, made.body).toBe(201);
    token = (made.json().url as string).split('/checkin/')[1]!;
    const view = await server.agent().get(`/api/home-support/${token}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(Object.keys(view.json()).sort()).toEqual(
      [
        'askVitals',
        'checkins',
        'clientName',
        'dosingRecordId',
        'expiresAt',
        'language',
        'locale',
        'organizationName',
        'timeZone',
      ].sort(),
    );
    expect(view.json().clientName).toBe('Ada');
    expect(view.body).not.toMatch(/06 1234|Client|partner/);
    const help = await server
      .agent()
      .post(`/api/home-support/${token}/checkin`, { answer: 'help', note: 'Erg misselijk' });
    expect(help.statusCode, help.body).toBe(200);
    expect(help.json().checkin).toMatchObject({ answer: 'help', answeredBy: 'support', offsetMinutes: null });
    expect(help.json().crisis.contacts.length).toBeGreaterThan(0);
    const urgent = await alerts();
    expect(urgent.map((a) => [a.title, a.severity])).toEqual([['At-home session: I need help', 'high']]);
  });

  it('refuses a forged link (404) and an expired one (410)', async () => {
    expectProblem(await server.agent().get(`/api/home-support/${'x'.repeat(43)}`), 404);
    await db()
      .updateTable('home_support_links')
      .set({ expires_at: minutesAgo(1) })
      .where('dosing_record_id', '=', recordId)
      .execute();
    expectProblem(await server.agent().get(`/api/home-support/${token}`), 410);
    expectProblem(await server.agent().post(`/api/home-support/${token}/checkin`, { answer: 'help' }), 410);
  });

  it('alerts once for each missed check-in, however often the job runs', async () => {
    const later = addMinutes(new Date().toISOString(), 180);
    expect(await raiseMissedCheckins(server.ctx, later)).toBe(2);
    expect(await raiseMissedCheckins(server.ctx, later)).toBe(0);
    expect((await alerts()).filter((a) => a.title === 'Missed at-home check-in')).toHaveLength(2);
  });

  it('shows staff the timeline, audited; not to intake', async () => {
    const res = await facilitator.get(`/api/dosing-records/${recordId}/at-home`);
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json();
    expect(t.checkins.map((c: { answer: string | null }) => c.answer)).toEqual(['ok', 'help', null, null]);
    expect(t.support.person.name).toBe('Sam de Vries');
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'at-home.%')
      .execute();
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        'at-home.settings',
        'at-home.support.record',
        'at-home.portal.view',
        'at-home.checkin',
        'at-home.support-link',
        'at-home.support-link.view',
        'at-home.timeline.view',
      ]),
    );
    const intake = await server.as(org.users.intake);
    expectProblem(await intake.get(`/api/dosing-records/${recordId}/at-home`), 403);
  });
});
