/**
 * Every way a questionnaire response enters Threshold takes the one path (responses/record.ts), on
 * both databases: a PHQ-9 with item 9 = 2 raises the same high `risk-flag` alert and queues the
 * same email to each clinician whether staff enter it, a FHIR client posts it or the client submits
 * it in the portal, and each closes the invitation of the timepoint it answers. The table below is
 * checked against the app's own routes: any write route whose body carries questionnaire answers
 * (or a QuestionnaireResponse) must be in it, or be listed as storing no response, with the reason.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInstrument } from '../../src/domain/instruments/registry.ts';
import { systemActor } from '../../src/server/audit/audit-log.ts';
import { rescoreAll } from '../../src/server/responses/rescore.ts';
import { runScheduledWork } from '../../src/server/scheduler.ts';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestOrg, type TestServer } from '../support/harness.ts';
import { phq9, portalProgram, seedPortalClient } from '../support/portal-fixtures.ts';
import { expectProblem } from '../support/problem.ts';
import type { SeededProgram } from '../support/programs-fixtures.ts';
import { routeKey, routesOf, WRITE_METHODS } from '../support/routes.ts';

const DAY = 86_400_000;
const RISK_ANSWERS = phq9(2);

interface World {
  server: TestServer;
  clinician: Agent;
  anon: Agent;
}

interface Invited {
  clientId: string;
  invitationId: string;
  token: string;
}

/** Sends the risk answers for `c` through one route; returns the stored response's id. */
type Send = (w: World, c: Invited) => Promise<string>;

/** Stores the risk answers through a FHIR transaction Bundle. */
async function viaTransaction(w: World, c: Invited, url: string): Promise<string> {
  const res = await w.clinician.request({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/fhir+json' },
    payload: JSON.stringify({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          request: { method: 'POST', url: 'QuestionnaireResponse' },
          resource: {
            resourceType: 'QuestionnaireResponse',
            status: 'completed',
            questionnaire: 'urn:threshold:questionnaire:phq-9',
            subject: { reference: `Patient/${c.clientId}` },
            item: Object.entries(RISK_ANSWERS).map(([linkId, v]) => ({
              linkId,
              answer: [{ valueInteger: v }],
            })),
          },
        },
      ],
    }),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().entry[0].resource.id;
}

