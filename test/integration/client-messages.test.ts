/**
 * Issue 15: the emails a client gets, on both databases. Enrolling writes one confirmation; an
 * appointment booked, moved or cancelled writes one message each, with the date and time in the
 * organization's zone, the zone named, and the place; a clinician's "eligible" sends the consent
 * document to read; the questionnaires due on one day go out in one email; the day-before session
 * reminder is written once however often (and wherever) the job runs; staff "Send now" and
 * "Resend" queue the email at once, audited, a baseline as soon as the client is enrolled; a change that is rolled back leaves no message; and
 * owners reword messages, refused by field for an unknown placeholder.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDay, nextMorning } from '../../src/domain/messages/days.ts';
import { formatWhen } from '../../src/domain/messages/format.ts';
import { MESSAGE_KINDS } from '../../src/domain/messages/kinds.ts';
import { checklistFor } from '../../src/domain/screening/index.ts';
import { transaction } from '../../src/server/context.ts';
import { sendDueInvitations } from '../../src/server/invitations/send.ts';
import { enrollmentConfirmed } from '../../src/server/messages/client-messages.ts';
import { sendSessionReminders } from '../../src/server/messages/session-reminders.ts';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { portalProgram, seedPortalClient } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import { SCREENING_BODY } from '../support/program-cases.ts';
import { CONSENT_TEXT, newClientId, programFromTemplate } from '../support/program-fixtures.ts';
import { seedProgram, seedRoom, seedSession, testDefinition } from '../support/programs-fixtures.ts';

const ZONE = 'Europe/Amsterdam';
const linksIn = (body: string) => [...body.matchAll(/\/p\/([A-Za-z0-9_-]{20,})/g)].map((m) => m[1]!);

describe.each(DATABASES)('client messages on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let intake: Agent;
  let ketamine: string;
  const db = () => server.ctx.db.kysely;
  const outboxOf = (clientId: string) =>
    db()
      .selectFrom('outbox')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .orderBy('kind')
      .execute();

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Zonnehuis');
    await db().updateTable('organizations').set({ timezone: ZONE }).where('id', '=', org.id).execute();
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    ketamine = (await programFromTemplate(clinician, 'kap-yermus-2023')).id;
    expect(
      (await clinician.post(`/api/programs/${ketamine}/consent-documents`, CONSENT_TEXT)).statusCode,
    ).toBe(201);
  });
  afterAll(() => server?.close());

  const enroll = async (language: 'en' | 'nl') => {
    const clientId = await newClientId(intake, {
      givenName: language === 'nl' ? 'Anouk' : 'Sam',
      email: `${randomUUID().slice(0, 8)}@client.example`,
      language,
    });
    const res = await intake.post('/api/enrollments', {
      clientId,
      programId: ketamine,
      startDate: '2030-02-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    return { clientId, enrollmentId: (res.json() as { id: string }).id };
  };

  it('confirms an enrollment with one message in the client language, then sends the consent document', async () => {
    const { clientId, enrollmentId } = await enroll('nl');
    let mail = await outboxOf(clientId);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: 'enrollment', subject: 'Welkom bij Zonnehuis', status: 'kept' });
    expect(mail[0]!.preview).toBe('Uw plaats is bevestigd.');
    expect(mail[0]!.body).toContain('Beste Anouk,');
    expect(mail[0]!.body).toContain(`${server.ctx.config.publicUrl}/portal`);

    const noAnswers = Object.fromEntries(checklistFor('ketamine').items.map((i) => [i.id, 'no']));
    const s = await intake.post(`/api/enrollments/${enrollmentId}/screenings`, SCREENING_BODY(noAnswers));
    expect(s.statusCode, s.body).toBe(201);
    const d = await clinician.post(`/api/enrollments/${enrollmentId}/screenings/${s.json().id}/decision`, {
      decision: 'eligible',
      rationale: 'Reviewed the checklist.',
    });
    expect(d.statusCode, d.body).toBe(200);
    mail = await outboxOf(clientId);
    expect(mail.map((m) => m.kind)).toEqual(['enrollment', 'consent']);
    expect(mail[1]!.subject).toBe('Een document van Zonnehuis om te lezen');
    expect(mail[1]!.body).toContain(CONSENT_TEXT.body);
    expect(mail[1]!.body).toContain(`"${CONSENT_TEXT.title}"`);

    // Consent releases the held dosing bookings: one message lists them all, not one email each.
    const consent = await clinician.post(`/api/enrollments/${enrollmentId}/consents`, {
      documentVersion: 1,
      signedAt: new Date(Date.now() - 60_000).toISOString(),
      method: 'in-person signature',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    mail = await outboxOf(clientId);
    expect(mail.map((m) => m.kind)).toEqual(['enrollment', 'consent', 'sessions-booked']);
    expect(mail[2]!.subject).toBe('Uw afspraken bij Zonnehuis staan vast');
    const dosing = await db()
      .selectFrom('session_attendees as a')
      .innerJoin('program_sessions as s', 's.id', 'a.session_id')
      .select(['s.name', 's.starts_at'])
      .where('a.enrollment_id', '=', enrollmentId)
      .where('s.dosing', '=', 1)
      .orderBy('s.starts_at')
      .execute();
    expect(dosing.length).toBeGreaterThan(1);
    const first = formatWhen(new Date(dosing[0]!.starts_at).toISOString(), ZONE, 'nl');
    expect(mail[2]!.body).toContain(
      `${dosing[0]!.name}\n${first.date} om ${first.time} (Midden-Europese tijd)`,
    );
    expect(mail[2]!.body.split('\n\n').filter((p) => p.includes('Midden-Europese tijd'))).toHaveLength(
      dosing.length,
    );
  });

  it('tells the client when an appointment is booked, moved or cancelled: date, time, zone and place', async () => {
    const { clientId, enrollmentId } = await enroll('en');
    const roomId = await seedRoom(db(), org.id, { name: 'Oak room' });
    const startsAt = '2030-03-12T18:00:00.000Z';
    const created = await intake.post('/api/sessions', {
      enrollmentId,
      name: 'Extra check-in',
      phase: 'integration',
      startsAt,
      endsAt: '2030-03-12T19:00:00.000Z',
      roomId,
      facilitatorIds: [],
      dosing: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json() as { id: string; version: number };
    let mail = (await outboxOf(clientId)).filter((m) => m.kind !== 'enrollment');
    expect(mail.map((m) => m.kind)).toEqual(['session-booked']);
    expect(mail[0]!.subject).toBe('Your appointment with Zonnehuis on Tuesday, 12 March 2030');
    expect(mail[0]!.body).toContain(
      'Extra check-in\nTuesday, 12 March 2030 at 19:00 (Central European Time)\nPlace: Oak room',
    );

    const stale = await intake.post(`/api/sessions/${session.id}/reschedule`, {
      startsAt: '2030-03-13T19:30:00.000Z',
      endsAt: '2030-03-13T20:30:00.000Z',
      reason: 'Client asked',
      version: session.version + 5,
    });
    expect(stale.statusCode).toBe(409);
    expect(await outboxOf(clientId)).toHaveLength(2);

    const moved = await intake.post(`/api/sessions/${session.id}/reschedule`, {
      startsAt: '2030-03-13T19:30:00.000Z',
      endsAt: '2030-03-13T20:30:00.000Z',
      reason: 'Client asked',
      version: session.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const cancelled = await intake.post(`/api/sessions/${session.id}/cancel`, {
      reason: 'Room closed',
      version: (moved.json() as { version: number }).version,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    mail = (await outboxOf(clientId)).filter((m) => m.kind !== 'enrollment');
    expect(mail.map((m) => m.kind)).toEqual(['session-booked', 'session-moved', 'session-cancelled']);
    expect(mail[1]!.body).toContain('Now: Wednesday, 13 March 2030 at 20:30 (Central European Time)');
    expect(mail[1]!.body).toContain('Was: Tuesday, 12 March 2030 at 19:00');
    expect(mail[2]!.subject).toBe('Your appointment with Zonnehuis on Wednesday, 13 March 2030 is cancelled');
    // The reason staff typed stays inside the clinic.
    for (const m of mail) expect(m.body).not.toMatch(/Client asked|Room closed/);
  });

  it('tells of a session planned in the past and moved ahead as booked, not moved', async () => {
    const { clientId, enrollmentId } = await enroll('en');
    const dayAgo = Date.now() - 24 * 3_600_000;
    const created = await intake.post('/api/sessions', {
      enrollmentId,
      name: 'Missed preparation',
      phase: 'preparation',
      startsAt: new Date(dayAgo).toISOString(),
      endsAt: new Date(dayAgo + 3_600_000).toISOString(),
      facilitatorIds: [],
      dosing: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json() as { id: string; version: number };
    expect((await outboxOf(clientId)).filter((m) => m.kind !== 'enrollment')).toEqual([]);
    const moved = await intake.post(`/api/sessions/${session.id}/reschedule`, {
      startsAt: '2030-04-02T08:00:00.000Z',
      endsAt: '2030-04-02T09:00:00.000Z',
      reason: 'Joined late',
      version: session.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const mail = (await outboxOf(clientId)).filter((m) => m.kind !== 'enrollment');
    expect(mail.map((m) => m.kind)).toEqual(['session-booked']);
    expect(mail[0]!.body).toContain(
      'Missed preparation\nTuesday, 2 April 2030 at 10:00 (Central European Time)',
    );
    expect(mail[0]!.body).not.toContain('Was:');
  });

  it('writes no message for a change that is rolled back', async () => {
    const clientId = await newClientId(intake, { email: 'rollback@client.example' });
    await expect(
      transaction(server.ctx, async (trx) => {
        const written = await enrollmentConfirmed(
          server.ctx,
          trx,
          { organizationId: org.id, enrollmentId: randomUUID(), clientId, program: 'Test' },
          new Date().toISOString(),
        );
        expect(written).toBe(true);
        throw new Error('the change failed after its message was written');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outboxOf(clientId)).toHaveLength(0);
  });

  it('sends the questionnaires due on one day in one email; one due later that day waits for the morning', async () => {
    const program = await seedProgram(db(), org.id, {
      definition: testDefinition({
        assessments: (['phq-9', 'gad-7'] as const).map((instrumentId) => ({
          key: `${instrumentId}-baseline`,
          instrumentId,
          label: 'Baseline',
          anchor: 'enrollment' as const,
          dosingNumbers: null,
          offset: { amount: 0, unit: 'days' as const },
          window: { beforeDays: 0, afterDays: 14 },
          arms: null,
        })),
        reminderEveryDays: 0,
      }),
    });
    const c = await seedPortalClient(db(), org.id, program, { name: 'Bundle' });
    const now = new Date();
    await runScheduledWork(server.ctx, null, now);
    await runScheduledWork(server.ctx, null, now);
    let mail = await outboxOf(c.clientId);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: 'invitation', subject: 'Your check-in from Zonnehuis' });
    expect(mail[0]!.body).toMatch(
      /PHQ-9, Baseline[\s\S]*GAD-7, Baseline|GAD-7, Baseline[\s\S]*PHQ-9, Baseline/,
    );
    expect(linksIn(mail[0]!.body)).toHaveLength(2);

    // A third questionnaire falls due a minute later: not a second email the same day.
    const at = new Date(now.getTime() + 60_000).toISOString();
    const id = randomUUID();
    await db()
      .insertInto('invitations')
      .values({
        id,
        organization_id: org.id,
        client_id: c.clientId,
        enrollment_id: c.enrollmentId,
        plan_key: 'who-5-extra#1',
        instrument_id: 'who-5',
        label: 'Extra',
        due_at: at,
        closes_at: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
        status: 'pending',
        reminder_every_days: 0,
        next_send_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const sameDay = localDay(at, ZONE) === localDay(now.toISOString(), ZONE);
    expect(await sendDueInvitations(server.ctx, at)).toBe(sameDay ? 0 : 1);
    if (sameDay) {
      const held = await db()
        .selectFrom('invitations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(new Date(held.next_send_at!).toISOString()).toBe(nextMorning(at, ZONE));
      expect(await outboxOf(c.clientId)).toHaveLength(1);
      expect(await sendDueInvitations(server.ctx, nextMorning(at, ZONE))).toBe(1);
    }
    mail = await outboxOf(c.clientId);
    expect(mail).toHaveLength(2);
    expect(mail[1]!.body).toContain('WHO-5, Extra');
    expect(mail[1]!.body).not.toContain('PHQ-9');
  });

  it('reminds each client of a session once, on the day before, however often the job runs', async () => {
    const program = await seedProgram(db(), org.id);
    const a = await seedPortalClient(db(), org.id, program, { name: 'Remind', language: 'nl' });
    const b = await seedPortalClient(db(), org.id, program, { name: 'Held' });
    const roomId = await seedRoom(db(), org.id, { name: 'Tuinkamer' });
    const startsAt = '2030-05-14T08:00:00.000Z'; // 10:00 in Amsterdam (summer time)
    await seedSession(db(), org.id, {
      programId: program.programId,
      name: 'Integratiegesprek',
      startsAt,
      endsAt: '2030-05-14T09:00:00.000Z',
      roomId,
      attendees: [a, { ...b, booking: 'held' }],
    });
    expect(await sendSessionReminders(server.ctx, '2030-05-12T10:00:00.000Z')).toBe(0);
    expect(await sendSessionReminders(server.ctx, '2030-05-12T22:30:00.000Z')).toBe(0); // 00:30 local
    const dayBefore = '2030-05-13T10:00:00.000Z';
    const runs = await Promise.all([
      sendSessionReminders(server.ctx, dayBefore),
      sendSessionReminders(server.ctx, dayBefore),
    ]);
    expect(runs.reduce((x, y) => x + y, 0)).toBe(1);
    expect(await sendSessionReminders(server.ctx, '2030-05-13T18:00:00.000Z')).toBe(0);
    const mail = (await outboxOf(a.clientId)).filter((m) => m.kind === 'session-reminder');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Uw afspraak bij Zonnehuis morgen');
    const when = formatWhen(startsAt, ZONE, 'nl');
    expect(mail[0]!.body).toContain(
      `Integratiegesprek\n${when.date} om 10:00 (Midden-Europese tijd)\nPlaats: Tuinkamer`,
    );
    expect(await outboxOf(b.clientId)).toHaveLength(0);
  });

  it('sends a questionnaire now and again on request, audited; refuses one not open yet', async () => {
    const c = await seedPortalClient(db(), org.id, await portalProgram(db(), org.id), { name: 'Now' });
    const url = `/api/enrollments/${c.enrollmentId}/invitations/send-now`;
    const first = await intake.post(url, { key: 'phq-baseline#1' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ resent: false, invitation: { status: 'sent', sends: 1 } });
    const again = await intake.post(url, { key: 'phq-baseline#1' });
    expect(again.json()).toMatchObject({ resent: true, invitation: { sends: 2 } });
    const mail = await outboxOf(c.clientId);
    expect(mail.map((m) => m.kind)).toEqual(['invitation', 'reminder']);
    const tokens = mail.flatMap((m) => linksIn(m.body));
    expect(new Set(tokens).size).toBe(2);
    for (const t of tokens)
      expect((await server.agent().get(`/api/portal/invitations/${t}`)).statusCode).toBe(200);
    // The scheduler does not send it a third time.
    await runScheduledWork(server.ctx, null);
    expect(await outboxOf(c.clientId)).toHaveLength(2);

    const actions = await db()
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', c.clientId)
      .where('action', 'in', ['invitation.send-now', 'invitation.resend'])
      .execute();
    expect(actions.map((x) => x.action).sort()).toEqual(['invitation.resend', 'invitation.send-now']);
    expect(actions.every((x) => x.actor_user_id)).toBe(true);

    const upcoming = expectProblem(await intake.post(url, { key: 'phq-30#1' }), 409);
    expect(upcoming.detail).toMatch(/opens on .* an answer before then would not count/);
    expect(expectProblem(await intake.post(url, { key: 'nope#1' }), 400).errors?.[0]?.field).toBe('key');
    const facilitator = await server.as(org.users.facilitator);
    expect((await facilitator.post(url, { key: 'phq-baseline#1' })).statusCode).toBe(403);
  });

  it('sends the baseline at once after enrolling, years before its first dosing; not a later timepoint', async () => {
    const c = await enroll('nl');
    // The scheduler does not invite years early on its own; a person asks for it.
    await runScheduledWork(server.ctx, null);
    expect((await outboxOf(c.clientId)).filter((m) => m.kind === 'invitation')).toHaveLength(0);
    const url = `/api/enrollments/${c.enrollmentId}/invitations/send-now`;
    const res = await intake.post(url, { key: 'phq-9-baseline#1' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ resent: false, invitation: { status: 'sent', label: 'Baseline' } });
    const invitation = (await outboxOf(c.clientId)).filter((m) => m.kind === 'invitation');
    expect(invitation).toHaveLength(1);
    const [token] = linksIn(invitation[0]!.body);
    expect((await server.agent().get(`/api/portal/invitations/${token}`)).statusCode).toBe(200);
    const later = expectProblem(await intake.post(url, { key: 'phq-9-month-1#1' }), 409);
    expect(later.detail).toMatch(/opens on/);
  });

  it('lets an owner reword a message, refusing an unknown placeholder by field, and reset it', async () => {
    const path = '/api/organization/message-templates/enrollment/nl';
    const good = {
      subject: 'Welkom, {{clientName}}',
      preview: 'Fijn dat u er bent.',
      body: 'Hallo {{clientName}} van {{organization}}.',
    };
    const unknown = expectProblem(await owner.put(path, { ...good, body: 'Hallo {{naam}}' }), 400);
    expect(unknown.errors?.[0]).toMatchObject({
      field: 'body',
      message: expect.stringContaining('{{naam}}'),
    });
    const leak = expectProblem(await owner.put(path, { ...good, subject: 'Uw {{program}}' }), 400);
    expect(leak.errors?.[0]?.field).toBe('subject');
    expect((await clinician.put(path, good)).statusCode).toBe(403);

    const saved = await owner.put(path, good);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ custom: true, subject: good.subject });
    const preview = await owner.post(`${path}/preview`, good);
    expect(preview.json()).toMatchObject({ subject: 'Welkom, Sam', body: 'Hallo Sam van Zonnehuis.' });
    expect(preview.json().html).toContain('Fijn dat u er bent.');

    const { clientId } = await enroll('nl');
    expect((await outboxOf(clientId))[0]).toMatchObject({
      subject: 'Welkom, Anouk',
      body: 'Hallo Anouk van Zonnehuis.',
    });
    const { clientId: english } = await enroll('en');
    expect((await outboxOf(english))[0]!.subject).toBe('Welcome to Zonnehuis');

    const reset = await owner.delete(path);
    expect(reset.json()).toMatchObject({ custom: false, subject: 'Welkom bij {{organization}}' });
    const list = (await intake.get('/api/organization/message-templates')).json().items as {
      custom: boolean;
    }[];
    expect(list).toHaveLength(MESSAGE_KINDS.length * 2);
    expect(list.every((t) => !t.custom)).toBe(true);
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('organization_id', '=', org.id)
      .where('action', 'like', 'message-template.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['message-template.update', 'message-template.reset']);
  });
});
