/**
 * /fhir/R4: FHIR R4 exchange of the questionnaires Threshold ships and the responses it stores.
 * Resources leave as application/fhir+json; errors stay RFC 9457 problem+json, like every route.
 * Bodies are accepted as application/fhir+json or application/json; the schema only checks the
 * resource type, and the domain parser checks the rest, naming each path it refuses.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { searchset } from '../../domain/fhir/bundle.ts';
import { toQuestionnaire } from '../../domain/fhir/questionnaire.ts';
import type { Resource } from '../../domain/fhir/types.ts';
import { getInstrument, INSTRUMENTS } from '../../domain/instruments/registry.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { responses } from '../http/common-schema.ts';
import * as svc from './service.ts';

const tags = ['fhir'];
const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Any FHIR resource: described for the OpenAPI document, serialized as built. */
const FhirResource = Type.Object(
  { resourceType: Type.String() },
  { additionalProperties: true, description: 'A FHIR R4 resource (application/fhir+json)' },
);

const QuestionnaireParams = Type.Object({
  id: Type.String({ pattern: '^[A-Za-z0-9\\-.]{1,64}$', description: 'Instrument id, e.g. phq-9' }),
});
const ResourceIdParams = Type.Object({ id: Type.String({ pattern: `^${UUID}$` }) });
const SubjectQuery = Type.Object(
  {
    subject: Type.String({
      pattern: `^(Patient/)?${UUID}$`,
      description: 'The client: Patient/<client id>',
    }),
    _format: Type.Optional(Type.String({ maxLength: 50, description: 'Ignored: always JSON' })),
  },
  { additionalProperties: false },
);
const QuestionnaireResponseBody = Type.Object(
  { resourceType: Type.Literal('QuestionnaireResponse') },
  { additionalProperties: true, description: 'A FHIR R4 QuestionnaireResponse' },
);

/** The FHIR base of this server as the client reached it, e.g. `https://clinic.example/fhir/R4`. */
const baseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}/fhir/R4`;
const selfOf = (request: FastifyRequest) => `${request.protocol}://${request.host}${request.url}`;
const clientIdOf = (subject: string) => subject.replace(/^Patient\//, '').toLowerCase();

function fhir(reply: FastifyReply, resource: Resource | ReturnType<typeof searchset>, status = 200) {
  return reply.code(status).type(FHIR_JSON).send(resource);
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
          summary: 'Every questionnaire Threshold ships, as a FHIR searchset Bundle',
          response: responses({ 200: FhirResource }),
        },
      },
      async (request, reply) =>
        fhir(reply, searchset(baseOf(request), selfOf(request), INSTRUMENTS.map(toQuestionnaire))),
    );

    app.get(
      '/fhir/R4/Questionnaire/:id',
      {
        config: { access: { action: 'instrument.read' } },
        schema: {
          tags,
          summary: 'One questionnaire as a FHIR Questionnaire',
          params: QuestionnaireParams,
          response: responses({ 200: FhirResource }),
        },
      },
      async (request, reply) => fhir(reply, toQuestionnaire(getInstrument(request.params.id))),
    );

    app.post(
      '/fhir/R4/QuestionnaireResponse',
      {
        config: { access: { action: 'response.create' } },
        schema: {
          tags,
          summary: 'Store a completed QuestionnaireResponse for a client (checked, scored, audited)',
          body: QuestionnaireResponseBody,
          response: responses({ 201: FhirResource }),
        },
      },
      async (request, reply) => {
        const stored = await svc.submitResponse(ctx, scopeOf(request), request.body);
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
          summary: "A client's questionnaire responses, newest first (audited)",
          querystring: SubjectQuery,
          response: responses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const found = await svc.searchResponses(ctx, scopeOf(request), clientIdOf(request.query.subject));
        return fhir(reply, searchset(baseOf(request), selfOf(request), found));
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
          response: responses({ 200: FhirResource }),
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
          summary: "A client's questionnaire scores as survey Observations, newest first (audited)",
          querystring: SubjectQuery,
          response: responses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const found = await svc.searchObservations(ctx, scopeOf(request), clientIdOf(request.query.subject));
        return fhir(reply, searchset(baseOf(request), selfOf(request), found));
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
          response: responses({ 200: FhirResource }),
        },
      },
      async (request, reply) =>
        fhir(reply, await svc.readObservation(ctx, scopeOf(request), request.params.id.toLowerCase())),
    );
  };
}
