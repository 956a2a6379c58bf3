/**
 * /fhir/R4 beyond the questionnaire exchange: the CapabilityStatement clients discover the server
 * by, Patient read and search (clients' demographics, audited, client.read), and the transaction
 * Bundle that imports a Patient with their responses atomically.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { searchset } from '../../domain/fhir/bundle.ts';
import { capabilityStatement } from '../../domain/fhir/capability.ts';
import { mayPerform, scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { VERSION } from '../version.ts';
import { baseOf, FhirResource, fhir, fhirResponses, ResourceIdParams, searchQuery, tags } from './http.ts';
import { searchRequest } from './routes.ts';
import { searchPatients } from './search.ts';
import { readPatient } from './service.ts';
import { runTransaction } from './transaction.ts';

const BundleBody = Type.Object(
  { resourceType: Type.Literal('Bundle') },
  {
    additionalProperties: true,
    description: 'A FHIR R4 Bundle of type transaction: POST entries of Patient and QuestionnaireResponse',
  },
);
const STARTED = new Date().toISOString();

export function fhirServerRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addContentTypeParser(
      'application/fhir+json',
      { parseAs: 'string' },
      app.getDefaultJsonParser('error', 'error'),
    );

    app.get(
      '/fhir/R4/metadata',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The CapabilityStatement: resources, interactions and the search parameters supported',
          querystring: Type.Object(
            {
              _format: Type.Optional(Type.String({ maxLength: 50 })),
              mode: Type.Optional(Type.String({ maxLength: 20 })),
            },
            { additionalProperties: false },
          ),
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) => fhir(reply, capabilityStatement(baseOf(request), VERSION, STARTED)),
    );

    app.get(
      '/fhir/R4/Patient',
      {
        config: { access: { action: 'client.read' } },
        schema: {
          tags,
          summary: 'Search clients as Patients (_id, identifier, name, birthdate), paged (audited)',
          querystring: searchQuery('Patient'),
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) => {
        const { q, page } = searchRequest(request, 'Patient', request.query);
        const found = await searchPatients(ctx, scopeOf(request), q, page);
        return fhir(reply, searchset(baseOf(request), page, found));
      },
    );

    app.get(
      '/fhir/R4/Patient/:id',
      {
        config: { access: { action: 'client.read' } },
        schema: {
          tags,
          summary: "One client's demographics as a Patient (audited)",
          params: ResourceIdParams,
          response: fhirResponses({ 200: FhirResource }),
        },
      },
      async (request, reply) =>
        fhir(reply, await readPatient(ctx, scopeOf(request), request.params.id.toLowerCase())),
    );

    // The transaction endpoint is the base itself; clients send it with or without the slash.
    for (const url of ['/fhir/R4', '/fhir/R4/']) {
      app.post(
        url,
        {
          config: { access: { action: 'response.create' } },
          schema: {
            tags,
            hide: url.endsWith('/'),
            summary:
              'A transaction Bundle: POST Patient and QuestionnaireResponse entries, stored all or nothing (a Patient also needs client.create)',
            body: BundleBody,
            response: fhirResponses({ 200: FhirResource }),
          },
        },
        async (request, reply) => {
          const result = await runTransaction(
            ctx,
            scopeOf(request),
            request.body,
            baseOf(request),
            (action) => mayPerform(request, action),
          );
          return fhir(reply, result, 200);
        },
      );
    }
  };
}
