/**
 * Calendar feeds (RFC 5545): a subscription URL per staff member or client, holding 32 random bytes
 * stored only as SHA-256; revocable; a client's feed carries session name, time and location only.
 * Feeds are parsed with ical.js, as a calendar application would.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../../src/server/auth/users.repository.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';
import {
  dayAt,
  type SeededProgram,
  seedCohort,
  seedEnrolledClient,
  seedProgram,
  seedRoom,
  seedSession,
} from '../support/programs-fixtures.ts';

interface CreatedFeed {
  id: string;
  ownerType: string;
  ownerId: string;
  ownerName: string;
  url: string;
  createdAt: string;
  revokedAt: string | null;
}

const pathOf = (url: string) => new URL(url).pathname;
const tokenOf = (url: string) => pathOf(url).split('/').pop()!;

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}

describe.each(DATABASES)('calendar feeds on $name', (database) => {
  let server: TestServer;
  let org: TestOrg;
  let owner: Agent;
  let intake: Agent;
  let facilitator: Agent;
  let facilitatorId: string;
  let program: SeededProgram;
  let roomId: string;
  let ada: { clientId: string; enrollmentId: string };
  let bea: { clientId: string; enrollmentId: string };
  const sessions: Record<string, string> = {};

  const db = () => server.ctx.db.kysely;

  beforeAll(async () => {
    server = await startTestServer(database);
    org = await server.createOrg('Feed Clinic');
    owner = await server.as(org.users.owner);
    intake = await server.as(org.users.intake);
    facilitator = await server.as(org.users.facilitator);
    facilitatorId = (await findUserByEmail(db(), org.users.facilitator))!.id;
    program = await seedProgram(db(), org.id);
    roomId = await seedRoom(db(), org.id, { name: 'Lotus room', capacity: 10 });
    const cohortId = await seedCohort(db(), org.id, {
      programId: program.programId,
      startDate: dayAt(3, 0).slice(0, 10),
      location: 'Retreat house, Lane 1',
      facilitatorIds: [facilitatorId],
    });
    ada = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate: dayAt(3, 0).slice(0, 10),
      name: 'Ada',
    });
    bea = await seedEnrolledClient(db(), org.id, program, {
      cohortId,
      startDate: dayAt(3, 0).slice(0, 10),
      name: 'Bea',
    });
    sessions.prepAda = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      enrollmentId: ada.enrollmentId,
      name: 'Preparation',
      startsAt: dayAt(1, 10),
      endsAt: dayAt(1, 11),
      roomId,
      facilitatorIds: [facilitatorId],
      attendees: [ada],
    });
    sessions.prepBea = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      enrollmentId: bea.enrollmentId,
      name: 'Preparation',
      startsAt: dayAt(1, 12),
      endsAt: dayAt(1, 13),
      attendees: [bea],
    });
    sessions.dosing = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      name: 'Dosing day',
      phase: 'immersion',
      kind: 'group',
      dosing: { substance: 'psilocybin', route: 'oral', mgPerKg: null },
      startsAt: dayAt(3, 9),
      endsAt: dayAt(3, 17),
      roomId,
      facilitatorIds: [facilitatorId],
      attendees: [ada, { ...bea, booking: 'held' }],
    });
    sessions.cancelled = await seedSession(db(), org.id, {
      programId: program.programId,
      cohortId,
      enrollmentId: ada.enrollmentId,
      name: 'Cancelled check-in',
      startsAt: dayAt(2, 10),
      endsAt: dayAt(2, 11),
      status: 'cancelled',
      attendees: [ada],
    });
    await db()
      .updateTable('program_sessions')
      .set({ note: 'Ada was anxious about the dose.', note_at: new Date().toISOString() })
      .where('id', '=', sessions.prepAda)
      .execute();
  });
  afterAll(() => server.close());

  async function createFeed(agent: Agent, ownerType: 'user' | 'client', ownerId: string) {
    const res = await agent.post('/api/calendar-feeds', { ownerType, ownerId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CreatedFeed;
  }

  it("a client's feed: one event per session, UID = session id, UTC times, name, time and location only", async () => {
    const feed = await createFeed(intake, 'client', ada.clientId);
    expect(feed).toMatchObject({
      ownerType: 'client',
      ownerId: ada.clientId,
      ownerName: 'Ada Client',
      revokedAt: null,
    });
    expect(pathOf(feed.url)).toMatch(/^\/ical\/[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(tokenOf(feed.url), 'base64url')).toHaveLength(32);

    const res = await server.agent().get(pathOf(feed.url));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const { cal, events } = parse(res.body);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((x) => x.e.uid).sort()).toEqual(
      [sessions.prepAda, sessions.dosing, sessions.cancelled].sort(),
    );
    const prep = events.find((x) => x.e.uid === sessions.prepAda)!;
    expect(prep.e.summary).toBe('Preparation');
    expect(prep.e.startDate.zone.tzid).toBe('UTC');
    expect(prep.e.startDate.toJSDate().toISOString()).toBe(dayAt(1, 10));
    expect(prep.e.endDate.toJSDate().toISOString()).toBe(dayAt(1, 11));
    expect(prep.e.location).toBe('Lotus room, Retreat house, Lane 1');
    expect(prep.v.getFirstPropertyValue('description')).toBeNull();
    expect(events.find((x) => x.e.uid === sessions.cancelled)!.v.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    );
    // Nothing clinical, nobody else: no program name, no note, no other client, no dose.
    for (const text of ['Test psilocybin', 'anxious', 'Bea', 'psilocybin', 'Ada'])
      expect(res.body).not.toContain(text);
  });

  it("a staff member's own feed: the sessions they facilitate, with program but never a client's name", async () => {
    const feed = await createFeed(facilitator, 'user', facilitatorId);
    const res = await server.agent().get(pathOf(feed.url));
    expect(res.statusCode, res.body).toBe(200);
    const { events } = parse(res.body);
    expect(events.map((x) => x.e.uid).sort()).toEqual([sessions.prepAda, sessions.dosing].sort());
    const dosing = events.find((x) => x.e.uid === sessions.dosing)!;
    expect(dosing.e.summary).toBe('Dosing day');
    expect(dosing.e.startDate.toJSDate().toISOString()).toBe(dayAt(3, 9));
    expect(dosing.e.description).toContain('Test psilocybin retreat');
    for (const text of ['Ada', 'Bea', 'anxious']) expect(res.body).not.toContain(text);
    // `.ics` on the end works too, for calendar apps that want it.
    expect((await server.agent().get(`${pathOf(feed.url)}.ics`)).statusCode).toBe(200);
  });

  it('stores only the SHA-256 of the token; tokens differ', async () => {
    const a = await createFeed(owner, 'client', bea.clientId);
    const b = await createFeed(owner, 'client', bea.clientId);
    expect(tokenOf(a.url)).not.toBe(tokenOf(b.url));
    const row = await db()
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(tokenOf(a.url)).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(tokenOf(a.url));
    // The list never shows a token or URL.
    const list = await owner.get('/api/calendar-feeds');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(tokenOf(a.url));
    expect((list.json().items as Array<Record<string, unknown>>).every((f) => !('url' in f))).toBe(true);
  });

  it('revoked and unknown tokens are both 404; a malformed token is 400 naming it', async () => {
    const feed = await createFeed(intake, 'client', ada.clientId);
    expect((await server.agent().get(pathOf(feed.url))).statusCode).toBe(200);
    const revoke = await intake.post(`/api/calendar-feeds/${feed.id}/revoke`);
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json().revokedAt).toEqual(expect.any(String));
    const revoked = await server.agent().get(pathOf(feed.url));
    const unknown = await server.agent().get(`/ical/${randomBytes(32).toString('base64url')}`);
    expectProblem(revoked, 404, 'not-found');
    expectProblem(unknown, 404, 'not-found');
    expect(revoked.json().detail).toBe(unknown.json().detail);
    const malformed = await server.agent().get('/ical/not-a-token');
    expect(expectProblem(malformed, 400).errors?.map((e) => e.field)).toEqual(['token']);
    const events = (await owner.get(`/api/audit?entityId=${feed.id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(events).toEqual(['calendar-feed.revoke', 'calendar-feed.create']);
  });

  it('who may create, see and revoke which feeds', async () => {
    // A facilitator may not publish a client's calendar, nor another member's.
    const clientFeed = await facilitator.post('/api/calendar-feeds', {
      ownerType: 'client',
      ownerId: ada.clientId,
    });
    expectProblem(clientFeed, 403, 'forbidden');
    const ownerId = (await findUserByEmail(db(), org.users.owner))!.id;
    expectProblem(
      await facilitator.post('/api/calendar-feeds', { ownerType: 'user', ownerId }),
      403,
      'forbidden',
    );
    // Unknown owners are 400 naming ownerId.
    const nobody = await owner.post('/api/calendar-feeds', { ownerType: 'client', ownerId: randomUUID() });
    expect(expectProblem(nobody, 400).errors?.map((e) => e.field)).toEqual(['ownerId']);
    // The facilitator sees only their own feeds and cannot revoke a client's.
    const mine = (await facilitator.get('/api/calendar-feeds')).json().items as CreatedFeed[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.ownerType === 'user' && f.ownerId === facilitatorId)).toBe(true);
    const all = (await owner.get('/api/calendar-feeds')).json().items as CreatedFeed[];
    const someClientFeed = all.find((f) => f.ownerType === 'client')!;
    expectProblem(
      await facilitator.post(`/api/calendar-feeds/${someClientFeed.id}/revoke`),
      404,
      'not-found',
    );
    // Another organization cannot revoke this one's feeds.
    const other = await server.createOrg('Other Feed Clinic');
    const otherOwner = await server.as(other.users.owner);
    expectProblem(await otherOwner.post(`/api/calendar-feeds/${someClientFeed.id}/revoke`), 404, 'not-found');
    // A researcher has no calendar feeds at all.
    const researcher = await server.as(org.users.researcher);
    expectProblem(await researcher.get('/api/calendar-feeds'), 403, 'forbidden');
  });
});
