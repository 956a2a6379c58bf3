/**
 * The front office end to end over HTTP (issue 16): published-only offerings, the public
 * application (one client and one application per person and cohort; a bad field is refused by
 * name with nothing stored; the honeypot stores nothing), the clinician's decision, offers, the
 * waitlist moving when a place frees, and the scheduler expiring an unanswered offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { ALL_NO, LISTING } from '../support/front-office-cases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { programFromTemplate, userIdOf } from '../support/program-fixtures.ts';

describe.each(DATABASES)('front office on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let clinician: Agent;
  let program: string;
  let facilitator: string;
  let n = 0;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Retreat Centre');
    owner = await server.as(org.users.owner);
    clinician = await server.as(org.users.clinician);
    program = (await programFromTemplate(owner, 'psilocybin-retreat')).id;
    facilitator = await userIdOf(server, org.users.facilitator);
  });
  afterAll(() => server.close());

  async function cohort(listing: Record<string, unknown> | null) {
    const res = await owner.post('/api/cohorts', {
      programId: program,
      name: `Retreat ${++n}`,
      startDate: '2030-05-04',
      capacity: 10,
      facilitatorIds: [facilitator],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    if (listing) {
      const l = await owner.put(`/api/cohorts/${id}/listing`, { ...LISTING, places: 5, ...listing });
      expect(l.statusCode, l.body).toBe(200);
    }
    return id;
  }

  const apply = (body: Record<string, unknown>) =>
    server.agent().post(`/api/public/organizations/${org.slug}/applications`, body);
  const person = (cohortId: string, over: Record<string, unknown> = {}) => ({
    cohortId,
    givenName: 'Noor',
    familyName: `de Vries ${++n}`,
    email: `noor${n}@example.nl`,
    dateOfBirth: '1990-04-02',
    language: 'nl',
    answers: ALL_NO,
    ...over,
  });
  const count = async (table: 'applications' | 'clients') =>
    Number(
      (
        await server.ctx.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organization_id', '=', org.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const queue = async (cohortId: string) =>
    (await clinician.get(`/api/applications?cohortId=${cohortId}`)).json().items as Array<{
      id: string;
      client: { id: string; name: string };
      status: string;
      version: number;
      waitlistPosition: number | null;
      offer: { id: string; status: string } | null;
    }>;
  const decide = (id: string, decision = 'eligible') =>
    clinician.post(`/api/applications/${id}/decision`, {
      decision,
      reasons: ['Self-report clear'],
      version: 1,
    });

  it('lists only published cohorts, in the shape the issue names', async () => {
    const published = await cohort({ places: 3 });
    const hidden = await cohort({ published: false });
    const res = await server.agent().get(`/api/public/organizations/${org.slug}/offerings`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json().items.map((i: { cohortId: string }) => i.cohortId);
    expect(ids).toContain(published);
    expect(ids).not.toContain(hidden);
    expect(res.json().items.find((i: { cohortId: string }) => i.cohortId === published)).toEqual({
      cohortId: published,
      programName: 'Psilocybin retreat',
      startDate: '2030-05-04',
      endDate: null,
      location: null,
      placesLeft: 3,
      waitlist: false,
      price: { amount: 180000, currency: 'EUR', deposit: 50000 },
    });
    expect((await apply(person(hidden))).statusCode).toBe(400);
  });

  it('makes one client and one application when the same person applies twice', async () => {
    const c = await cohort({});
    const [clients, apps] = [await count('clients'), await count('applications')];
    const body = person(c);
    expect((await apply(body)).statusCode).toBe(201);
    const again = await apply({
      ...body,
      email: body.email.toUpperCase(),
      answers: { ...ALL_NO, lithium: 'yes' },
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(await count('clients')).toBe(clients + 1);
    expect(await count('applications')).toBe(apps + 1);
  });

  it('emails the applicant in their language that the application arrived, once', async () => {
    const c = await cohort({});
    const mails = (email: string) =>
      server.ctx.db.kysely
        .selectFrom('outbox')
        .select(['kind', 'subject', 'body', 'dedupe_key'])
        .where('organization_id', '=', org.id)
        .where('to_address', '=', email)
        .execute();
    const nl = person(c);
    expect((await apply(nl)).statusCode).toBe(201);
    expect((await apply({ ...nl, answers: { ...ALL_NO, lithium: 'yes' } })).statusCode).toBe(201);
    const [mail, ...more] = await mails(nl.email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({
      kind: 'application-received',
      subject: 'Uw aanmelding bij Retreat Centre is binnen',
    });
    expect(mail!.body).toContain(`Beste Noor,`);
    expect(mail!.body).toContain('Psilocybin retreat, vanaf zaterdag 4 mei 2030');
    const en = person(c, { language: 'en' });
    expect((await apply(en)).statusCode).toBe(201);
    const [english] = await mails(en.email);
    expect(english!.subject).toBe('Your application to Retreat Centre has arrived');
    expect(english!.body).toContain('Psilocybin retreat, starting Saturday, 4 May 2030');
    const trap = person(c, { website: 'http://spam.example' });
    expect((await apply(trap)).statusCode).toBe(201);
    expect(await mails(trap.email)).toEqual([]);
  });

  it('refuses a bad field by name and stores nothing; the honeypot stores nothing', async () => {
    const c = await cohort({});
    const [clients, apps] = [await count('clients'), await count('applications')];
    const bad = await apply(person(c, { answers: { ...ALL_NO, lithium: 'perhaps' } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().errors[0].field).toBe('answers.lithium');
    const email = await apply(person(c, { email: 'nope' }));
    expect(email.json().errors[0].field).toBe('email');
    const trap = await apply(person(c, { website: 'http://spam.example' }));
    expect(trap.statusCode).toBe(201);
    expect(await count('clients')).toBe(clients);
    expect(await count('applications')).toBe(apps);
  });

  it('marks an application opened once staff first read it, so the queue can tell new ones apart', async () => {
    const c = await cohort({});
    await apply(person(c));
    const [fresh] = (await clinician.get(`/api/applications?cohortId=${c}`)).json().items;
    expect(fresh.openedAt).toBeNull();
    expect((await clinician.get(`/api/applications/${fresh.id}`)).statusCode).toBe(200);
    const again = await clinician.get(`/api/applications/${fresh.id}`);
    const [opened] = (await owner.get(`/api/applications?cohortId=${c}`)).json().items;
    expect(opened.openedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(again.json().openedAt).toBe(opened.openedAt);
  });

  it('refuses eligible over a reported hard stop, offers a place, waitlists when full and moves the list', async () => {
    const c = await cohort({ places: 1, waitlistSize: 2 });
    await apply(person(c, { answers: { ...ALL_NO, lithium: 'yes' } }));
    await apply(person(c));
    await apply(person(c));
    const [lithium, first, second] = await queue(c);
    expect((await decide(lithium!.id)).statusCode).toBe(409);
    expect((await decide(lithium!.id, 'ineligible')).statusCode).toBe(200);
    expect((await decide(first!.id)).json().offer.status).toBe('offered');
    const waiting = (await decide(second!.id)).json();
    expect(waiting.offer).toBeNull();
    expect(waiting.waitlistPosition).toBe(1);
    const offers = await server.agent().get(`/api/public/organizations/${org.slug}/offerings`);
    expect(offers.json().items.find((i: { cohortId: string }) => i.cohortId === c)).toMatchObject({
      placesLeft: 0,
      waitlist: true,
    });
    // The first declines: the place passes to the waitlist, by email, with a deadline.
    const offerId = (await queue(c)).find((a) => a.id === first!.id)!.offer!.id;
    expect((await owner.post(`/api/offers/${offerId}/status`, { status: 'declined' })).statusCode).toBe(200);
    const moved = (await queue(c)).find((a) => a.id === second!.id)!;
    expect(moved.offer?.status).toBe('offered');
    expect(moved.waitlistPosition).toBeNull();
    const mail = await server.ctx.db.kysely
      .selectFrom('outbox')
      .select(['subject', 'body'])
      .where('dedupe_key', '=', `offer:${moved.offer!.id}`)
      .executeTakeFirstOrThrow();
    expect(mail.subject).toMatch(/Een plek voor u/);
  });

  it('checks an applicant’s medications against the program they applied for: a taper plan lifts the stop', async () => {
    const c = await cohort({});
    await apply(person(c, { answers: { ...ALL_NO, lithium: 'yes' } }));
    const [applicant] = await queue(c);
    expect((await decide(applicant!.id, 'ineligible')).statusCode).toBe(200);
    const url = `/api/clients/${applicant!.client.id}/medications`;
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const added = await clinician.post(url, {
      name: 'Lithium carbonate',
      medicationClass: 'lithium',
      dose: '400 mg',
      source: 'clinician',
      stoppedOn: day(10),
      taper: [{ on: day(1), dose: '200 mg' }],
    });
    expect(added.statusCode, added.body).toBe(201);
    const rules = await owner.put('/api/organization/medication-rules/psilocybin', {
      rules: [
        { medicationClass: 'lithium', effect: 'hard-stop', washoutDays: 30, source: 'Clinic protocol' },
      ],
    });
    expect(rules.statusCode, rules.body).toBe(200);
    // No enrollment yet: the rules of the program applied for still decide, before the washout ends…
    let checks = (await clinician.get(url)).json().checks;
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ modality: 'psilocybin', lifted: [] });
    expect(checks[0].stops[0].clearedFrom).toBe(day(41));
    // …and after it, once the plan says the last dose lies far enough back.
    const changed = await clinician.put(`/api/medications/${added.json().id}`, {
      name: 'Lithium carbonate',
      medicationClass: 'lithium',
      dose: '400 mg',
      stoppedOn: day(-40),
      taper: [{ on: day(-50), dose: '200 mg' }],
      version: added.json().version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    checks = (await clinician.get(url)).json().checks;
    expect(checks[0].stops).toEqual([]);
    expect(checks[0].lifted[0].clearedFrom).toBe(day(-9));
  });

  it('gives each waiting applicant their place in line, which moves up when a place frees', async () => {
    const c = await cohort({ places: 1, waitlistSize: 5 });
    for (let i = 0; i < 3; i++) await apply(person(c));
    const [holder, second, third] = await queue(c);
    for (const a of [holder, second, third]) expect((await decide(a!.id)).statusCode).toBe(200);
    const before = await queue(c);
    expect(before.find((a) => a.id === second!.id)!.waitlistPosition).toBe(1);
    expect(before.find((a) => a.id === third!.id)!.waitlistPosition).toBe(2);
    const offerId = before.find((a) => a.id === holder!.id)!.offer!.id;
    expect((await owner.post(`/api/offers/${offerId}/status`, { status: 'withdrawn' })).statusCode).toBe(200);
    const after = await queue(c);
    expect(after.find((a) => a.id === second!.id)!.offer?.status).toBe('offered');
    expect(after.find((a) => a.id === third!.id)!.waitlistPosition).toBe(1);
  });

  it('expires an unanswered offer in the scheduler and passes the place on', async () => {
    const c = await cohort({ places: 1, waitlistSize: 1, holdDays: 1 });
    await apply(person(c));
    await apply(person(c));
    const [a, b] = await queue(c);
    await decide(a!.id);
    await decide(b!.id);
    const later = new Date(Date.now() + 2 * 86_400_000);
    const run = await runScheduledWork(server.ctx, null, later, { enrollmentStatuses: false });
    expect(run.offersExpired).toBeGreaterThanOrEqual(1);
    const after = await queue(c);
    expect(after.find((x) => x.id === a!.id)!.offer!.status).toBe('expired');
    expect(after.find((x) => x.id === b!.id)!.offer!.status).toBe('offered');
  });

  it('accepting through the emailed link enrolls the client with the self-report as a draft', async () => {
    const c = await cohort({});
    await apply(person(c, { answers: { ...ALL_NO, 'serotonergic-medication': 'yes' } }));
    const [a] = await queue(c);
    const offer = (await decide(a!.id)).json().offer;
    const mail = await server.ctx.db.kysely
      .selectFrom('outbox')
      .select('body')
      .where('dedupe_key', '=', `offer:${offer.id}`)
      .executeTakeFirstOrThrow();
    const token = /\/apply\/offer#([\w-]+)/.exec(mail.body)![1]!;
    const res = await server.agent().post(`/api/public/offers/${token}`, { answer: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('accepted');
    expect((await server.agent().post(`/api/public/offers/${token}`, { answer: 'decline' })).statusCode).toBe(
      410,
    );
    const app = await server.ctx.db.kysely
      .selectFrom('applications')
      .select('enrollment_id')
      .where('id', '=', a!.id)
      .executeTakeFirstOrThrow();
    const draft = await server.ctx.db.kysely
      .selectFrom('screening_drafts')
      .select('draft')
      .where('enrollment_id', '=', app.enrollment_id!)
      .executeTakeFirstOrThrow();
    const d = JSON.parse(draft.draft);
    expect(d.answers['serotonergic-medication']).toBe('yes');
    expect(d.notes).toMatch(/Reported by the client/);
  });
});
