/**
 * Three Threshold servers on one PostgreSQL database (issue 20), as real processes started at once
 * on an empty database (so they also race to migrate it), each with its scheduler every second and
 * an SMTP relay on loopback. A bounded load goes to all three: staff create, enroll and edit
 * clients, each request to another server than the last (one session serves them all); clients
 * answer the emailed questionnaires on any server, some twice (a retry), some with a risk answer;
 * time is moved for some invitations so that reminders fall due and windows close. Then:
 *
 * - every acknowledged write is stored once (clients, enrollments, responses);
 * - every invitation and reminder is emailed exactly once (one audited send per send counted on the
 *   invitation, in one check-in email per client a day; one message received per outbox row),
 *   every alert raised once, with one email per recipient;
 * - the outcome view is the same on every server right after a write;
 * - the audit chain is intact.
 *
 * Then one server is killed with SIGKILL in the middle of a second round of load, and the same
 * holds on the two left: work the dead server had claimed (a scheduled job's lease, a batch of
 * emails) is taken over once its lease lapsed (LEASE_SECONDS=3). The one thing SMTP cannot give is
 * exactly-once delivery across a crash between the relay accepting a message and the sender
 * recording it: a message sent again after a lapsed claim (attempts > 1) may arrive twice, with the
 * same Message-ID; every other message arrives exactly once.
 *
 * PostgreSQL only (SQLite serves one server process); skipped without THRESHOLD_TEST_PG_URL.
 */
import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { addMember, createOrganization } from '../../src/server/organizations/service.ts';
import { PG_URL } from '../support/databases.ts';
import { PASSWORD } from '../support/harness.ts';
import { Inbox, type Instance, startInstance, until, WebClient } from '../support/instances.ts';
import { phq9, portalProgram } from '../support/portal-fixtures.ts';
import { seedCohort } from '../support/programs-fixtures.ts';

const PUBLIC_URL = 'http://threshold.test';
const ROUND_1 = 18;
const ROUND_2 = 15;

interface Acked {
  clients: Map<string, string>; // client id → email
  enrollments: Set<string>;
  /** Emails of the clients whose enrollment was acknowledged: each must be invited. */
  enrolled: Set<string>;
  /** invitation token → the submission answered (acknowledged 201/200). */
  responses: Map<string, string>;
  edits: Set<string>;
  /** Answers other than the expected one (with no server down, there must be none). */
  refused: string[];
}

