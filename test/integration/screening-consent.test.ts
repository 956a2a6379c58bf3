import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistFor } from '../../src/domain/screening/index.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import { SCREENING_BODY } from '../support/program-cases.ts';
import {
  attendedSessions,
  CONSENT_TEXT,
  newClientId,
  programFromTemplate,
} from '../support/program-fixtures.ts';

const ketamine = checklistFor('ketamine');
const allNo = (modality: 'ketamine' | 'psilocybin' = 'ketamine') =>
  Object.fromEntries(checklistFor(modality).items.map((i) => [i.id, 'no']));
const hardStop = ketamine.items.find((i) => i.severity === 'hard-stop')!;
const caution = ketamine.items.find((i) => i.severity === 'caution')!;
const signedAt = () => new Date(Date.now() - 60_000).toISOString();

describe.each(DATABASES)('screening, eligibility and consent on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let yermus: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Screening Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    yermus = (await programFromTemplate(clinician, 'kap-yermus-2023')).id;
    expect((await clinician.post(`/api/programs/${yermus}/consent-documents`, CONSENT_TEXT)).statusCode).toBe(
      201,
    );
  });
  afterAll(() => server.close());

  const referral = async (programId = yermus) => {
    const res = await intake.post('/api/enrollments', {
      clientId: await newClientId(intake),
      programId,
      startDate: '2030-02-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };
  const screen = async (enrollmentId: string, answers: Record<string, string> = allNo()) => {
    const res = await intake.post(`/api/enrollments/${enrollmentId}/screenings`, SCREENING_BODY(answers));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const decide = (
    agent: Agent,
    e: string,
    s: string,
    decision: string,
    rationale = 'Reviewed the checklist.',
  ) => agent.post(`/api/enrollments/${e}/screenings/${s}/decision`, { decision, rationale });
  const consent = (e: string, documentVersion = 1) =>
    intake.post(`/api/enrollments/${e}/consents`, {
      documentVersion,
      signedAt: signedAt(),
      method: 'in-person signature',
    });

  it('serves the checklist of each modality', async () => {
    for (const modality of ['ketamine', 'psilocybin', 'other'] as const) {
      const res = await intake.get(`/api/screening-checklists/${modality}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ modality, version: checklistFor(modality).version });
      expect(res.json().items.length).toBe(checklistFor(modality).items.length);
    }
    expect(expectProblem(await intake.get('/api/screening-checklists/lsd'), 400).errors![0]!.field).toBe(
      'modality',
    );
  });

  it('records a screening: the referral moves to screening, the evaluation names hard stops and cautions', async () => {
    const e = await referral();
    const answers = { ...allNo(), [hardStop.id]: 'yes', [caution.id]: 'yes' };
    delete answers[ketamine.items[ketamine.items.length - 1]!.id];
    const s = await intake.post(`/api/enrollments/${e.id}/screenings`, {
      ...SCREENING_BODY(answers),
      notes: '  Referred by GP  ',
    });
    expect(s.statusCode, s.body).toBe(201);
    expect(s.json()).toMatchObject({
      modality: 'ketamine',
      checklistVersion: ketamine.version,
      medications: [{ name: 'Sertraline', dose: '50 mg', frequency: 'daily' }],
      vitals: {
        systolic: 122,
        diastolic: 78,
        heartRate: 70,
        spo2: null,
        weightKg: 72,
        heightCm: null,
        measuredAt: null,
      },
      notes: 'Referred by GP',
      decision: null,
      recordedBy: { name: expect.stringContaining('intake') },
    });
    expect(s.json().evaluation.hardStops.map((i: { id: string }) => i.id)).toEqual([hardStop.id]);
    expect(s.json().evaluation.cautions.map((i: { id: string }) => i.id)).toEqual([caution.id]);
    expect(s.json().evaluation.unanswered).toHaveLength(1);
    const detail = (await intake.get(`/api/enrollments/${e.id}`)).json();
    expect(detail.status).toBe('screening');
    expect(detail.events.at(-1)).toMatchObject({
      from: 'referred',
      to: 'screening',
      reason: 'Screening recorded',
    });
    expect(detail.screenings.map((x: { id: string }) => x.id)).toEqual([s.json().id]);
    const audit = (await owner.get(`/api/audit?entityType=screening&entityId=${s.json().id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'screening.record' });
    expect(JSON.stringify(audit[0].details)).not.toContain('Sertraline');
  });

  it('refuses screening input that is not on the checklist or impossible, naming the field', async () => {
    const e = await referral();
    const unknownItem = await intake.post(
      `/api/enrollments/${e.id}/screenings`,
      SCREENING_BODY({ 'not-an-item': 'no' }),
    );
    expect(expectProblem(unknownItem, 400).errors![0]!.field).toBe('answers.not-an-item');
    const vitals = await intake.post(`/api/enrollments/${e.id}/screenings`, {
      ...SCREENING_BODY(allNo()),
      vitals: { systolic: 900 },
    });
    expect(expectProblem(vitals, 400).errors![0]!.field).toBe('vitals.systolic');
    const answer = await intake.post(
      `/api/enrollments/${e.id}/screenings`,
      SCREENING_BODY({ [hardStop.id]: 'maybe' }),
    );
    expect(expectProblem(answer, 400).errors![0]!.field).toBe(`answers.${hardStop.id}`);
    expect((await intake.get(`/api/enrollments/${e.id}`)).json()).toMatchObject({
      status: 'referred',
      screenings: [],
    });
    expectProblem(
      await facilitator.post(`/api/enrollments/${e.id}/screenings`, SCREENING_BODY(allNo())),
      403,
    );
  });

  it('only a clinician or owner decides eligibility, and a hard stop refuses eligible', async () => {
    const e = await referral();
    const s = await screen(e.id, { ...allNo(), [hardStop.id]: 'yes' });
    expectProblem(await decide(intake, e.id, s.id, 'eligible'), 403);
    expectProblem(await decide(facilitator, e.id, s.id, 'ineligible'), 403);
    const refused = await decide(clinician, e.id, s.id, 'eligible');
    const p = expectProblem(refused, 409);
    expect(p.detail).toContain('hard stop');
    expect(p.hardStops).toEqual([hardStop.id]);
    const blank = await decide(clinician, e.id, s.id, 'ineligible', '   ');
    expect(expectProblem(blank, 400).errors![0]!.field).toBe('rationale');
    expect((await intake.get(`/api/enrollments/${e.id}`)).json().status).toBe('screening');

    const no = await decide(clinician, e.id, s.id, 'ineligible', 'Uncontrolled hypertension.');
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json()).toMatchObject({ status: 'ineligible', statusReason: 'Uncontrolled hypertension.' });
    expect(no.json().screenings[0]).toMatchObject({
      decision: 'ineligible',
      rationale: 'Uncontrolled hypertension.',
      decidedBy: { name: expect.stringContaining('clinician') },
    });
    expectProblem(await decide(owner, e.id, s.id, 'ineligible'), 409);
    const audit = (await owner.get(`/api/audit?action=enrollment.transition&entityId=${e.id}`)).json().items;
    expect(audit[0].details).toMatchObject({
      from: 'screening',
      to: 'ineligible',
      reason: 'Screening decision',
      screeningId: s.id,
    });
    expect(JSON.stringify(audit)).not.toContain('hypertension');

    // Re-screening after ineligible: a new screening, decided on its own.
    const again = await screen(e.id);
    expect((await intake.get(`/api/enrollments/${e.id}`)).json().status).toBe('screening');
    expectProblem(await decide(owner, e.id, s.id, 'eligible'), 409);
    const yes = await decide(owner, e.id, again.id, 'eligible', 'Blood pressure controlled on treatment.');
    expect(yes.statusCode, yes.body).toBe(200);
    expect(yes.json().status).toBe('eligible');
  });

  it('refuses eligible while items are unanswered or unknown', async () => {
    const e = await referral();
    const s = await screen(e.id, { ...allNo(), [caution.id]: 'unknown' });
    const p = expectProblem(await decide(clinician, e.id, s.id, 'eligible'), 409);
    expect(p.unanswered).toEqual([caution.id]);
  });

  it('consent must be to the current version, after eligibility', async () => {
    const program = (await programFromTemplate(clinician, 'kap-yermus-2023')).id;
    const e = await referral(program);
    const s = await screen(e.id);
    // Not yet eligible, and no consent document yet.
    expect(expectProblem(await consent(e.id), 409).detail).toContain('no consent document');
    await clinician.post(`/api/programs/${program}/consent-documents`, CONSENT_TEXT);
    expect(expectProblem(await consent(e.id), 409).detail).toContain('eligible');
    await decide(clinician, e.id, s.id, 'eligible');
    await clinician.post(`/api/programs/${program}/consent-documents`, {
      ...CONSENT_TEXT,
      body: 'Version 2.',
    });
    const old = await consent(e.id, 1);
    const p = expectProblem(old, 409);
    expect(p.detail).toContain('version 2');
    expect(p.currentVersion).toBe(2);
    const future = await intake.post(`/api/enrollments/${e.id}/consents`, {
      documentVersion: 2,
      signedAt: new Date(Date.now() + 3_600_000).toISOString(),
      method: 'electronic signature',
    });
    expect(expectProblem(future, 400).errors![0]!.field).toBe('signedAt');
    expect((await intake.get(`/api/enrollments/${e.id}`)).json()).toMatchObject({
      status: 'eligible',
      consents: [],
    });

    const ok = await consent(e.id, 2);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'consented', clearance: { cleared: true, reasons: [] } });
    expect(ok.json().consents).toEqual([
      expect.objectContaining({
        documentVersion: 2,
        method: 'in-person signature',
        documentTitle: CONSENT_TEXT.title,
      }),
    ]);
    expect(expectProblem(await consent(e.id, 2), 409).detail).toContain('already');
    // Eligible and consented come only from their actions.
    const direct = await intake.post(`/api/enrollments/${e.id}/transitions`, {
      to: 'active',
      version: ok.json().version,
    });
    expect(direct.statusCode, direct.body).toBe(200);
    const e2 = await referral(program);
    const s2 = await screen(e2.id);
    const d2 = (await decide(clinician, e2.id, s2.id, 'eligible')).json();
    const consentedDirectly = await intake.post(`/api/enrollments/${e2.id}/transitions`, {
      to: 'consented',
      version: d2.version,
    });
    expect(expectProblem(consentedDirectly, 409).detail).toContain(`/api/enrollments/${e2.id}/consents`);
    expect((await intake.get(`/api/enrollments/${e2.id}`)).json().status).toBe('eligible');
  });

  it('dosing bookings stay held until the client is eligible and has consented', async () => {
    const e = await referral();
    const held = () => attendedSessions(server, e.id);
    const dosing = (await held()).filter((s) => s.dosing);
    expect(dosing.length).toBeGreaterThan(0);
    const isHeld = async () => (await held()).filter((s) => s.dosing).every((s) => s.booking === 'held');
    expect(await isHeld()).toBe(true);
    expect((await held()).filter((s) => !s.dosing).every((s) => s.booking === 'booked')).toBe(true);

    const s = await screen(e.id);
    expect(await isHeld()).toBe(true);
    const eligible = await decide(clinician, e.id, s.id, 'eligible');
    expect(eligible.json().clearance.cleared).toBe(false);
    expect(await isHeld()).toBe(true);

    const consented = await consent(e.id);
    expect(consented.json().clearance).toEqual({ cleared: true, reasons: [], codes: [] });
    expect((await held()).every((s) => s.booking === 'booked')).toBe(true);
    const audit = (await owner.get(`/api/audit?action=enrollment.bookings-released&entityId=${e.id}`)).json()
      .items;
    expect(audit[0].details.sessionIds).toHaveLength(dosing.length);

    // A new consent document version: clearance lapses until the client consents to it.
    await clinician.post(`/api/programs/${yermus}/consent-documents`, { ...CONSENT_TEXT, body: 'Revised.' });
    const lapsed = (await intake.get(`/api/enrollments/${e.id}`)).json().clearance;
    expect(lapsed.cleared).toBe(false);
    expect(lapsed.reasons.join(' ')).toMatch(/2/);
    const again = await consent(e.id, 2);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ status: 'consented', clearance: { cleared: true } });
  });

  it("in a cohort, one client's consent books only their own place on the shared dosing days", async () => {
    const retreat = (await programFromTemplate(clinician, 'psilocybin-retreat')).id;
    await clinician.post(`/api/programs/${retreat}/consent-documents`, CONSENT_TEXT);
    const cohort = (
      await intake.post('/api/cohorts', {
        programId: retreat,
        name: 'Held',
        startDate: '2030-06-10',
        capacity: 4,
        facilitatorIds: [],
      })
    ).json();
    const enrollIn = async () =>
      (
        await intake.post('/api/enrollments', {
          clientId: await newClientId(intake),
          programId: retreat,
          cohortId: cohort.id,
        })
      ).json();
    const a = await enrollIn();
    const b = await enrollIn();
    const s = (
      await intake.post(`/api/enrollments/${a.id}/screenings`, SCREENING_BODY(allNo('psilocybin')))
    ).json();
    expect((await decide(clinician, a.id, s.id, 'eligible')).statusCode).toBe(200);
    expect((await consent(a.id)).statusCode).toBe(201);
    const mine = (await attendedSessions(server, a.id)).filter((x) => x.dosing);
    const theirs = (await attendedSessions(server, b.id)).filter((x) => x.dosing);
    expect(mine.map((x) => x.id)).toEqual(theirs.map((x) => x.id));
    expect(mine.every((x) => x.booking === 'booked')).toBe(true);
    expect(theirs.every((x) => x.booking === 'held')).toBe(true);
  });
});
