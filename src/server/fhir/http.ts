/** What every /fhir route shares: the media type, the base URL, schemas, and search-parameter checks. */
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../../domain/errors.ts';
import { RESULT_PARAMS, SEARCH_PARAMS, type SearchableType } from '../../domain/fhir/capability.ts';
import { FHIR_JSON } from '../http/problem.ts';

export const tags = ['fhir'];

/** Any FHIR resource: described for the OpenAPI document, serialized as built. */
export const FhirResource = Type.Object(
  { resourceType: Type.String() },
  { additionalProperties: true, description: 'A FHIR R4 resource (application/fhir+json)' },
);

const OperationOutcomeSchema = Type.Object(
  {
    resourceType: Type.Literal('OperationOutcome'),
    issue: Type.Array(Type.Object({}, { additionalProperties: true })),
  },
  { additionalProperties: true, description: 'A FHIR OperationOutcome: every /fhir error' },
);

/** The success responses of a /fhir route plus its errors, which are OperationOutcome here. */
export function fhirResponses<R extends Record<number, unknown>>(ok: R) {
  const err = OperationOutcomeSchema;
  return { 400: err, 401: err, 403: err, 404: err, 409: err, 412: err, 429: err, ...ok };
}

/**
 * The query string of a search of `type`: exactly its search parameters (capability.ts) and the
 * result parameters, each once; anything else is refused, naming it (never silently ignored).
 */
export function searchQuery(type: SearchableType) {
  const params = Object.fromEntries(
    SEARCH_PARAMS[type].map((p) => [
      p.name,
      Type.Optional(Type.String({ maxLength: 500, description: p.documentation })),
    ]),
  );
  return Type.Object(
    {
      ...params,
      _count: Type.Optional(
        Type.String({ pattern: '^\\d{1,4}$', description: 'Page size (default 20, at most 100)' }),
      ),
      _offset: Type.Optional(
        Type.String({ pattern: '^\\d{1,7}$', description: 'Matches to skip (from Bundle.link next)' }),
      ),
      _sort: Type.Optional(
        Type.String({ maxLength: 100, description: 'Comma-separated sort keys, - for descending' }),
      ),
      _format: Type.Optional(Type.String({ maxLength: 50, description: 'Ignored: always JSON' })),
    },
    { additionalProperties: false },
  );
}

export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const ResourceIdParams = Type.Object({ id: Type.String({ pattern: `^${UUID}$` }) });

/** The FHIR base of this server as the client reached it, e.g. `https://clinic.example/fhir/R4`. */
export const baseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}/fhir/R4`;
export const selfOf = (request: FastifyRequest) => `${request.protocol}://${request.host}${request.url}`;

export function fhir(reply: FastifyReply, resource: unknown, status = 200) {
  return reply.code(status).type(FHIR_JSON).send(resource);
}

/** Refuses a search parameter the resource does not support (for parameters not checked by a schema: If-None-Exist). */
export function checkSearchParams(
  type: SearchableType,
  query: Record<string, string>,
): Record<string, string> {
  const known = new Set<string>([...RESULT_PARAMS, ...SEARCH_PARAMS[type].map((p) => p.name)]);
  for (const name of Object.keys(query)) {
    if (!known.has(name))
      throw invalid(name, 'not-search-parameter-supported', { type, value: [...known].join(', ') }, 'query');
  }
  return query;
}
