/**
 * The client timeline: each enrollment with clearance, sessions (booking, attendance, the note — a
 * group session's one note in every attendee's timeline — and doses by role) and questionnaires due
 * and done from the client's stored responses. Audited.
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
  seedEnrolledClient,
  seedProgram,
  seedSession,
} from '../support/programs-fixtures.ts';

interface TimelineSession {
  id: string;
  name: string;
  booking: string;
  attendance: string | null;
  note?: string | null;
  noteBy?: { id: string; name: string } | null;
  dosingRecords?: Array<{ id: string; doseMg: number }>;
  attendees?: unknown;
}
interface Timeline {
  client: { id: string; name: string };
  enrollments: Array<{
    enrollment: {
      id: string;
      status: string;
      clearance: { cleared: boolean; reasons: string[] };
      cohort: { id: string } | null;
    };
    program: { id: string; name: string; version: number; phases: Array<{ key: string; label: string }> };
    sessions: TimelineSession[];
    assessments: Array<{
      planKey: string;
      instrumentId: string;
      status: string;
      responseId: string | null;
      dueAt: string | null;
    }>;
  }>;
}

const GAD7 = { q1: 1, q2: 1, q3: 2, q4: 0, q5: 1, q6: 3, q7: 0 };

describe.each(DATABASES)('client timeline on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let facilitator: Agent;
  let intake: Agent;
  let program: SeededProgram;
  let ada: { clientId: string; enrollmentId: string };
  let bea: { clientId: string; enrollmentId: string };
  let group: string;
  let dosing: string;
  let prep: string;
  let responseId: string;
  let doseId: string;

  const db = () => server.ctx.db.kysely;
  const timeline = async (agent: Agent, clientId: string) => {
    const res = await agent.get(`/api/clients/${clientId}/timeline`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Timeline;
  };

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Timeline Clinic');
    owner = await server.as(org.users.owner);
    facilitator = await server.as(org.users.facilitator);
    intake = await server.as(org.users.intake);
    program = await seedProgram(db(), org.id);
    const startDate = dayAt(3, 0).slice(0, 10);
    const cohortId = await seedCohort(db(), org.id, { programId: program.programId, startDate });
    ada = await seedEnrolledClient(db(), org.id, program, { cohortId, startDate, name: 'Ada' });
    bea = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate,
      name: 'Bea',
      status: 'screening',
    });
    prep = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      enrollmentId: ada.enrollmentId,
      planKey: 'prep',
      name: 'Preparation',
      startsAt: dayAt(-4, 10),
      endsAt: dayAt(-4, 11),
      attendees: [ada],
    });
    dosing = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      planKey: 'dosing',
      name: 'Dosing day',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: dayAt(-3, 9),
      endsAt: dayAt(-3, 17),
      attendees: [ada, { ...bea, booking: 'held' }],
    });
    group = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      planKey: 'integration',
      name: 'Integration circle',
      phase: 'integration',
      kind: 'group',
      startsAt: dayAt(4, 10),
      endsAt: dayAt(4, 12),
      attendees: [ada, bea],
    });
    const note = await facilitator.put(`/api/sessions/${group}/note`, {
      note: 'The group shared their experiences.',
      version: 1,
    });
    expect(note.statusCode, note.body).toBe(200);
    const r = await owner.post(`/api/clients/${ada.clientId}/responses`, {
      instrumentId: 'gad-7',
      answers: GAD7,
    });
    expect(r.statusCode, r.body).toBe(201);
    responseId = r.json().id;
    // Measured on the dosing day, before the dose (vital signs cannot be dated in the future).
    const baseline = await facilitator.post(`/api/sessions/${dosing}/dosing-day/${ada.enrollmentId}/vitals`, {
      measuredAt: dayAt(-3, 8, 50),
      systolic: 124,
      diastolic: 78,
    });
    expect(baseline.statusCode, baseline.body).toBe(201);
    const d = await facilitator.post(`/api/sessions/${dosing}/dosing-records`, {
      enrollmentId: ada.enrollmentId,
      substance: 'psilocybin',
      doseMg: 25,
      weightKg: 60,
      route: 'oral',
      lotNumber: null,
      startedAt: dayAt(-3, 9, 15),
    });
    expect(d.statusCode, d.body).toBe(201);
    doseId = d.json().id;
  });
  afterAll(() => server.close());

  it('shows each enrollment with program, clearance and sessions in time order', async () => {
    const t = await timeline(facilitator, ada.clientId);
    expect(t.client).toEqual({ id: ada.clientId, name: 'Ada Client' });
    expect(t.enrollments).toHaveLength(1);
    const e = t.enrollments[0]!;
    expect(e.enrollment).toMatchObject({
      id: ada.enrollmentId,
      status: 'active',
      clearance: { cleared: true, reasons: [] },
    });
    expect(e.program).toMatchObject({ id: program.programId, name: 'Test psilocybin retreat', version: 1 });
    expect(e.program.phases.map((p) => p.key)).toEqual(['preparation', 'immersion', 'integration']);
    expect(e.sessions.map((s) => s.id)).toEqual([prep, dosing, group]);
    expect(e.sessions.every((s) => s.attendees === undefined)).toBe(true);
    expect(e.sessions[1]).toMatchObject({ booking: 'booked', attendance: null });
    expect(e.sessions[1]!.dosingRecords).toEqual([expect.objectContaining({ id: doseId, doseMg: 25 })]);
  });

  it("a group session's one note shows only in the timelines of those who attended", async () => {
    // Attendance is recorded once a session has started: set here as it would be then.
    await db()
      .updateTable('session_attendees')
      .set({ attendance: 'attended' })
      .where('session_id', '=', group)
      .where('client_id', '=', ada.clientId)
      .execute();
    const a = (await timeline(facilitator, ada.clientId)).enrollments[0]!.sessions.find(
      (x) => x.id === group,
    )!;
    expect(a.note).toBe('The group shared their experiences.');
    expect(a.noteBy?.name).toBe('facilitator of Timeline Clinic');
    const notThere = (await timeline(facilitator, bea.clientId)).enrollments[0]!.sessions.find(
      (x) => x.id === group,
    )!;
    expect(notThere).toMatchObject({ note: null, noteBy: null, noteAt: null });
    const b = await timeline(facilitator, bea.clientId);
    expect(b.enrollments[0]!.enrollment.clearance.cleared).toBe(false);
    expect(b.enrollments[0]!.enrollment.clearance.reasons.length).toBeGreaterThan(0);
    expect(b.enrollments[0]!.sessions.find((x) => x.id === dosing)).toMatchObject({
      booking: 'held',
      dosingRecords: [],
    });
  });

  it('hides notes, doses and answers from intake; shows the questionnaires it chases', async () => {
    const t = await timeline(intake, ada.clientId);
    for (const s of t.enrollments[0]!.sessions) {
      expect(s).not.toHaveProperty('note');
      expect(s).not.toHaveProperty('dosingRecords');
    }
    // Journey 2: intake sends the baseline and sees every questionnaire's date, done or not,
    // never which response (no responseId to open).
    const a = t.enrollments[0]!.assessments ?? [];
    expect(a.find((x) => x.planKey === 'gad-baseline')).toMatchObject({ status: 'done', responseId: null });
    expect(a.every((x) => x.responseId === null)).toBe(true);
  });

  it('lists questionnaires due and done from the stored responses', async () => {
    const t = await timeline(owner, ada.clientId);
    const a = t.enrollments[0]!.assessments ?? [];
    expect(a.find((x) => x.planKey === 'gad-baseline')).toMatchObject({
      instrumentId: 'gad-7',
      status: 'done',
      responseId,
    });
    expect(a.find((x) => x.planKey === 'gad-after')).toMatchObject({ status: 'upcoming', responseId: null });
    const b = await timeline(owner, bea.clientId);
    expect(b.enrollments[0]!.assessments.find((x) => x.planKey === 'gad-baseline')).toMatchObject({
      status: 'open',
      responseId: null,
    });
  });

  it('is audited; an unknown or foreign client is 404; researchers may not read it', async () => {
    await timeline(intake, bea.clientId);
    const events = (await owner.get(`/api/audit?entityId=${bea.clientId}&action=client.timeline.view`)).json()
      .items;
    expect(events.length).toBeGreaterThan(0);
    expect(events[0].details.enrollmentIds).toEqual([bea.enrollmentId]);
    expectProblem(await owner.get(`/api/clients/${randomUUID()}/timeline`), 404, 'not-found');
    const other = await server.createOrg('Other Timeline Clinic');
    const otherOwner = await server.as(other.users.owner);
    expectProblem(await otherOwner.get(`/api/clients/${ada.clientId}/timeline`), 404, 'not-found');
    const researcher = await server.as(org.users.researcher);
    expectProblem(await researcher.get(`/api/clients/${ada.clientId}/timeline`), 403, 'forbidden');
  });
});
