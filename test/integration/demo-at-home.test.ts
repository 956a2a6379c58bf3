/**
 * The demo's at-home ketamine program (issue 19 part 6), from the demo seed itself (without its
 * synthetic organization): an at-home program with check-in settings, a demo client cleared and
 * booked through screening, decision and consent, a support person who attested to the current
 * duties, two past lozenge doses each after a baseline, their check-ins answered by the client and
 * by the support person's link with blood pressure and pulse, one missed with its high alert, and a
 * session today on the facilitator's calendar, booked and not yet dosed.
 */
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPORT_ATTESTATION_VERSION } from '../../src/domain/dosing/at-home.ts';
import { DEMO_AT_HOME } from '../../src/server/demo/at-home.ts';
import { DEMO_ORG, DEMO_PASSWORD, demoEmail, seedDemo } from '../../src/server/demo/seed.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestServer } from '../support/harness.ts';

describe.each(DATABASES)('the demo at-home program on $name', (database) => {
  let server: TestServer;
  let orgId: string;
  let facilitator: Agent;
  let clinician: Agent;
  let program: { id: string };
  let enrollment: { id: string; clientId: string };
  const db = () => server.ctx.db.kysely;
  const signIn = async (role: 'facilitator' | 'clinician') => {
    const agent = server.agent();
    const res = await agent.signIn(demoEmail(role), DEMO_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    return agent;
  };

  beforeAll(async () => {
    server = await startTestServer(database);
    expect(await seedDemo(server.ctx, { synthetic: false })).toBe(true);
    orgId = (
      await db()
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', DEMO_ORG.slug)
        .executeTakeFirstOrThrow()
    ).id;
    facilitator = await signIn('facilitator');
    clinician = await signIn('clinician');
    const programs = (await clinician.get('/api/programs')).json().items as Array<{
      id: string;
      name: string;
    }>;
    program = programs.find((p) => p.name === DEMO_AT_HOME.programName)!;
    expect(program).toBeDefined();
    const e = await db()
      .selectFrom('enrollments')
      .select(['id', 'client_id'])
      .where('organization_id', '=', orgId)
      .where('program_id', '=', program.id)
      .executeTakeFirstOrThrow();
    enrollment = { id: e.id, clientId: e.client_id };
  });
  afterAll(() => server.close());

  it('makes an at-home program with check-ins and vitals, and a cleared, active client', async () => {
    expect((await clinician.get(`/api/programs/${program.id}/at-home`)).json()).toMatchObject({
      atHome: true,
      source: 'program',
      checkinMinutes: [30, 60, 120],
      graceMinutes: 15,
      askVitals: true,
    });
    const detail = (await clinician.get(`/api/enrollments/${enrollment.id}`)).json();
    expect(detail.status).toBe('active');
    expect(detail.clearance).toMatchObject({ cleared: true, reasons: [] });
    // The record reads in order: referred, screened, eligible, consented, then active at the first dose.
    const events = detail.events as Array<{ to: string; at: string }>;
    expect(events.map((e) => e.to)).toEqual(['referred', 'screening', 'eligible', 'consented', 'active']);
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const consent = await db()
      .selectFrom('consents')
      .select('signed_at')
      .where('enrollment_id', '=', enrollment.id)
      .executeTakeFirstOrThrow();
    expect(Date.parse(consent.signed_at)).toBeLessThan(times.at(-1)!);
    const support = (await facilitator.get(`/api/enrollments/${enrollment.id}/support-person`)).json();
    expect(support.problems).toEqual([]);
    expect(support.person).toMatchObject({
      name: DEMO_AT_HOME.supportPerson.name,
      attestedName: DEMO_AT_HOME.supportPerson.name,
      agreed: true,
      attestationVersion: SUPPORT_ATTESTATION_VERSION,
    });
  });

  it('gives two past sublingual doses after a baseline, labelled demo, with their check-ins', async () => {
    const doses = await db()
      .selectFrom('dosing_records')
      .selectAll()
      .where('organization_id', '=', orgId)
      .where('enrollment_id', '=', enrollment.id)
      .orderBy('started_at')
      .execute();
    expect(doses).toHaveLength(2);
    for (const d of doses) {
      expect(d).toMatchObject({ route: 'sublingual', substance_kind: 'ketamine-racemic' });
      expect(Number(d.dose_mg)).toBe(DEMO_AT_HOME.doseMg);
      expect(d.substance).toMatch(/demo/);
      expect(d.notes).toMatch(/demowaarde/);
      expect(Date.parse(d.started_at)).toBeLessThan(Date.now());
      const baseline = await db()
        .selectFrom('vital_signs')
        .select(['measured_at'])
        .where('session_id', '=', d.session_id)
        .where('phase', '=', 'baseline')
        .execute();
      expect(baseline).toHaveLength(1);
      expect(Date.parse(baseline[0]!.measured_at)).toBeLessThan(Date.parse(d.started_at));
    }
    const [first, second] = await Promise.all(
      doses.map(async (d) => {
        const res = await clinician.get(`/api/dosing-records/${d.id}/at-home`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json().checkins as Array<{
          offsetMinutes: number;
          answer: string | null;
          answeredBy: string | null;
          systolic: number | null;
          heartRate: number | null;
          missedAt: string | null;
        }>;
      }),
    );
    expect(first!.map((c) => [c.offsetMinutes, c.answer, c.answeredBy])).toEqual([
      [30, 'ok', 'client'],
      [60, 'ok', 'client'],
      [120, 'ok', 'support'],
    ]);
    expect(second!.map((c) => [c.offsetMinutes, c.answer, c.answeredBy, c.missedAt !== null])).toEqual([
      [30, 'ok', 'client', false],
      [60, 'ok', 'support', false],
      [120, null, null, true],
    ]);
    // Vitals read back where the program asks for them: every answered check-in has them.
    for (const c of [...first!, ...second!].filter((c) => c.answer))
      expect(c.systolic !== null && c.heartRate !== null).toBe(true);
  });

  it('raises one high alert for the missed check-in, in the alert queue', async () => {
    const rows = await db()
      .selectFrom('alerts')
      .selectAll()
      .where('organization_id', '=', orgId)
      .where('kind', '=', 'at-home')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      client_id: enrollment.clientId,
      severity: 'high',
      status: 'open',
      title: 'Missed at-home check-in',
    });
    // Raised when its grace period ended, not later.
    const missed = await db()
      .selectFrom('home_checkins')
      .select(['due_at', 'missed_at'])
      .where('organization_id', '=', orgId)
      .where('missed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    const late = (Date.parse(missed.missed_at!) - Date.parse(missed.due_at)) / 60_000;
    expect(late).toBeGreaterThanOrEqual(DEMO_AT_HOME.graceMinutes);
    expect(late).toBeLessThan(DEMO_AT_HOME.graceMinutes + 5);
    expect(Date.parse(rows[0]!.created_at)).toBe(Date.parse(missed.missed_at!));
    const queue = await clinician.get('/api/alerts');
    expect(queue.statusCode, queue.body).toBe(200);
    expect(JSON.stringify(queue.json())).toContain('Missed at-home check-in');
  });

  it("puts today's at-home session, booked and not dosed, on the facilitator's calendar", async () => {
    const zone = 'Europe/Amsterdam';
    const today = DateTime.now().setZone(zone).startOf('day');
    const from = today.toUTC().toISO()!;
    const to = today.plus({ days: 1 }).toUTC().toISO()!;
    const res = await facilitator.get(
      `/api/sessions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&clientId=${enrollment.clientId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<{
      id: string;
      name: string;
      dosing: unknown;
      attendees: Array<{ booking: string }>;
      facilitators: Array<{ name: string }>;
    }>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: 'Ketamine-zuigtablet thuis' });
    expect(items[0]!.attendees.map((a) => a.booking)).toEqual(['booked']);
    expect(items[0]!.facilitators.map((f) => f.name)).toEqual(['Fleur Facilitator (demo)']);
    const day = await facilitator.get(`/api/sessions/${items[0]!.id}/dosing-day/${enrollment.id}`);
    expect(day.json()).toMatchObject({ atHome: true, dosingRecords: [] });
  });
});
