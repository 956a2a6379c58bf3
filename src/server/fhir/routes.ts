/**
 * /fhir/R4: FHIR R4 exchange of the questionnaires Threshold ships (with the translations this
 * organization holds, as `translation` extensions) and the responses it stores.
 * Resources leave as application/fhir+json; errors as OperationOutcome (problem.ts maps every error
 * under /fhir). Bodies are accepted as application/fhir+json or application/json; the schema only
 * checks the resource type, and the domain parser checks the rest, naming each path it refuses.
 * Searches accept exactly the parameters the CapabilityStatement lists (capability.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { pageOf, searchset } from '../../domain/fhir/bundle.ts';
import type { SearchableType } from '../../domain/fhir/capability.ts';
import { toQuestionnaire } from '../../domain/fhir/questionnaire.ts';
import { parseCount, parseOffset } from '../../domain/fhir/search.ts';
import type { Resource } from '../../domain/fhir/types.ts';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { allTextsFor } from '../instrument-translations/service.ts';
import { conditionalSubmit } from './conditional.ts';
import {
  baseOf,
  checkSearchParams,
  FhirResource,
  fhir,
  fhirResponses,
  ResourceIdParams,
  searchQuery,
  selfOf,
  tags,
} from './http.ts';
import * as search from './search.ts';
import * as svc from './service.ts';

const QuestionnaireParams = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9\\-.]{1,64}$', description: 'Instrument id, e.g. phq-9' }),
});
const QuestionnaireResponseBody = Type.Object(
  { resourceType: Type.Literal('QuestionnaireResponse') },
  { additionalProperties: true, description: 'A FHIR R4 QuestionnaireResponse' },
);
const ConditionalHeaders = Type.Object({
  'if-none-exist': Type.Optional(
    Type.String({
      maxLength: 1000,
      description:
        'Conditional create: a QuestionnaireResponse search (e.g. patient=…&authored=…); a match is returned instead (200)',
    }),
  ),
});

/** The page a search asks for, and its checked parameters. */
export function searchRequest(request: FastifyRequest, type: SearchableType, query: Record<string, string>) {
  const q = checkSearchParams(type, query);
  return { q, page: { self: selfOf(request), offset: parseOffset(q._offset), count: parseCount(q._count) } };
}

function bundleOf(
  request: FastifyRequest,
  page: { self: string; offset: number; count: number },
  all: Resource[],
) {
  return searchset(baseOf(request), page, pageOf(all, page));
}

export function fhirRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Scoped to this plugin: FHIR's own media type parses like JSON.
    app.addContentTypeParser(
      'application/fhir+json',
      { parseAs: 'string' },
      app.getDefaultJsonParser('error', 'error'),
    );

    app.get(
      '/fhir/R4/Questionnaire',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: 'Search the questionnaires Threshold ships (_id, url), as a searchset Bundle',
          querystring: searchQuery('Questionnaire'),
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const { q, page } = searchRequest(request, 'Questionnaire', request.query);
        const translations = await allTextsFor(ctx.db.kysely, scopeOf(request).organizationId);
        const found = search.searchQuestionnaires(q, (id) => translations.get(id) ?? []);
        return fhir(reply, bundleOf(request, page, found));
      },
    );

    app.get(
      '/fhir/R4/Questionnaire/:id',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: 'One questionnaire as a FHIR Questionnaire',
          params: QuestionnaireParams,
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const def = getInstrument(request.params.id);
        const translations = await allTextsFor(ctx.db.kysely, scopeOf(request).organizationId);
        return fhir(reply, toQuestionnaire(def, translations.get(def.id) ?? []));
      },
    );

    app.post(
      '/fhir/R4/QuestionnaireResponse',
      {
        config: { access: { action: 'response.create' } },
        schema: {
          tags,
          summary:
            'Store a completed QuestionnaireResponse for a client (checked, scored, audited); If-None-Exist makes it conditional',
          headers: ConditionalHeaders,
          body: QuestionnaireResponseBody,
          response: fhirResponses({ 200: FhirResource, 201: FhirResource }),
        },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const condition = request.headers['if-none-exist'];
        if (condition !== undefined) {
          const { resource, created } = await conditionalSubmit(ctx, scope, condition, request.body);
          if (!created) return fhir(reply, resource, 200);
          reply.header('location', `${baseOf(request)}/QuestionnaireResponse/${resource.id}`);
          return fhir(reply, resource, 201);
        }
        const stored = await svc.submitResponse(ctx, scope, request.body);
        reply.header('location', `${baseOf(request)}/QuestionnaireResponse/${stored.id}`);
        return fhir(reply, stored, 201);
      },
    );

    app.get(
      '/fhir/R4/QuestionnaireResponse',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary:
            "Search a client's questionnaire responses (patient or subject required), newest first (audited)",
          querystring: searchQuery('QuestionnaireResponse'),
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const { q, page } = searchRequest(request, 'QuestionnaireResponse', request.query);
        return fhir(
          reply,
          bundleOf(request, page, await search.searchQuestionnaireResponses(ctx, scopeOf(request), q)),
        );
      },
    );

    app.get(
      '/fhir/R4/QuestionnaireResponse/:id',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary: 'One stored response as a QuestionnaireResponse (audited)',
          params: ResourceIdParams,
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) =>
        fhir(reply, await svc.readResponse(ctx, scopeOf(request), request.params.id.toLowerCase())),
    );

    app.get(
      '/fhir/R4/Observation',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary:
            "Search a client's questionnaire scores as survey Observations (patient or subject required; audited)",
          querystring: searchQuery('Observation'),
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const { q, page } = searchRequest(request, 'Observation', request.query);
        return fhir(
          reply,
          bundleOf(request, page, await search.searchObservations(ctx, scopeOf(request), q)),
        );
      },
    );

    app.get(
      '/fhir/R4/Observation/:id',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary: "One stored response's score as an Observation (audited)",
          params: ResourceIdParams,
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) =>
        fhir(reply, await svc.readObservation(ctx, scopeOf(request), request.params.id.toLowerCase())),
    );
  };
}
