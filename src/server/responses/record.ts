/**
 * The one path a questionnaire response is stored by, whoever brings it: staff entering a paper
 * questionnaire, the client in the portal, a FHIR QuestionnaireResponse, an import. In the
 * caller's transaction it scores the answers with the registry's current definition, stores them
 * with their flags, closes the invitation the response answers, audits, and raises the alerts the
 * domain rules (`domain/safety/alerts.ts`) call for — emailing the clinicians in the same
 * transaction — so no path can store a risk answer without its alert. A test enumerates the
 * writers of `questionnaire_responses` and the routes that create responses to keep it the one path.
 */
import { randomUUID } from 'node:crypto';
import type { ResponseSource } from '../../api/responses.ts';
import { conflict, gone, invalid, notFound } from '../../domain/errors.ts';
import type { Answers, InstrumentDefinition, SafetyFlag, Score } from '../../domain/instruments/types.ts';
import { alertsForResponse, asImported } from '../../domain/safety/alerts.ts';
import { raiseAlerts } from '../alerts/service.ts';
import type { Actor } from '../audit/audit-log.ts';
import { getClient } from '../clients/repository.ts';
import type { AppContext, Tx } from '../context.ts';
import { completeInvitation } from '../invitations/repository.ts';
import * as repo from './repository.ts';
import { invitationsAnsweredBy } from './timepoints.ts';

/**
 * Who brings the response, and how. A portal submission answers the invitation its link opened
 * (and must complete it); any other source answers the open invitation of the timepoint it fills.
 */
export type ResponseOrigin =
  | { source: Exclude<ResponseSource, 'portal'>; actor: Actor }
  | { source: 'portal'; actor: Actor; invitation: { id: string; submissionId: string } };

export interface RecordInput {
  organizationId: string;
  clientId: string;
  /** The client as the caller already read it in this transaction (else it is read here). */
  client?: ClientState;
  instrument: InstrumentDefinition;
  answers: Answers;
  /** When the client answered: ISO-8601 UTC, already checked by the caller. */
  administeredAt: string;
  language: string;
  origin: ResponseOrigin;
  now: string;
}

/** What the record rules below read of the client. */
export interface ClientState {
  restricted_at: string | null;
  archived_at: string | null;
}

export interface Recorded {
  responseId: string;
  score: Score;
  /** The invitations this response answered (closed). */
  invitationIds: string[];
  /** The alerts it raised. */
  alertIds: string[];
}

export async function recordResponse(ctx: AppContext, trx: Tx, input: RecordInput): Promise<Recorded> {
  const { organizationId: org, clientId, instrument, origin, now } = input;
  const score = instrument.score(input.answers);
  const client = input.client ?? (await getClient(trx, org, clientId));
  if (!client) throw notFound('Client');
  // A restricted record (GDPR Art. 18, kept only for the retention duty) takes nothing new, on any path.
  if (client.restricted_at) throw conflict('client-restricted-no-additions');
  // A link already sent stays answerable after archiving; staff and imports restore first.
  if (client.archived_at && origin.source !== 'portal')
    throw invalid('clientId', 'archived-restore-client-before-adding');

  const responseId = randomUUID();
  const row: repo.NewResponse = {
    id: responseId,
    clientId,
    language: input.language,
    answers: Object.fromEntries(instrument.items.map((i) => [i.linkId, input.answers[i.linkId] ?? null])),
    score,
    administeredAt: input.administeredAt,
    source: origin.source,
    enteredByUserId: origin.actor.userId,
    now,
  };
  // The baseline is read before the audit append: on PostgreSQL the append takes the audit chain's
  // lock, held to the commit, so every statement after it delays every other audited write.
  const { invitationIds, base } =
    origin.source === 'portal' && ctx.db.dialect === 'postgres'
      ? await storeAnswering(trx, org, row, origin.invitation)
      : await store(trx, org, input, row);
  await ctx.audit.append(trx, origin.actor, {
    organizationId: org,
    action: 'response.create',
    entityType: 'client',
    entityId: clientId,
    details: {
      responseId,
      instrumentId: instrument.id,
      source: origin.source,
      invitationIds,
      flags: score.flags.map((f) => f.id),
    },
  });

  const drafts = alertsForResponse({
    responseId,
    instrument,
    score,
    baseline: base ? { responseId: base.id, score: storedScore(base) } : null,
  });
  const alertIds = await raiseAlerts(ctx, trx, origin.actor, {
    organizationId: org,
    clientId,
    drafts: origin.source === 'import' ? asImported(drafts, input.administeredAt) : drafts,
    refs: { responseId, ...(invitationIds[0] ? { invitationId: invitationIds[0] } : {}) },
    now,
  });
  return { responseId, score, invitationIds, alertIds };
}

/** Stores the response, closes the invitations it answers and reads the baseline: a statement each. */
async function store(trx: Tx, org: string, input: RecordInput, row: repo.NewResponse) {
  await repo.insertResponse(trx, org, row);
  const invitationIds = await closeInvitations(trx, org, input, row.id);
  const base = await repo.baselineResponse(trx, org, {
    clientId: input.clientId,
    instrumentId: input.instrument.id,
    before: input.administeredAt,
    exceptId: row.id,
  });
  return { invitationIds, base };
}

/**
 * The same for a portal submission on PostgreSQL, in one statement (one round trip instead of
 * three: `insertAnsweringInvitation`).
 */
async function storeAnswering(
  trx: Tx,
  org: string,
  row: repo.NewResponse,
  invitation: { id: string; submissionId: string },
) {
  const done = await repo.insertAnsweringInvitation(trx, org, row, invitation);
  // Someone completed it between the portal's read and this write: all of it rolls back.
  if (!done.completed) throw gone('invitation-completed', 'questionnaire-answered');
  return { invitationIds: [invitation.id], base: done.baseline };
}

async function closeInvitations(trx: Tx, org: string, input: RecordInput, responseId: string) {
  const { origin, now } = input;
  if (origin.source === 'portal') {
    const { id, submissionId } = origin.invitation;
    // Someone completed it between the portal's read and this write: all of it rolls back.
    if (!(await completeInvitation(trx, org, id, { responseId, submissionId, now })))
      throw gone('invitation-completed', 'questionnaire-answered');
    return [id];
  }
  const answered = await invitationsAnsweredBy(trx, org, {
    clientId: input.clientId,
    instrumentId: input.instrument.id,
    responseId,
    now,
  });
  const closed: string[] = [];
  for (const inv of answered)
    if (await completeInvitation(trx, org, inv.id, { responseId, submissionId: null, now }))
      closed.push(inv.id);
  return closed;
}

/** A stored response's score as stored (kept current by `threshold rescore`). */
const storedScore = (r: repo.BaselineScore): Score => ({
  instrumentId: r.instrument_id,
  instrumentVersion: r.instrument_version,
  total: r.total,
  severity: r.severity,
  subscales: JSON.parse(r.subscales) as Record<string, number>,
  flags: JSON.parse(r.flags) as SafetyFlag[],
});
