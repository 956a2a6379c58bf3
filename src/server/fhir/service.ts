/**
 * FHIR exchange over the responses service: an incoming QuestionnaireResponse is checked by the
 * domain parser, then stored through the one response path exactly like one entered by staff
 * (source 'fhir': scored, audited, its alerts raised, the invitation it answers closed);
 * reads go through the same audited service calls. Errors the responses service raises in its own
 * field names are renamed to the path in the FHIR resource they came from.
 */

import type { QuestionnaireResponse as StoredResponse } from '../../api/responses.ts';
import { DomainError, type FieldIssue, fieldIssue, notFound } from '../../domain/errors.ts';
import { toObservation } from '../../domain/fhir/observation.ts';
import { clientToPatient, type Patient } from '../../domain/fhir/patient.ts';
import {
  missingItemPath,
  type ParsedResponse,
  parseQuestionnaireResponse,
  toQuestionnaireResponse,
} from '../../domain/fhir/questionnaire-response.ts';
import type { Observation, QuestionnaireResponse } from '../../domain/fhir/types.ts';
import { findInstrument } from '../../domain/instruments/registry.ts';
import { viewClient } from '../clients/service.ts';
import { type AppContext, type OrgScope, type Tx, transaction } from '../context.ts';
import * as responses from '../responses/service.ts';
import { clientOfResponse } from './repository.ts';

const NOT_A_CLIENT = 'is not a client of this organization';

/** The same answer whether the client does not exist or belongs to another organization. */
const noSuchClient = (field: string, where: FieldIssue['in']) =>
  new DomainError('not-found', `${field}: ${NOT_A_CLIENT}`, [
    fieldIssue(field, 'not-client-organization', {}, where),
  ]);

function fhirField(field: string, parsed: ParsedResponse): string {
  if (field === 'clientId') return 'subject.reference';
  if (field === 'administeredAt') return 'authored';
  if (field === 'instrumentId') return 'questionnaire';
  if (field.startsWith('answers.')) {
    const linkId = field.slice('answers.'.length);
    return parsed.paths[linkId] ?? missingItemPath(linkId);
  }
  return field;
}

function renamed(err: unknown, parsed: ParsedResponse): unknown {
  if (!(err instanceof DomainError)) return err;
  if (err.kind === 'not-found') return noSuchClient('subject.reference', 'body');
  if (err.kind !== 'validation') return err;
  const fields = err.fields.map((f) => ({ ...f, field: fhirField(f.field, parsed) }));
  const message = fields.length ? fields.map((f) => `${f.field}: ${f.message}`).join('; ') : err.message;
  return new DomainError('validation', message, fields, err.extra);
}

const asQuestionnaireResponse = (r: StoredResponse) =>
  toQuestionnaireResponse(r, findInstrument(r.instrumentId));
const asObservation = (r: StoredResponse) => toObservation(r, findInstrument(r.instrumentId));

export async function submitResponse(
  ctx: AppContext,
  scope: OrgScope,
  body: unknown,
): Promise<QuestionnaireResponse> {
  return transaction(ctx, (trx) => submitResponseIn(ctx, trx, scope, body));
}

/** `submitResponse` in the caller's transaction (a transaction Bundle stores several at once). */
export async function submitResponseIn(
  ctx: AppContext,
  trx: Tx,
  scope: OrgScope,
  body: unknown,
): Promise<QuestionnaireResponse> {
  const parsed = parseQuestionnaireResponse(body, findInstrument);
  try {
    const stored = await responses.createResponseIn(
      ctx,
      trx,
      scope,
      parsed.clientId,
      {
        instrumentId: parsed.instrumentId,
        answers: parsed.answers,
        ...(parsed.administeredAt ? { administeredAt: parsed.administeredAt } : {}),
      },
      'fhir',
    );
    return asQuestionnaireResponse(stored);
  } catch (err) {
    throw renamed(err, parsed);
  }
}

async function clientResponses(ctx: AppContext, scope: OrgScope, clientId: string, trx?: Tx) {
  try {
    return await (trx
      ? responses.listResponsesIn(ctx, trx, scope, clientId)
      : responses.listResponses(ctx, scope, clientId));
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'not-found') throw noSuchClient('subject', 'query');
    throw err;
  }
}

/** A client's responses as QuestionnaireResponses, newest first (audited); in `trx` when given. */
export async function responsesOf(ctx: AppContext, scope: OrgScope, clientId: string, trx?: Tx) {
  return (await clientResponses(ctx, scope, clientId, trx)).map(asQuestionnaireResponse);
}

/** A client's scores as Observations, newest first (audited). */
export async function observationsOf(ctx: AppContext, scope: OrgScope, clientId: string) {
  return (await clientResponses(ctx, scope, clientId)).map(asObservation);
}

async function oneResponse(ctx: AppContext, scope: OrgScope, id: string): Promise<StoredResponse> {
  const clientId = await clientOfResponse(ctx.db.kysely, scope.organizationId, id);
  if (!clientId) throw notFound('Response');
  return responses.viewResponse(ctx, scope, clientId, id);
}

export async function readResponse(
  ctx: AppContext,
  scope: OrgScope,
  id: string,
): Promise<QuestionnaireResponse> {
  return asQuestionnaireResponse(await oneResponse(ctx, scope, id));
}

export async function readPatient(ctx: AppContext, scope: OrgScope, id: string): Promise<Patient> {
  return clientToPatient(await viewClient(ctx, scope, id));
}

export async function readObservation(ctx: AppContext, scope: OrgScope, id: string): Promise<Observation> {
  return asObservation(await oneResponse(ctx, scope, id));
}
