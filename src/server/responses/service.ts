/**
 * Questionnaire responses: scored on entry with the registry's current definition, stored with
 * their item-level answers, the instrument version, who entered them and how (through `record.ts`,
 * the one path every source takes); every read audited.
 */

import type { QuestionnaireResponse, ResponseCreate, ResponseSource } from '../../api/responses.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { SOURCE_LANGUAGE } from '../../domain/instruments/translations/localize.ts';
import type { SafetyFlag } from '../../domain/instruments/types.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import { visibleClient } from '../data-rights/visibility.ts';
import { installedLanguages } from '../instrument-translations/service.ts';
import { instrumentOf } from '../instruments/of-organization.ts';
import { recordResponse } from './record.ts';
import * as repo from './repository.ts';

const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export function toResponse(r: repo.ResponseRow): QuestionnaireResponse {
  return {
    id: r.id,
    clientId: r.client_id,
    instrumentId: r.instrument_id,
    instrumentVersion: r.instrument_version,
    language: r.language,
    answers: JSON.parse(r.answers) as Record<string, number | null>,
    total: r.total,
    severity: r.severity,
    subscales: JSON.parse(r.subscales) as Record<string, number>,
    flags: JSON.parse(r.flags) as SafetyFlag[],
    administeredAt: r.administered_at,
    source: r.source as ResponseSource,
    enteredBy: r.entered_by_user_id ? { userId: r.entered_by_user_id, name: r.entered_by_name ?? '' } : null,
    createdAt: r.created_at,
    scoredAt: r.scored_at,
  };
}

function administeredAt(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString();
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw invalid('administeredAt', 'point-in-time');
  if (t > now.getTime() + FUTURE_TOLERANCE_MS) throw invalid('administeredAt', 'future');
  if (t < Date.parse('1900-01-01T00:00:00Z')) throw invalid('administeredAt', 'too-old');
  return new Date(t).toISOString();
}

/**
 * A response entered by staff, sent over FHIR or imported: checked here, then stored through the
 * one path (`record.ts`) that raises its alerts and closes the invitation it answers.
 */
export async function createResponse(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
  input: ResponseCreate,
  source: Exclude<ResponseSource, 'portal'>,
): Promise<QuestionnaireResponse> {
  return transaction(ctx, (trx) => createResponseIn(ctx, trx, scope, clientId, input, source));
}

/** `createResponse` inside the caller's transaction (a FHIR transaction Bundle stores several at once). */
export async function createResponseIn(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  clientId: string,
  input: ResponseCreate,
  source: Exclude<ResponseSource, 'portal'>,
): Promise<QuestionnaireResponse> {
  const instrument = await instrumentOf(trx, scope.organizationId, input.instrumentId);
  if (!instrument) throw invalid('instrumentId', 'instrument-unknown', { id: input.instrumentId });
  const now = new Date();
  const at = administeredAt(input.administeredAt, now);
  // A restricted record is hidden from all but owners (GDPR Art. 18): as if it did not exist.
  if (!(await visibleClient(trx, scope, clientId))) throw notFound('Client');
  const language = input.language ?? SOURCE_LANGUAGE;
  if (!(await installedLanguages(trx, scope.organizationId, instrument)).includes(language)) {
    throw invalid('language', 'not-installed-organization', { shortName: instrument.shortName, language });
  }
  const { responseId } = await recordResponse(ctx, trx, {
    organizationId: scope.organizationId,
    clientId,
    instrument,
    answers: input.answers,
    administeredAt: at,
    language,
    origin: { source, actor: scope.actor },
    now: now.toISOString(),
  });
  return toResponse((await repo.getResponse(trx, scope.organizationId, clientId, responseId))!);
}

export async function listResponses(
  ctx: AppContext,
  scope: OrgScope,
  clientId: string,
  instrumentId?: string,
): Promise<QuestionnaireResponse[]> {
  return transaction(ctx, (trx) => listResponsesIn(ctx, trx, scope, clientId, instrumentId));
}

/** `listResponses` in the caller's transaction (a conditional create searches and stores in one). */
export async function listResponsesIn(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  clientId: string,
  instrumentId?: string,
): Promise<QuestionnaireResponse[]> {
  if (!(await visibleClient(trx, scope, clientId))) throw notFound('Client');
  const rows = await repo.listClientResponses(trx, scope.organizationId, clientId, instrumentId);
  await ctx.audit.append(trx, scope.actor, {
    organizationId: scope.organizationId,
    action: 'response.list',
    entityType: 'client',
    entityId: clientId,
    details: { instrumentId: instrumentId ?? null, returned: rows.length },
  });
  return rows.map(toResponse);
}

export async function viewResponse(ctx: AppContext, scope: OrgScope, clientId: string, id: string) {
  return transaction(ctx, async (trx) => {
    const row = await repo.getResponse(trx, scope.organizationId, clientId, id);
    if (!row) throw notFound('Response');
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'response.view',
      entityType: 'client',
      entityId: clientId,
      details: { responseId: id },
    });
    return toResponse(row);
  });
}