/** The routes that store a response. */
const CREATING_ROUTES: Record<string, Send> = {
  'POST /api/clients/:id/responses': async (w, c) => {
    const res = await w.clinician.post(`/api/clients/${c.clientId}/responses`, {
      instrumentId: 'phq-9',
      answers: RISK_ANSWERS,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  },
  'POST /fhir/R4/QuestionnaireResponse': async (w, c) => {
    const res = await w.clinician.request({
      method: 'POST',
      url: '/fhir/R4/QuestionnaireResponse',
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'urn:threshold:questionnaire:phq-9',
        subject: { reference: `Patient/${c.clientId}` },
        item: Object.entries(RISK_ANSWERS).map(([linkId, v]) => ({ linkId, answer: [{ valueInteger: v }] })),
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  },
  'POST /fhir/R4': (w, c) => viaTransaction(w, c, '/fhir/R4'),
  'POST /fhir/R4/': (w, c) => viaTransaction(w, c, '/fhir/R4/'),
  'POST /api/portal/invitations/:token/submit': async (w, c) => {
    const res = await w.anon.post(`/api/portal/invitations/${c.token}/submit`, {
      answers: RISK_ANSWERS,
      submissionId: randomUUID(),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().crisis).not.toBeNull();
    const inv = await w.server.ctx.db.kysely
      .selectFrom('invitations')
      .select('response_id')
      .where('id', '=', c.invitationId)
      .executeTakeFirstOrThrow();
    return inv.response_id!;
  },
};

/** Write routes whose body carries answers but that store no response, and why. */
const STORING_NO_RESPONSE: Record<string, string> = {
  'POST /api/instruments/:instrumentId/score': 'scores answers to show the result; stores nothing',
  'POST /api/ceq/score':
    "scores CEQ answers with the organization's licensed key to show the result; stores nothing",
  'PUT /api/portal/invitations/:token/draft': "keeps the client's unfinished answers on the invitation",
  'POST /api/enrollments/:id/screenings': 'answers to a contraindication checklist, not a questionnaire',
  'PUT /api/enrollments/:id/screening-draft': 'an unfinished contraindication checklist, not a questionnaire',
  'POST /api/public/organizations/:orgSlug/applications':
    "an applicant's self-report against the screening checklist (reported by the client), not a questionnaire",
};

/** Does a route's body schema carry questionnaire answers or a FHIR QuestionnaireResponse? */
const carriesAnswers = (body: unknown) => /"answers"|QuestionnaireResponse/.test(JSON.stringify(body ?? {}));

describe.each(DATABASES)('every path a response enters by, on $name', (database) => {
  let w: World;
  let org: TestOrg;
  let program: SeededProgram;
  const db = () => w.server.ctx.db.kysely;

  beforeAll(async () => {
    const server = await startTestServer(database);
    org = await server.createOrg('Paths Clinic');
    w = { server, clinician: await server.as(org.users.clinician), anon: server.agent() };
    program = await portalProgram(db(), org.id);
  });
  afterAll(() => w?.server.close());

  /** An enrolled client whose baseline PHQ-9 invitation the scheduler opened and emailed. */
  async function invitedClient(name: string): Promise<Invited> {
    const c = await seedPortalClient(db(), org.id, program, { name });
    await runScheduledWork(w.server.ctx, null, new Date());
    const inv = await db()
      .selectFrom('invitations')
      .selectAll()
      .where('client_id', '=', c.clientId)
      .executeTakeFirstOrThrow();
    expect(inv).toMatchObject({ plan_key: 'phq-baseline#1', status: 'sent' });
    const mail = await db()
      .selectFrom('outbox')
      .select('body')
      .where('client_id', '=', c.clientId)
      .executeTakeFirstOrThrow();
    const token = /\/p\/([A-Za-z0-9_-]{20,})/.exec(mail.body)![1]!;
    return { clientId: c.clientId, invitationId: inv.id, token };
  }

  it('the table names exactly the write routes that take answers', () => {
    const taking = routesOf(w.server.app)
      .filter((r) => WRITE_METHODS.has(r.method) && carriesAnswers(r.schema?.body))
      .map(routeKey)
      .sort();
    expect(taking).toEqual([...Object.keys(CREATING_ROUTES), ...Object.keys(STORING_NO_RESPONSE)].sort());
  });

  /** What one risk answer left behind, in a form that must be equal across paths. */
  async function aftermath(clientId: string, responseId: string) {
    const alerts = await db()
      .selectFrom('alerts')
      .selectAll()
      .where('organization_id', '=', org.id)
      .where('client_id', '=', clientId)
      .execute();
    const alertMail = await db()
      .selectFrom('outbox')
      .select(['dedupe_key', 'to_address', 'subject', 'body', 'client_id'])
      .where('organization_id', '=', org.id)
      .where('kind', '=', 'alert')
      .execute();
    const ours = alertMail.filter((m) => alerts.some((a) => m.dedupe_key.startsWith(`alert:${a.id}:`)));
    const invitation = await db()
      .selectFrom('invitations')
      .select(['status', 'response_id'])
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', clientId)
      .where('action', 'in', ['response.create', 'alert.raise'])
      .orderBy('seq')
      .execute();
    return {
      alerts: alerts.map((a) => ({
        kind: a.kind,
        severity: a.severity,
        title: a.title,
        trigger: a.trigger,
        status: a.status,
        response: a.response_id === responseId,
      })),
      emails: ours.map((m) => ({ to: m.to_address, subject: m.subject, body: m.body, client: m.client_id })),
      invitation: { status: invitation.status, answeredByThis: invitation.response_id === responseId },
      audit: audit.map((a) => a.action),
    };
  }

  it('a PHQ-9 with item 9 = 2 raises the same alert and email, and closes the invitation, by every route', async () => {
    const results: Record<string, Awaited<ReturnType<typeof aftermath>>> = {};
    for (const [route, send] of Object.entries(CREATING_ROUTES)) {
      const c = await invitedClient(`Path${Object.keys(results).length}`);
      const responseId = await send(w, c);
      results[route] = await aftermath(c.clientId, responseId);
    }
    const staff = results['POST /api/clients/:id/responses']!;
    expect(staff).toEqual({
      alerts: [
        {
          kind: 'risk-flag',
          severity: 'high',
          title: 'Risk answer on PHQ-9',
          trigger: 'PHQ-9: Item 9 answered 2 (More than half the days)',
          status: 'open',
          response: true,
        },
      ],
      emails: [
        {
          to: org.users.clinician,
          subject: 'Threshold: a high-severity alert needs attention',
          body: expect.stringContaining('A high-severity safety alert (risk-flag) was raised in Threshold.'),
          client: null,
        },
      ],
      invitation: { status: 'completed', answeredByThis: true },
      audit: ['response.create', 'alert.raise'],
    });
    for (const [route, result] of Object.entries(results))
      expect({ route, ...result }).toEqual({ route, ...staff });
  });

  it('staff entry answers the open invitation of the timepoint it fills, and only that', async () => {
    const c = await invitedClient('Paper');
    const invitation = () =>
      db().selectFrom('invitations').selectAll().where('id', '=', c.invitationId).executeTakeFirstOrThrow();
    const enter = async (instrumentId: string, answers: Record<string, number | null>, at?: Date) => {
      const res = await w.clinician.post(`/api/clients/${c.clientId}/responses`, {
        instrumentId,
        answers,
        ...(at ? { administeredAt: at.toISOString() } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };

    // Answered two days before the baseline window opened: it fills no timepoint.
    await enter('phq-9', phq9(0), new Date(Date.now() - 2 * DAY));
    // Another instrument inside the window: not this invitation's questionnaire.
    const gad7 = findInstrument('gad-7')!;
    await enter('gad-7', Object.fromEntries(gad7.items.filter((i) => i.scored).map((i) => [i.linkId, 0])));
    expect(await invitation()).toMatchObject({ status: 'sent', response_id: null });

    // The paper PHQ-9 inside the window answers it: closed, and the client's link is used up.
    const id = await enter('phq-9', phq9(0));
    expect(await invitation()).toMatchObject({ status: 'completed', response_id: id, submission_id: null });
    const link = await w.anon.get(`/api/portal/invitations/${c.token}`);
    expect(expectProblem(link, 410).type).toBe('urn:threshold:problem:invitation-completed');
    const created = await db()
      .selectFrom('audit_events')
      .select('details')
      .where('entity_id', '=', c.clientId)
      .where('action', '=', 'response.create')
      .orderBy('seq')
      .execute();
    const details = created.map((e) => JSON.parse(e.details) as { invitationIds: string[] });
    expect(details.map((d) => d.invitationIds)).toEqual([[], [], [c.invitationId]]);

    // A second PHQ-9 in the same window: the timepoint is filled, nothing else to close.
    await enter('phq-9', phq9(0));
    expect(await invitation()).toMatchObject({ status: 'completed', response_id: id });
  });

  it('a risk flag that a rescore adds raises its alert, once', async () => {
    const clientId = (await invitedClient('Rescored')).clientId;
    const res = await w.clinician.post(`/api/clients/${clientId}/responses`, {
      instrumentId: 'phq-9',
      answers: phq9(0),
      administeredAt: new Date(Date.now() - 2 * DAY).toISOString(),
    });
    const id = res.json().id as string;
    // A score stored by an older definition that missed the flag: item 9 = 2, no flag.
    await db()
      .updateTable('questionnaire_responses')
      .set({ answers: JSON.stringify(RISK_ANSWERS), total: 10, severity: 'mild' })
      .where('id', '=', id)
      .execute();
    const alertsOf = () => db().selectFrom('alerts').selectAll().where('client_id', '=', clientId).execute();
    expect(await alertsOf()).toEqual([]);

    for (let run = 0; run < 2; run++)
      await rescoreAll(w.server.ctx, systemActor('rescore'), { dryRun: false });
    const alerts = await alertsOf();
    expect(alerts).toEqual([
      expect.objectContaining({ kind: 'risk-flag', severity: 'high', response_id: id, status: 'open' }),
    ]);
    const mail = await db()
      .selectFrom('outbox')
      .select('to_address')
      .where('dedupe_key', 'like', `alert:${alerts[0]!.id}:%`)
      .execute();
    expect(mail).toEqual([{ to_address: org.users.clinician }]);
  });
});
