/**
 * A client with something in every category, written through the API as staff and the client
 * would: searched for, edited, enrolled with a reason, screened (notes), decided, consented, dosed
 * (notes, vitals, adverse event), a session note, a PHQ-9, an alert resolved with a note, a portal sign-in link, a journal entry, a calendar feed. Every free text names the client,
 * so a search of the database for the name finds each one until it is erased.
 */
import { expect } from 'vitest';
import { checklistFor } from '../../src/domain/screening/index.ts';
import { type Agent, type TestServer, validClient } from './harness.ts';
import { phq9, seedAlert, seedInvitation, seedPortalLink } from './portal-fixtures.ts';
import { SCREENING_BODY } from './program-cases.ts';

export interface Staff {
  intake: Agent;
  clinician: Agent;
  facilitator: Agent;
}

export interface PopulatedClient {
  id: string;
  enrollmentId: string;
  /** Name, email, phone (as stored and as digits), date of birth, journal text. */
  secrets: string[];
}

const ok = async (p: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 201) => {
  const res = await p;
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Record<string, unknown> & { id: string; version: number };
};

/** A client who was never treated: registered, searched, edited, emailed a link, wrote a journal. */
export async function registeredClient(
  server: TestServer,
  orgId: string,
  staff: Staff,
  tag: string,
): Promise<PopulatedClient> {
  const given = `Wilhelmina${tag}`;
  const family = `Zonderland${tag}`;
  const email = `w.zonderland.${tag.toLowerCase()}@client.example`;
  // Unique per tag, so one client's search finds nothing of another's.
  const n = tag.charCodeAt(0) % 10;
  const dateOfBirth = `1983-07-1${n}`;
  const phone = `+31 6 9182 736${n}`;
  const created = await ok(
    staff.clinician.post(
      '/api/clients',
      validClient({
        givenName: given,
        familyName: family,
        preferredName: `Mien${tag}`,
        dateOfBirth,
        email,
        phone,
        address: `Prinsengracht 1${tag.length}, Amsterdam`,
        emergencyContact: { name: `Henk ${family}`, relationship: 'partner', phone: '+31 6 5544 3322' },
        notes: `${given} prefers mornings.`,
      }),
    ),
  );
  const id = created.id;
  expect((await staff.intake.get(`/api/clients?q=${family}`)).statusCode).toBe(200);
  await ok(
    staff.intake.put(`/api/clients/${id}`, {
      ...validClient({
        givenName: given,
        familyName: family,
        dateOfBirth,
        email,
        phone,
      }),
      version: created.version,
    }),
    200,
  );
  await ok(staff.intake.post(`/api/clients/${id}/portal-link`, {}));
  const client = server.agent();
  const signIn = await client.post('/api/portal/sign-in', {
    token: await seedPortalLink(server.ctx.db.kysely, orgId, id),
  });
  expect(signIn.statusCode, signIn.body).toBe(204);
  const journal = `Dear diary, ${given} here: the ceremony${tag} on the Veluwe changed me.`;
  const entry = await ok(client.post('/api/portal/journal', { body: journal }));
  await ok(client.post(`/api/portal/journal/${entry.id}/share`, { shared: true }), 200);
  const stored = (await staff.intake.get(`/api/clients/${id}`)).json() as { phone: string };
  return {
    id,
    enrollmentId: '',
    secrets: [
      given,
      family,
      email,
      stored.phone,
      stored.phone.replace(/\D/g, ''),
      dateOfBirth,
      `ceremony${tag} on the Veluwe`,
    ],
  };
}

/** A treated client: everything of `registeredClient`, plus a whole course of care. */
export async function treatedClient(
  server: TestServer,
  orgId: string,
  staff: Staff,
  programId: string,
  tag: string,
): Promise<PopulatedClient> {
  const c = await registeredClient(server, orgId, staff, tag);
  const name = `Wilhelmina${tag}`;
  const today = new Date().toISOString().slice(0, 10);
  const e = await ok(staff.intake.post('/api/enrollments', { clientId: c.id, programId, startDate: today }));
  const moved = await ok(
    staff.intake.post(`/api/enrollments/${e.id}/transitions`, {
      to: 'screening',
      reason: `${name} phoned`,
      version: 1,
    }),
    200,
  );
  const allNo = Object.fromEntries(checklistFor('ketamine').items.map((i) => [i.id, 'no']));
  const s = await ok(
    staff.intake.post(`/api/enrollments/${e.id}/screenings`, {
      ...SCREENING_BODY(allNo),
      notes: `${name} is calm.`,
    }),
  );
  await ok(
    staff.clinician.post(`/api/enrollments/${e.id}/screenings/${s.id}/decision`, {
      decision: 'eligible',
      rationale: `${name}: no contraindications.`,
    }),
    200,
  );
  await ok(
    staff.intake.post(`/api/enrollments/${e.id}/consents`, {
      documentVersion: 1,
      signedAt: new Date(Date.now() - 60_000).toISOString(),
      method: 'in-person signature',
    }),
  );
  expect(moved.version).toBe(2);
  const timeline = (await staff.clinician.get(`/api/clients/${c.id}/timeline`)).json() as {
    enrollments: Array<{ sessions: Array<{ id: string; dosing: boolean }> }>;
  };
  const sessions = timeline.enrollments[0]!.sessions;
  const dosing = sessions.find((x) => x.dosing)!;
  const dose = await ok(
    staff.facilitator.post(`/api/sessions/${dosing.id}/dosing-records`, {
      enrollmentId: e.id,
      substance: 'ketamine',
      doseMg: 35,
      weightKg: 70,
      route: 'IM',
      lotNumber: 'K-2030-01',
      startedAt: new Date().toISOString(),
    }),
  );
  await ok(
    staff.facilitator.put(`/api/dosing-records/${dose.id}`, {
      version: dose.version,
      endedAt: null,
      dischargeReady: false,
      dischargedAt: null,
      dischargeNote: null,
      notes: `${name} felt nauseous.`,
    }),
    200,
  );
  await ok(
    staff.facilitator.post(`/api/dosing-records/${dose.id}/vitals`, {
      phase: 'during',
      measuredAt: new Date().toISOString(),
      systolic: 131,
      diastolic: 84,
      heartRate: 77,
      spo2: 98,
    }),
  );
  await ok(
    staff.facilitator.post(`/api/dosing-records/${dose.id}/adverse-events`, {
      type: 'Nausea',
      grade: 1,
      action: 'observation',
      outcome: 'resolved',
      onsetAt: new Date().toISOString(),
      notes: `${name} vomited once.`,
    }),
  );
  const session = (await staff.facilitator.get(`/api/sessions/${sessions[0]!.id}`)).json() as {
    version: number;
  };
  await ok(
    staff.facilitator.put(`/api/sessions/${sessions[0]!.id}/note`, {
      note: `${name} arrived early.`,
      version: session.version,
    }),
    200,
  );
  await ok(
    staff.clinician.post(`/api/clients/${c.id}/responses`, { instrumentId: 'phq-9', answers: phq9(1) }),
  );
  const alert = { id: await seedAlert(server.ctx.db.kysely, orgId, c.id) };
  await ok(staff.clinician.post(`/api/alerts/${alert.id}/resolve`, { note: `Called ${name}; safe.` }), 200);
  await ok(staff.intake.post('/api/calendar-feeds', { ownerType: 'client', ownerId: c.id }));
  await seedInvitation(server.ctx.db.kysely, orgId, { clientId: c.id, enrollmentId: e.id });
  return { ...c, enrollmentId: e.id };
}
