/**
 * One client through the whole program API, end to end: a program from a template, enrollment
 * (sessions generated, dosing places held), dosing refused with the reasons, screening, the
 * clinician's decision, consent (places booked), the first dose (enrollment active), and the
 * calendar, the client's feed and the timeline showing all of it.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistFor } from '../../src/domain/screening/index.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import { SCREENING_BODY } from '../support/program-cases.ts';
import { CONSENT_TEXT, newClientId, programFromTemplate } from '../support/program-fixtures.ts';

interface TimelineSession {
  id: string;
  name: string;
  dosing: boolean;
  startsAt: string;
  booking: string;
  dosingRecords?: Array<{ id: string }>;
}

const allNo = () => Object.fromEntries(checklistFor('ketamine').items.map((i) => [i.id, 'no']));

describe.each(DATABASES)('one client through the program on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let clinician: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let programId: string;
  let clientId: string;
  let enrollmentId: string;

  const today = new Date().toISOString().slice(0, 10);
  const timeline = async () => {
    const res = await clinician.get(`/api/clients/${clientId}/timeline`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().enrollments[0] as {
      enrollment: { status: string; clearance: { cleared: boolean; reasons: string[] } };
      sessions: TimelineSession[];
      assessments: Array<{ planKey: string; status: string }>;
    };
  };
  const dose = (sessionId: string) =>
    facilitator.post(`/api/sessions/${sessionId}/dosing-records`, {
      enrollmentId,
      substance: 'ketamine',
      doseMg: 35,
      weightKg: 70,
      route: 'IM',
      lotNumber: 'K-2030-01',
      startedAt: new Date().toISOString(),
    });

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Flow Clinic');
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    programId = (await programFromTemplate(clinician, 'kap-yermus-2023')).id;
    expect(
      (await clinician.post(`/api/programs/${programId}/consent-documents`, CONSENT_TEXT)).statusCode,
    ).toBe(201);
    clientId = await newClientId(intake, { givenName: 'Flo', familyName: 'Flowers' });
    const e = await intake.post('/api/enrollments', { clientId, programId, startDate: today });
    expect(e.statusCode, e.body).toBe(201);
    enrollmentId = e.json().id;
  });
  afterAll(() => server.close());

  it('enrolment generates sessions; dosing places are held and a dose is refused with the reasons', async () => {
    const t = await timeline();
    const dosing = t.sessions.filter((s) => s.dosing);
    expect(dosing).toHaveLength(6);
    expect(dosing.every((s) => s.booking === 'held')).toBe(true);
    expect(t.enrollment.clearance.cleared).toBe(false);
    const refused = expectProblem(await dose(dosing[0]!.id), 409);
    expect(refused.reasons).toEqual(expect.arrayContaining(t.enrollment.clearance.reasons));
  });

  it('after screening, an eligible decision and consent, the places are booked and the first dose makes the client active', async () => {
    const s = await intake.post(`/api/enrollments/${enrollmentId}/screenings`, SCREENING_BODY(allNo()));
    expect(s.statusCode, s.body).toBe(201);
    const d = await clinician.post(`/api/enrollments/${enrollmentId}/screenings/${s.json().id}/decision`, {
      decision: 'eligible',
      rationale: 'No contraindications.',
    });
    expect(d.statusCode, d.body).toBe(200);
    const c = await intake.post(`/api/enrollments/${enrollmentId}/consents`, {
      documentVersion: 1,
      signedAt: new Date(Date.now() - 60_000).toISOString(),
      method: 'in-person signature',
    });
    expect(c.statusCode, c.body).toBe(201);

    const before = await timeline();
    expect(before.enrollment).toMatchObject({
      status: 'consented',
      clearance: { cleared: true, reasons: [] },
    });
    const first = before.sessions.find((x) => x.dosing)!;
    expect(first.booking).toBe('booked');

    const given = await dose(first.id);
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ mgPerKg: 0.5, route: 'IM', client: { name: 'Flo Flowers' } });

    const after = await timeline();
    expect(after.enrollment.status).toBe('active');
    expect(after.sessions.find((x) => x.id === first.id)!.dosingRecords).toEqual([
      expect.objectContaining({ id: given.json().id }),
    ]);
    expect(after.assessments.length).toBeGreaterThan(0);
    const detail = (await clinician.get(`/api/enrollments/${enrollmentId}`)).json();
    expect(detail.status).toBe('active');
    expect(detail.events.at(-1)).toMatchObject({ from: 'consented', to: 'active' });
  });

  it("the calendar and the client's feed show the generated sessions", async () => {
    const t = await timeline();
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString();
    const to = new Date(Date.parse(from) + 62 * 86_400_000).toISOString();
    const list = await intake.get(
      `/api/sessions?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&clientId=${clientId}`,
    );
    expect(list.statusCode, list.body).toBe(200);
    const listed = list.json().items as Array<{ id: string; attendees: Array<{ clientId: string }> }>;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((s) => s.attendees.some((a) => a.clientId === clientId))).toBe(true);
    const inRange = t.sessions.filter((s) => s.startsAt >= from && s.startsAt < to).map((s) => s.id);
    expect(listed.map((s) => s.id).sort()).toEqual(inRange.sort());

    const feed = await intake.post('/api/calendar-feeds', { ownerType: 'client', ownerId: clientId });
    expect(feed.statusCode, feed.body).toBe(201);
    const ics = await server.agent().get(new URL(feed.json().url).pathname);
    expect(ics.statusCode).toBe(200);
    const uids = new ICAL.Component(ICAL.parse(ics.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).uid);
    expect(uids.sort()).toEqual(t.sessions.map((s) => s.id).sort());
    expect(ics.body).not.toMatch(/Flowers|K-2030/);
  });
});
