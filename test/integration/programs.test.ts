import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAM_TEMPLATES } from '../../src/domain/programs/templates/index.ts';
import type { ProgramDefinition, SessionPlan } from '../../src/domain/programs/types.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  attendedSessions,
  newClientId,
  programFromTemplate,
  storedSessions,
  userIdOf,
} from '../support/program-fixtures.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

const occurrences = (plans: SessionPlan[]) => plans.reduce((n, p) => n + p.days.length, 0);
const forArm = (def: ProgramDefinition, arm: string | null) =>
  def.sessions.filter((s) => s.arms === null || (arm !== null && s.arms.includes(arm)));

describe.each(DATABASES)('programs on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let intake: Agent;
  let otherOwner: Agent;
  let facilitatorId: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Program Clinic');
    other = await server.createOrg('Other Clinic');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    intake = await server.as(org.users.intake);
    otherOwner = await server.as(other.users.owner);
    facilitatorId = await userIdOf(server, org.users.facilitator);
    const tz = await owner.patch('/api/organization', { timezone: 'Europe/Amsterdam' });
    expect(tz.statusCode, tz.body).toBe(200);
  });
  afterAll(() => server.close());

  it('sets and reads the organization time zone; an unknown zone is refused naming the field', async () => {
    expect((await intake.get('/api/organization')).json()).toMatchObject({ timezone: 'Europe/Amsterdam' });
    const bad = await owner.patch('/api/organization', { timezone: 'Mars/Olympus_Mons' });
    expect(expectProblem(bad, 400).errors).toEqual([
      expect.objectContaining({ field: 'timezone', in: 'body' }),
    ]);
    expect((await otherOwner.get('/api/organization')).json()).toMatchObject({ timezone: 'UTC' });
  });

  it('lists the templates with their definitions', async () => {
    const res = await intake.get('/api/program-templates');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ id: string; definition: ProgramDefinition }>;
    expect(items.map((t) => t.id)).toEqual(PROGRAM_TEMPLATES.map((t) => t.id));
    expect(items.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'psilocybin-retreat',
        'kap-ptsd-feder-2025',
        'kap-yermus-2023',
        'kap-chronic-pain-batievsky-2023',
        'group-kap-robison-2022',
      ]),
    );
    expect(items[0]!.definition).toEqual(PROGRAM_TEMPLATES[0]!.definition);
  });

  it('gives the retreat template in Dutch, and copies it in Dutch; a bad language is refused by field', async () => {
    const res = await intake.get('/api/program-templates?language=nl');
    expect(res.statusCode, res.body).toBe(200);
    const retreat = (
      res.json().items as Array<{ id: string; title: string; definition: ProgramDefinition }>
    )[0]!;
    expect(retreat.title).toMatch(/^Psilocybine-retreat/);
    expect(retreat.definition.sessions.map((s) => s.name)).toContain('Retreatdag');
    const made = await clinician.post('/api/programs', {
      templateId: 'psilocybin-retreat',
      language: 'nl',
      requestId: '6b0f5b0e-8d1e-4f65-9a53-2f1d7c3c9a11',
    });
    expect(made.statusCode, made.body).toBe(201);
    const version = (await clinician.get(`/api/programs/${made.json().id}/versions/1`)).json();
    expect(version.definition.name).toBe('Psilocybine-retreat');
    expect(version.definition.assessments.map((a: { label: string }) => a.label)).toContain('Nulmeting');
    const bad = await intake.get('/api/program-templates?language=fr');
    expect(expectProblem(bad, 400).errors).toEqual([expect.objectContaining({ field: 'language' })]);
  });

  it.each(PROGRAM_TEMPLATES.map((t) => [t.id]))(
    'the %s template creates a program whose enrollment stores the planned sessions',
    async (templateId) => {
      const program = await programFromTemplate(clinician, templateId);
      expect(program).toMatchObject({ currentVersion: 1, templateId });
      const def = program.definition;
      const arm = def.arms[0]?.key ?? null;
      const clientId = await newClientId(intake, { givenName: `Tmpl-${templateId}` });
      let cohortId: string | null = null;
      if (def.format === 'cohort') {
        const cohort = await intake.post('/api/cohorts', {
          programId: program.id,
          name: `${templateId} June`,
          startDate: '2030-06-10',
          capacity: 8,
          facilitatorIds: [facilitatorId],
        });
        expect(cohort.statusCode, cohort.body).toBe(201);
        cohortId = cohort.json().id;
        const group = await storedSessions(server, { cohortId: cohortId! });
        expect(group).toHaveLength(occurrences(def.sessions.filter((s) => s.kind === 'group')));
        expect(group.every((s) => s.facilitatorIds.includes(facilitatorId))).toBe(true);
      }
      const res = await intake.post('/api/enrollments', {
        clientId,
        programId: program.id,
        ...(cohortId ? { cohortId } : { startDate: '2030-06-10' }),
        ...(arm ? { arm } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      const e = res.json();
      expect(e).toMatchObject({ status: 'referred', programVersion: 1, startDate: '2030-06-10', arm });

      const plans = forArm(def, arm);
      const personal = await storedSessions(server, { enrollmentId: e.id });
      expect(personal).toHaveLength(occurrences(plans.filter((s) => s.kind === 'personal')));
      expect(personal.every((s) => s.kind === 'personal' && s.status === 'scheduled')).toBe(true);
      const attended = await attendedSessions(server, e.id);
      expect(attended).toHaveLength(occurrences(plans));
      for (const s of attended) expect(s.booking).toBe(s.dosing ? 'held' : 'booked');
      expect(attended.some((s) => s.dosing)).toBe(true);
      // Every plan shows up with its days, at its local start time in the organization's zone.
      for (const plan of plans) {
        const mine = attended.filter((s) => s.planKey === plan.key);
        expect(mine, plan.key).toHaveLength(plan.days.length);
        for (const s of mine) {
          const local = new Date(s.startsAt).toLocaleTimeString('en-GB', {
            timeZone: 'Europe/Amsterdam',
            hour: '2-digit',
            minute: '2-digit',
          });
          expect(local, `${plan.key} ${s.startsAt}`).toBe(plan.startTime);
          expect(Date.parse(s.endsAt) - Date.parse(s.startsAt)).toBe(plan.durationMinutes * 60_000);
        }
      }
    },
  );

  it('the retreat: 2 preparation, 3 retreat days and 2 integration sessions per client, group ones shared', async () => {
    const program = await programFromTemplate(owner, 'psilocybin-retreat');
    const room = (await owner.post('/api/rooms', { name: 'Retreat hall', capacity: 12 })).json();
    const cohort = (
      await owner.post('/api/cohorts', {
        programId: program.id,
        name: 'Summer retreat',
        startDate: '2030-06-10',
        location: 'De Hoeve, Gelderland',
        roomId: room.id,
        capacity: 10,
        facilitatorIds: [facilitatorId],
      })
    ).json();
    const enrollments = [];
    for (const name of ['Ada', 'Bea']) {
      const clientId = await newClientId(intake, { givenName: name });
      const res = await intake.post('/api/enrollments', {
        clientId,
        programId: program.id,
        cohortId: cohort.id,
      });
      expect(res.statusCode, res.body).toBe(201);
      enrollments.push(res.json());
    }
    const [a, b] = await Promise.all(enrollments.map((e) => attendedSessions(server, e.id)));
    const byPhase = (list: typeof a) =>
      Object.fromEntries(
        ['preparation', 'immersion', 'integration'].map((p) => [
          p,
          list!.filter((s) => s.phase === p).length,
        ]),
      );
    expect(byPhase(a)).toEqual({ preparation: 2, immersion: 3, integration: 2 });
    expect(byPhase(b)).toEqual({ preparation: 2, immersion: 3, integration: 2 });
    const groupIds = (list: typeof a) => list!.filter((s) => s.kind === 'group').map((s) => s.id);
    expect(groupIds(a)).toHaveLength(5);
    expect(groupIds(a)).toEqual(groupIds(b));
    const personal = (list: typeof a) => list!.filter((s) => s.kind === 'personal').map((s) => s.id);
    expect(personal(a)).toHaveLength(2);
    expect(personal(a).filter((id) => personal(b).includes(id))).toEqual([]);
    // Day 0 is the cohort's start date; 10:00 in Amsterdam in June is 08:00 UTC.
    const retreat = a!.filter((s) => s.phase === 'immersion');
    expect(retreat.map((s) => s.startsAt)).toEqual([
      '2030-06-10T08:00:00.000Z',
      '2030-06-11T08:00:00.000Z',
      '2030-06-12T08:00:00.000Z',
    ]);
    expect(retreat.every((s) => s.dosing && s.booking === 'held' && s.roomId === room.id)).toBe(true);
    // Personal sessions are relative to the cohort start too. They get the enrollment's own
    // facilitator (none was chosen here), not every cohort facilitator: that made false conflicts.
    const prep = a!.find((s) => s.planKey === 'preparation-personal')!;
    expect(prep.startsAt).toBe('2030-05-27T08:00:00.000Z');
    expect(prep.facilitatorIds).toEqual([]);
    const circle = a!.find((s) => s.kind === 'group')!;
    expect(circle.facilitatorIds).toEqual([facilitatorId]);
    const detail = (await intake.get(`/api/cohorts/${cohort.id}`)).json();
    expect(detail).toMatchObject({ enrolled: 2, capacity: 10, location: 'De Hoeve, Gelderland' });
    expect(detail.room).toEqual({ id: room.id, name: 'Retreat hall', capacity: 12 });
    expect(detail.sessions).toHaveLength(5);
    expect(detail.roster.map((r: { name: string }) => r.name).sort()).toEqual(['Ada Client', 'Bea Client']);
  });

  it('editing creates a new version; an enrolled client stays on theirs', async () => {
    const program = await programFromTemplate(clinician, 'kap-yermus-2023');
    const first = await intake.post('/api/enrollments', {
      clientId: await newClientId(intake),
      programId: program.id,
      startDate: '2030-03-04',
    });
    expect(first.statusCode, first.body).toBe(201);
    const before = await storedSessions(server, { enrollmentId: first.json().id });

    const edited = structuredClone(program.definition);
    const plan = edited.sessions.find((s) => s.dosing !== null)!;
    plan.days = [...plan.days, Math.max(...plan.days) + 7];
    edited.name = 'KAP (Yermus), with a booster';
    const put = await clinician.put(`/api/programs/${program.id}`, { baseVersion: 1, definition: edited });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ currentVersion: 2, name: 'KAP (Yermus), with a booster' });
    expect(put.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(put.json().versions[0].createdBy).toMatchObject({ name: expect.stringContaining('clinician') });

    const v1 = await intake.get(`/api/programs/${program.id}/versions/1`);
    expect(v1.json()).toMatchObject({ version: 1, definition: program.definition });
    expect((await intake.get(`/api/programs/${program.id}/versions/2`)).json().definition.name).toBe(
      'KAP (Yermus), with a booster',
    );
    expect((await intake.get(`/api/programs/${program.id}/versions/3`)).statusCode).toBe(404);

    // The first client stays on version 1 with the sessions it scheduled; a new one gets version 2.
    const stays = (await intake.get(`/api/enrollments/${first.json().id}`)).json();
    expect(stays.programVersion).toBe(1);
    expect(await storedSessions(server, { enrollmentId: first.json().id })).toEqual(before);
    const second = await intake.post('/api/enrollments', {
      clientId: await newClientId(intake),
      programId: program.id,
      startDate: '2030-03-04',
    });
    expect(second.json().programVersion).toBe(2);
    expect(await storedSessions(server, { enrollmentId: second.json().id })).toHaveLength(before.length + 1);

    // A stale edit is refused with the current program and changes nothing.
    const stale = await clinician.put(`/api/programs/${program.id}`, {
      baseVersion: 1,
      definition: program.definition,
    });
    expect(expectProblem(stale, 409).current).toMatchObject({ id: program.id, currentVersion: 2 });
    expect((await intake.get(`/api/programs/${program.id}`)).json().currentVersion).toBe(2);

    const audit = (await owner.get(`/api/audit?entityType=program&entityId=${program.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['program.update', 'program.create']);
    expect(audit[0].details).toEqual({ fromVersion: 1, version: 2 });
  });

  it('refuses a format change once the program is in use', async () => {
    const program = await programFromTemplate(clinician, 'kap-ptsd-feder-2025');
    await intake.post('/api/enrollments', {
      clientId: await newClientId(intake),
      programId: program.id,
      startDate: '2030-01-07',
    });
    const def = { ...program.definition, format: 'cohort' };
    const res = await clinician.put(`/api/programs/${program.id}`, { baseVersion: 1, definition: def });
    expect(expectProblem(res, 409).detail).toContain('format');
  });

  it('previews sessions and assessments without saving anything', async () => {
    const before = (await owner.get('/api/programs?status=all')).json().items.length;
    const def = PROGRAM_TEMPLATES.find((t) => t.id === 'psilocybin-retreat')!.definition;
    const res = await intake.post('/api/programs/preview', { definition: def, startDate: '2030-06-10' });
    expect(res.statusCode, res.body).toBe(200);
    const { sessions, assessments } = res.json();
    expect(sessions).toHaveLength(occurrences(def.sessions));
    expect(sessions[0]).toMatchObject({ planKey: 'preparation-personal', day: -14 });
    expect(sessions.find((s: { day: number }) => s.day === 0).startsAt).toBe('2030-06-10T08:00:00.000Z');
    expect(assessments.length).toBeGreaterThanOrEqual(def.assessments.length);
    expect(assessments.every((a: { status: string }) => a.status === 'upcoming')).toBe(true);

    const utc = await intake.post('/api/programs/preview', {
      definition: def,
      startDate: '2030-06-10',
      timezone: 'UTC',
    });
    expect(utc.json().sessions.find((s: { day: number }) => s.day === 0).startsAt).toBe(
      '2030-06-10T10:00:00.000Z',
    );
    const badZone = await intake.post('/api/programs/preview', {
      definition: def,
      startDate: '2030-02-30',
    });
    expect(expectProblem(badZone, 400).errors![0]!.field).toBe('startDate');
    expect((await owner.get('/api/programs?status=all')).json().items.length).toBe(before);
  });

  it('refuses bad definitions with problem+json naming the field', async () => {
    const def = structuredClone(PROGRAM_TEMPLATES.find((t) => t.id === 'kap-yermus-2023')!.definition);
    def.sessions[1]!.key = def.sessions[0]!.key;
    const dup = await clinician.post('/api/programs', { definition: def });
    const fields = expectProblem(dup, 400).errors!.map((e) => e.field);
    expect(fields.some((f) => f.startsWith('definition.sessions'))).toBe(true);

    const both = await clinician.post('/api/programs', { templateId: 'kap-yermus-2023', definition: def });
    expect(expectProblem(both, 400).errors!.length).toBeGreaterThan(0);
    const unknown = await clinician.post('/api/programs', { templateId: 'no-such-template' });
    expect(expectProblem(unknown, 400).errors![0]!.field).toBe('templateId');
    const shape = await clinician.post('/api/programs', {
      definition: { ...def, sessions: [{ ...def.sessions[0], colour: 'red' }] },
    });
    expect(expectProblem(shape, 400).errors![0]!.field).toBe('definition.sessions.0.colour');
    // Only program.manage may create.
    expectProblem(await intake.post('/api/programs', { templateId: 'kap-yermus-2023' }), 403);
  });

  it('creates a program from a definition the builder sends', async () => {
    const def = structuredClone(PROGRAM_TEMPLATES.find((t) => t.id === 'kap-ptsd-feder-2025')!.definition);
    def.name = '  Our own KAP course  ';
    const res = await clinician.post('/api/programs', { definition: def });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Our own KAP course',
      templateId: null,
      modality: 'ketamine',
      format: 'individual',
      consentDocument: null,
    });
  });

  it('publishes consent documents as versions; only consent.manage may', async () => {
    const program = await programFromTemplate(clinician, 'kap-yermus-2023');
    const v1 = await clinician.post(`/api/programs/${program.id}/consent-documents`, {
      title: 'Consent to ketamine-assisted psychotherapy',
      body: 'Version one of the text.',
    });
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ version: 1, title: 'Consent to ketamine-assisted psychotherapy' });
    const v2 = await owner.post(`/api/programs/${program.id}/consent-documents`, {
      title: 'Consent to ketamine-assisted psychotherapy',
      body: 'Version two, with the new section on driving.',
    });
    expect(v2.json().version).toBe(2);
    const list = (await intake.get(`/api/programs/${program.id}/consent-documents`)).json().items;
    expect(list.map((d: { version: number }) => d.version)).toEqual([2, 1]);
    const p = (await intake.get(`/api/programs/${program.id}`)).json();
    expect(p.consentDocument).toMatchObject({
      version: 2,
      body: 'Version two, with the new section on driving.',
    });
    expectProblem(
      await intake.post(`/api/programs/${program.id}/consent-documents`, { title: 'x', body: 'y' }),
      403,
    );
    const blank = await clinician.post(`/api/programs/${program.id}/consent-documents`, {
      title: '   ',
      body: 'text',
    });
    expect(expectProblem(blank, 400).errors![0]!.field).toBe('title');
  });

  it('archives and restores; an archived program takes no new enrollments', async () => {
    const program = await programFromTemplate(clinician, 'kap-yermus-2023');
    const archived = await clinician.post(`/api/programs/${program.id}/archive`);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const active = (await intake.get('/api/programs')).json().items.map((p: { id: string }) => p.id);
    expect(active).not.toContain(program.id);
    const arch = (await intake.get('/api/programs?status=archived'))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(arch).toContain(program.id);
    const enroll = await intake.post('/api/enrollments', {
      clientId: await newClientId(intake),
      programId: program.id,
      startDate: '2030-01-01',
    });
    expectProblem(enroll, 409);
    const restored = await clinician.post(`/api/programs/${program.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();
  });

  it("answers 404 for another organization's program, as for a random id", async () => {
    const program = await programFromTemplate(clinician, 'kap-yermus-2023');
    const def = program.definition;
    for (const res of [
      await otherOwner.get(`/api/programs/${program.id}`),
      await otherOwner.get(`/api/programs/${MISSING}`),
      await otherOwner.get(`/api/programs/${program.id}/versions/1`),
      await otherOwner.put(`/api/programs/${program.id}`, { baseVersion: 1, definition: def }),
      await otherOwner.post(`/api/programs/${program.id}/archive`),
      await otherOwner.get(`/api/programs/${program.id}/consent-documents`),
      await otherOwner.post(`/api/programs/${program.id}/consent-documents`, { title: 't', body: 'b' }),
    ]) {
      expectProblem(res, 404, 'not-found');
    }
    expect((await otherOwner.get('/api/programs?status=all')).json().items).toEqual([]);
  });

  it('keeps rooms per organization: create, rename, unique names', async () => {
    const room = await intake.post('/api/rooms', { name: '  Garden   room ', capacity: 6 });
    expect(room.statusCode, room.body).toBe(201);
    expect(room.json()).toMatchObject({ name: 'Garden room', capacity: 6, archivedAt: null });
    const dup = await intake.post('/api/rooms', { name: 'garden ROOM', capacity: 2 });
    expectProblem(dup, 409);
    const put = await intake.put(`/api/rooms/${room.json().id}`, { name: 'Garden room', capacity: 8 });
    expect(put.json()).toMatchObject({ capacity: 8 });
    const list = (await server.as(org.users.facilitator)).get('/api/rooms');
    expect((await list).json().items.map((r: { id: string }) => r.id)).toContain(room.json().id);
    expectProblem(await otherOwner.put(`/api/rooms/${room.json().id}`, { name: 'Mine', capacity: 1 }), 404);
    expect((await otherOwner.get('/api/rooms')).json().items).toEqual([]);
    const zero = await intake.post('/api/rooms', { name: 'Closet', capacity: 0 });
    expect(expectProblem(zero, 400).errors![0]!.field).toBe('capacity');
    const audit = (await owner.get(`/api/audit?entityType=room&entityId=${room.json().id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['room.update', 'room.create']);
  });
});
