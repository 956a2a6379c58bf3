/**
 * FHIR searches: Patient (from clients, in the database, paged there), QuestionnaireResponse and
 * Observation (one client's responses, filtered and sorted in memory), Questionnaire (the
 * registry). Every search of client data is audited like the app's own lists.
 */

import { invalid } from '../../domain/errors.ts';
import { SORT_PARAMS } from '../../domain/fhir/capability.ts';
import { clientToPatient, type Patient } from '../../domain/fhir/patient.ts';
import { type QuestionnaireTranslation, toQuestionnaire } from '../../domain/fhir/questionnaire.ts';
import {
  dateTest,
  dayBounds,
  parseSort,
  parseToken,
  patientReference,
  sortBy,
} from '../../domain/fhir/search.ts';
import type { Observation, Questionnaire, QuestionnaireResponse } from '../../domain/fhir/types.ts';
import { INSTRUMENTS } from '../../domain/instruments/registry.ts';
import { type AppContext, type OrgScope, transaction } from '../context.ts';
import { searchClients } from './repository.ts';
import { observationsOf, responsesOf } from './service.ts';

type Query = Record<string, string>;
const ids = (value: string | undefined) => value?.split(',').map((s) => s.trim().toLowerCase());

export interface Paging {
  offset: number;
  count: number;
}

export async function searchPatients(
  ctx: AppContext,
  scope: OrgScope,
  q: Query,
  paging: Paging,
): Promise<{ items: Patient[]; total: number }> {
  const identifier = q.identifier === undefined ? undefined : parseToken(q.identifier);
  if (identifier?.system !== undefined && identifier.system !== 'urn:threshold:client')
    throw invalid('identifier', 'only-urn-threshold-client-system', {}, 'query');
  const wanted = [ids(q._id), identifier ? [identifier.code.toLowerCase()] : undefined].filter(
    (x): x is string[] => !!x,
  );
  const filter = {
    ids: wanted.length ? wanted.reduce((a, b) => a.filter((x) => b.includes(x))) : undefined,
    name: q.name?.trim().toLowerCase() || undefined,
    birth: q.birthdate === undefined ? undefined : dayBounds(q.birthdate, 'birthdate'),
    sort: parseSort(q._sort, SORT_PARAMS.Patient),
    offset: paging.offset,
    limit: paging.count,
  };
  const { rows, total } = await transaction(ctx, async (trx) => {
    const found = await searchClients(trx, scope.organizationId, filter);
    await ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'client.list',
      entityType: 'client',
      entityId: null,
      details: {
        via: 'fhir',
        offset: paging.offset,
        returned: found.rows.length,
        ids: found.rows.map((r) => r.id),
      },
    });
    return found;
  });
  const items = rows.map((r) =>
    clientToPatient({
      id: r.id,
      givenName: r.given_name,
      familyName: r.family_name,
      preferredName: r.preferred_name,
      dateOfBirth: r.date_of_birth,
      sexAtBirth: r.sex_at_birth,
      email: r.email,
      phone: r.phone,
      address: r.address,
      language: r.language,
      updatedAt: r.updated_at,
      archivedAt: r.archived_at,
    }),
  );
  return { items, total };
}

/** The client a response or observation search is about: `patient` or `subject`, one of them required. */
export function searchSubject(q: Query): string {
  if (
    q.patient !== undefined &&
    q.subject !== undefined &&
    patientReference(q.patient, 'patient') !== patientReference(q.subject, 'subject')
  )
    throw invalid('subject', 'names-another-client-than-patient', {}, 'query');
  if (q.patient !== undefined) return patientReference(q.patient, 'patient');
  if (q.subject !== undefined) return patientReference(q.subject, 'subject');
  throw invalid('patient', 'required-subject-patient-client-id', {}, 'query');
}

const canonical = (ref: string) => ref.split('|')[0]!;

export async function searchQuestionnaireResponses(
  ctx: AppContext,
  scope: OrgScope,
  q: Query,
): Promise<QuestionnaireResponse[]> {
  return filterQuestionnaireResponses(await responsesOf(ctx, scope, searchSubject(q)), q);
}

/** The responses of one client that a QuestionnaireResponse search matches, sorted as it asks. */
export function filterQuestionnaireResponses(
  all: QuestionnaireResponse[],
  q: Query,
): QuestionnaireResponse[] {
  const sort = parseSort(q._sort, SORT_PARAMS.QuestionnaireResponse);
  const authored = q.authored === undefined ? undefined : dateTest(q.authored, 'authored');
  const wanted = ids(q._id);
  const found = all.filter(
    (r) =>
      (!wanted || wanted.includes(r.id)) &&
      (q.questionnaire === undefined || canonical(r.questionnaire) === canonical(q.questionnaire)) &&
      (!authored || authored(r.authored)),
  );
  return sortBy(found, sort, (r, k) => (k === '_id' ? r.id : r.authored));
}

export async function searchObservations(ctx: AppContext, scope: OrgScope, q: Query): Promise<Observation[]> {
  const sort = parseSort(q._sort, SORT_PARAMS.Observation);
  const date = q.date === undefined ? undefined : dateTest(q.date, 'date');
  const code = q.code === undefined ? undefined : q.code.split(',').map(parseToken);
  const wanted = ids(q._id);
  const found = (await observationsOf(ctx, scope, searchSubject(q))).filter(
    (o) =>
      (!wanted || wanted.includes(o.id)) &&
      (!date || date(o.effectiveDateTime)) &&
      (!code ||
        code.some((t) =>
          (o.code.coding ?? []).some(
            (c) => c.code === t.code && (t.system === undefined || c.system === t.system),
          ),
        )),
  );
  return sortBy(found, sort, (o, k) => (k === '_id' ? o.id : o.effectiveDateTime));
}

export function searchQuestionnaires(
  q: Query,
  translationsOf: (instrumentId: string) => QuestionnaireTranslation[] = () => [],
): Questionnaire[] {
  const sort = parseSort(q._sort, SORT_PARAMS.Questionnaire);
  const wanted = ids(q._id);
  const found = INSTRUMENTS.map((d) => toQuestionnaire(d, translationsOf(d.id))).filter(
    (x) =>
      (!wanted || wanted.includes(x.id.toLowerCase())) && (q.url === undefined || canonical(q.url) === x.url),
  );
  return sortBy(found, sort, (x, k) => (k === '_id' ? x.id : x.url));
}