describe.skipIf(!PG_URL)('three servers on one PostgreSQL, under load and a kill -9', () => {
  const inbox = new Inbox();
  const dbName = `threshold_multi_${randomUUID().slice(0, 8)}`;
  let url = '';
  let db: Db;
  let servers: Instance[] = [];
  let live: Instance[] = [];
  let programId = '';
  let cohortId = '';
  const staff = new WebClient();
  const acked: Acked = {
    clients: new Map(),
    enrollments: new Set(),
    enrolled: new Set(),
    responses: new Map(),
    edits: new Set(),
    refused: [],
  };
  let turn = 0;
  const next = () => live[turn++ % live.length]!.url;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${dbName}`;
    url = u.toString();
    await inbox.start();
    const env = {
      DATABASE_URL: url,
      SCHEDULER_SECONDS: '1',
      LEASE_SECONDS: '3',
      SMTP_URL: inbox.url,
      MAIL_FROM: 'Threshold <clinic@threshold.test>',
      PUBLIC_URL,
      SIGN_IN_PER_MINUTE: '1000',
      PORTAL_PER_MINUTE: '100000',
      // Every server must hold the same key (it encrypts two-factor secrets): one per server would
      // make each other's sealed secrets unreadable.
      THRESHOLD_SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
    };
    // Started together on an empty database: the three race to migrate it (kysely's migration lock).
    servers = await Promise.all([startInstance(env), startInstance(env), startInstance(env)]);
    live = [...servers];
    db = openDatabase(url);
    const ctx: AppContext = { db, audit: new AuditLog('postgres'), config: loadConfig({}) };
    const org = await createOrganization(ctx, systemActor('test'), { name: 'Many Servers Clinic' });
    for (const [role, email] of [
      ['intake', 'intake@many.example'],
      ['clinician', 'clinician@many.example'],
      ['owner', 'owner@many.example'],
    ] as const)
      await addMember(ctx, org.id, systemActor('test'), { email, name: role, role, password: PASSWORD });
    programId = (await portalProgram(db.kysely, org.id)).programId;
    cohortId = await seedCohort(db.kysely, org.id, {
      programId,
      startDate: new Date().toISOString().slice(0, 10),
      capacity: 1000,
    });
    const signIn = await staff.request(next(), 'POST', '/api/auth/sign-in', {
      email: 'clinician@many.example',
      password: PASSWORD,
    });
    expect(signIn.status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.close();
    await inbox.stop();
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  /**
   * Creates, enrolls and edits `n` clients, five at a time, each step on the next server; records
   * what was acknowledged. `between(k)` runs before the k-th group of five.
   */
  async function staffLoad(tag: string, n: number, between?: (k: number) => Promise<void>): Promise<void> {
    for (let k = 0; k * 5 < n; k++) {
      await between?.(k);
      await Promise.all(Array.from({ length: Math.min(5, n - k * 5) }, (_, j) => oneClient(tag, k * 5 + j)));
    }
  }

  async function oneClient(tag: string, i: number): Promise<void> {
    const email = `${tag}-${i}@clients.example`;
    const created = await staff
      .request(next(), 'POST', '/api/clients', {
        givenName: `${tag}${i}`,
        familyName: 'Load',
        dateOfBirth: '1985-03-02',
        sexAtBirth: 'female',
        email,
      })
      .catch(() => null);
    if (created?.status !== 201) {
      acked.refused.push(`create ${created?.status} ${JSON.stringify(created?.json)}`);
      return;
    }
    acked.clients.set(created.json.id, email);
    const enrolled = await staff
      .request(next(), 'POST', '/api/enrollments', {
        clientId: created.json.id,
        programId,
        cohortId,
        startDate: new Date().toISOString().slice(0, 10),
      })
      .catch(() => null);
    if (enrolled?.status === 201) {
      acked.enrollments.add(enrolled.json.id);
      acked.enrolled.add(email);
    } else acked.refused.push(`enroll ${enrolled?.status} ${JSON.stringify(enrolled?.json)}`);
    const edited = await staff
      .request(next(), 'PUT', `/api/clients/${created.json.id}`, {
        givenName: `${tag}${i}`,
        familyName: 'Edited',
        dateOfBirth: '1985-03-02',
        sexAtBirth: 'female',
        email,
        version: created.json.version,
      })
      .catch(() => null);
    if (edited?.status === 200) acked.edits.add(created.json.id);
    else acked.refused.push(`edit ${edited?.status} ${JSON.stringify(edited?.json)}`);
  }

  /** The invitation links emailed to each client so far (newest last). */
  function linksByAddress(): Map<string, string[]> {
    const links = new Map<string, string[]>();
    for (const m of inbox.mails) {
      const to = (m.to && !Array.isArray(m.to) ? m.to.value[0]?.address : '') ?? '';
      const link = /\/p\/([A-Za-z0-9_-]+)/.exec(m.text ?? '')?.[1];
      if (link) links.set(to, [...(links.get(to) ?? []), link]);
    }
    return links;
  }

  async function allInvited(): Promise<true | string> {
    const links = linksByAddress();
    const waiting = [...acked.enrolled].filter((e) => !links.has(e));
    if (waiting.length === 0) return true;
    const invitations = await db.kysely.selectFrom('invitations').select('status').execute();
    const outbox = await db.kysely.selectFrom('outbox').select(['status', 'last_error']).execute();
    return `${waiting.length} clients without an invitation email; ${invitations.length} invitations, outbox ${JSON.stringify(outbox.slice(0, 3))} of ${outbox.length}, ${inbox.mails.length} mails received; ${servers.map((s) => s.output().slice(-500)).join('\n')}`;
  }

  /** Clients answer their first link on some server; every third answers twice (a retry elsewhere). */
  async function portalLoad(only: Set<string>): Promise<void> {
    const links = linksByAddress();
    await Promise.all(
      [...only].map(async (email, i) => {
        const token = links.get(email)?.[0];
        if (!token) return;
        const client = new WebClient();
        const submissionId = randomUUID();
        const body = { answers: phq9(i % 4 === 0 ? 2 : 0), submissionId };
        const tries = i % 3 === 0 ? 2 : 1;
        for (let t = 0; t < tries; t++) {
          const r = await client
            .request(next(), 'POST', `/api/portal/invitations/${token}/submit`, body)
            .catch(() => null);
          if (r && r.status < 300) acked.responses.set(token, email);
        }
      }),
    );
  }

  /** Moves time for invitations still open: every other one has a reminder due, the rest close. */
  async function moveTime(): Promise<{ reminded: string[]; closed: string[] }> {
    const open = await db.kysely
      .selectFrom('invitations')
      .select(['id'])
      .where('status', 'in', ['pending', 'sent'])
      .where('sends', '=', 1)
      .orderBy('id')
      .execute();
    const reminded = open.filter((_, i) => i % 2 === 0).map((r) => r.id);
    const closed = open.filter((_, i) => i % 2 === 1).map((r) => r.id);
    const past = new Date(Date.now() - 1000).toISOString();
    // A client gets one check-in email a day: a reminder due later the same day waits for the next
    // morning unless its window closes first (src/server/invitations/send.ts). Closing these in five
    // minutes makes the reminder due now, as a reminder on the last day of a window is.
    const soon = new Date(Date.now() + 5 * 60_000).toISOString();
    if (reminded.length)
      await db.kysely
        .updateTable('invitations')
        .set({ next_send_at: past, closes_at: soon })
        .where('id', 'in', reminded)
        .execute();
    if (closed.length)
      await db.kysely.updateTable('invitations').set({ closes_at: past }).where('id', 'in', closed).execute();
    return { reminded, closed };
  }

  /** After moveTime: no open invitation is left without its reminder (the rest closed). */
  async function remindedAndClosed(): Promise<true | string> {
    const open = await db.kysely
      .selectFrom('invitations')
      .select('id')
      .where('status', 'in', ['pending', 'sent'])
      .where('sends', '<', 2)
      .execute();
    return open.length === 0 || `${open.length} invitations waiting for a reminder or to close`;
  }

  async function outboxSettled(): Promise<true | string> {
    const pending = await db.kysely
      .selectFrom('outbox')
      .select('id')
      .where('status', 'in', ['queued', 'sending'])
      .execute();
    const received = new Set(inbox.mails.map((m) => m.messageId));
    const sent = await db.kysely.selectFrom('outbox').select('id').where('status', '=', 'sent').execute();
    const missing = sent.filter((s) => ![...received].some((id) => id?.startsWith(`<${s.id}@`)));
    return (
      (pending.length === 0 && missing.length === 0) ||
      `${pending.length} unsent, ${missing.length} unreceived`
    );
  }

  async function expectStoredOnce(): Promise<void> {
    const k = db.kysely;
    const clients = await k.selectFrom('clients').select(['id', 'email', 'family_name']).execute();
    const byEmail = new Map<string, number>();
    for (const c of clients) byEmail.set(c.email ?? '', (byEmail.get(c.email ?? '') ?? 0) + 1);
    expect([...byEmail.values()].filter((n) => n > 1)).toEqual([]);
    const ids = new Set(clients.map((c) => c.id));
    for (const id of acked.clients.keys()) expect(ids.has(id), id).toBe(true);
    for (const id of acked.edits) expect(clients.find((c) => c.id === id)?.family_name).toBe('Edited');
    const enrollments = await k.selectFrom('enrollments').select(['id', 'client_id']).execute();
    expect(new Set(enrollments.map((e) => e.client_id)).size).toBe(enrollments.length);
    for (const id of acked.enrollments)
      expect(
        enrollments.some((e) => e.id === id),
        id,
      ).toBe(true);
    // One response per answered invitation, however many times it was submitted.
    const answered = await k
      .selectFrom('invitations')
      .select(['id', 'response_id', 'client_id'])
      .where('status', '=', 'completed')
      .execute();
    const responses = await k.selectFrom('questionnaire_responses').select(['id', 'client_id']).execute();
    expect(responses.length).toBe(answered.length);
    expect(new Set(responses.map((r) => r.client_id)).size).toBe(responses.length);
    const emails = new Map([...acked.clients].map(([id, e]) => [e, id]));
    const answeredClients = new Set(answered.map((a) => a.client_id));
    for (const email of acked.responses.values()) expect(answeredClients.has(emails.get(email)!)).toBe(true);
  }

  /** Every send recorded on an invitation is one outbox row and one received email (see the header). */
  async function expectSentOnce(): Promise<void> {
    const k = db.kysely;
    const invitations = await k.selectFrom('invitations').select(['id', 'sends']).execute();
    const outbox = await k.selectFrom('outbox').select(['id', 'dedupe_key', 'attempts', 'status']).execute();
    // One check-in email may carry several invitations (one email per client a day), so each send of
    // an invitation is counted by its audit entry, written in the transaction that wrote the email.
    const sendEvents = await k
      .selectFrom('audit_events')
      .select('details')
      .where('action', 'in', ['invitation.send', 'invitation.remind'])
      .execute();
    const sendsOf = new Map<string, number>();
    for (const e of sendEvents) {
      const id = (JSON.parse(e.details) as { invitationId?: string }).invitationId ?? '';
      sendsOf.set(id, (sendsOf.get(id) ?? 0) + 1);
    }
    for (const inv of invitations) expect(sendsOf.get(inv.id) ?? 0, inv.id).toBe(inv.sends);
    expect(new Set(outbox.map((o) => o.dedupe_key)).size).toBe(outbox.length);
    const received = new Map<string, ParsedMail[]>();
    for (const m of inbox.mails) {
      const id = /^<([^@]+)@/.exec(m.messageId ?? '')?.[1] ?? '';
      received.set(id, [...(received.get(id) ?? []), m]);
    }
    for (const o of outbox) {
      expect(o.status, o.dedupe_key).toBe('sent');
      const copies = received.get(o.id)?.length ?? 0;
      if (o.attempts === 1) expect(copies, o.dedupe_key).toBe(1);
      else expect([1, 2], o.dedupe_key).toContain(copies);
    }
    expect([...received.keys()].filter((id) => !outbox.some((o) => o.id === id))).toEqual([]);
  }

  async function expectAlertsOnce(risky: number, closed: readonly string[]): Promise<void> {
    const k = db.kysely;
    const alerts = await k
      .selectFrom('alerts')
      .select(['id', 'kind', 'invitation_id', 'response_id'])
      .execute();
    const missed = alerts.filter((a) => a.kind === 'missed');
    expect(missed.map((a) => a.invitation_id).sort()).toEqual([...closed].sort());
    const risk = alerts.filter((a) => a.kind !== 'missed');
    expect(new Set(risk.map((a) => a.response_id)).size).toBe(risk.length);
    expect(risk.length).toBe(risky);
    // Risk alerts email the one clinician; missed ones (low severity) email no one.
    const alertMail = await k.selectFrom('outbox').select('dedupe_key').where('kind', '=', 'alert').execute();
    expect(alertMail.map((m) => m.dedupe_key.split(':')[1]).sort()).toEqual(risk.map((a) => a.id).sort());
  }

  async function riskyResponses(): Promise<number> {
    const rows = await db.kysely.selectFrom('questionnaire_responses').select(['answers']).execute();
    return rows.filter((r) => ((JSON.parse(r.answers) as Record<string, number>).q9 ?? 0) > 0).length;
  }

  async function expectSameOutcomes(): Promise<void> {
    const views = await Promise.all(
      live.map((s) => staff.request(s.url, 'GET', `/api/programs/${programId}/outcomes?instrument=phq-9`)),
    );
    for (const v of views) expect(v.status).toBe(200);
    const strip = (j: unknown) => JSON.stringify(j, (k, v) => (k === 'generatedAt' ? undefined : v));
    for (const v of views.slice(1)) expect(strip(v.json)).toBe(strip(views[0]!.json));
  }

  it('stores, sends and alerts once with three servers, and shows the same outcomes on each', async () => {
    await staffLoad('one', ROUND_1);
    expect(acked.refused).toEqual([]);
    expect(acked.clients.size).toBe(ROUND_1);
    await until('every client invited', 40_000, allInvited);
    const first = new Set(acked.enrolled);
    await portalLoad(new Set([...first].filter((_, i) => i % 3 !== 2)));
    await expectSameOutcomes();
    const { closed } = await moveTime();
    await until('reminders and alerts sent', 30_000, remindedAndClosed);
    await until('outbox sent and received', 30_000, outboxSettled);
    await expectStoredOnce();
    await expectSentOnce();
    await expectAlertsOnce(await riskyResponses(), closed);
    await expectSameOutcomes();
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
  }, 150_000);

  /** Waits (polling every 5 ms, at most 20 s) until the server with this pid holds a job's lease; its name. */
  async function leaseHeldBy(pid: number): Promise<string | null> {
    const end = Date.now() + 20_000;
    while (Date.now() < end) {
      const held = await db.kysely
        .selectFrom('scheduler_leases')
        .select('job')
        .where('holder', 'like', `%:${pid}:%`)
        .where('lease_until', '>', new Date().toISOString())
        .executeTakeFirst();
      if (held) return held.job;
      await new Promise((r) => setTimeout(r, 5));
    }
    return null;
  }

  it('loses and doubles nothing when one server is killed with SIGKILL mid-load', async () => {
    let heldJob: string | null = null;
    const before = new Set(acked.enrolled);
    const victim = servers[2]!;
    await staffLoad('two', ROUND_2, async (k) => {
      if (k !== 1) return;
      // The first five were just enrolled: their invitations are being opened and emailed by
      // schedulers running every second. The victim is killed while it holds a job's lease (and
      // perhaps a batch of claimed emails), with a request in flight to it, which fails unacknowledged.
      const inFlight = oneClient('two-cut', 0);
      heldJob = await leaseHeldBy(victim.child.pid!);
      await victim.kill9();
      live = servers.filter((s) => s !== victim);
      await inFlight;
    });
    expect(victim.child.signalCode).toBe('SIGKILL');
    // It died in the middle of a scheduled job: the job's lease was taken over once it lapsed.
    expect(heldJob).not.toBeNull();
    await until("the dead server's job taken over", 30_000, async () => {
      const row = await db.kysely
        .selectFrom('scheduler_leases')
        .select('holder')
        .where('job', '=', heldJob!)
        .executeTakeFirstOrThrow();
      return !row.holder.includes(`:${victim.child.pid}:`) || `${heldJob} still with the dead server`;
    });
    await until('every client invited', 40_000, allInvited);
    const second = new Set([...acked.enrolled].filter((e) => !before.has(e)));
    await portalLoad(new Set([...second].filter((_, i) => i % 3 !== 2)));
    await expectSameOutcomes();
    const closedBefore = (
      await db.kysely.selectFrom('invitations').select('id').where('status', '=', 'expired').execute()
    ).map((r) => r.id);
    const { closed } = await moveTime();
    await until('reminders and alerts sent', 40_000, remindedAndClosed);
    await until('outbox sent and received', 40_000, outboxSettled);
    await expectStoredOnce();
    await expectSentOnce();
    await expectAlertsOnce(await riskyResponses(), [...closedBefore, ...closed]);
    await expectSameOutcomes();
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
  }, 150_000);
});
