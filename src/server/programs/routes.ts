/** /api/programs and /api/program-templates: program definitions, their versions and consent documents. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  ConsentDocumentCreateSchema,
  ConsentDocumentListSchema,
  ConsentDocumentSchema,
  PreviewResultSchema,
  PreviewSchema,
  ProgramCreateSchema,
  ProgramListQuerySchema,
  ProgramListSchema,
  ProgramSchema,
  ProgramUpdateSchema,
  ProgramVersionParams,
  ProgramVersionSchema,
  TemplateListQuerySchema,
  TemplateListSchema,
} from '../../api/programs.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as programs from './service.ts';

const tags = ['programs'];

export function programRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/program-templates',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: 'Program templates that follow published protocols',
          querystring: TemplateListQuerySchema,
          response: responses({ 200: TemplateListSchema }),
        },
      },
      async (request) => ({ items: programs.listTemplates(request.query.language ?? 'en') }),
    );

    app.get(
      '/api/programs',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: 'Programs of the organization',
          querystring: ProgramListQuerySchema,
          response: responses({ 200: ProgramListSchema }),
        },
      },
      async (request) => ({
        items: await programs.listPrograms(ctx, scopeOf(request), request.query.status ?? 'active'),
      }),
    );

    app.post(
      '/api/programs',
      {
        config: { access: { action: 'program.manage' } },
        schema: {
          tags,
          summary: 'Create a program from a template ({ templateId }) or a definition ({ definition })',
          body: ProgramCreateSchema,
          response: responses({ 201: ProgramSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await programs.createProgram(ctx, scopeOf(request), request.body)),
    );

    app.post(
      '/api/programs/preview',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary:
            'The sessions and assessments a definition would schedule from a start date (nothing is saved)',
          body: PreviewSchema,
          response: responses({ 200: PreviewResultSchema }),
        },
      },
      (request) => programs.preview(ctx, scopeOf(request), request.body),
    );

    app.get(
      '/api/programs/:id',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: 'A program with its current definition, versions and consent document',
          params: IdParams,
          response: responses({ 200: ProgramSchema }),
        },
      },
      (request) => programs.getProgram(ctx, scopeOf(request), request.params.id),
    );

    app.get(
      '/api/programs/:id/versions/:version',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: 'One stored version of a program definition',
          params: ProgramVersionParams,
          response: responses({ 200: ProgramVersionSchema }),
        },
      },
      (request) => programs.getVersion(ctx, scopeOf(request), request.params.id, request.params.version),
    );

    app.put(
      '/api/programs/:id',
      {
        config: { access: { action: 'program.manage' } },
        schema: {
          tags,
          summary:
            'Save a new version of the definition; send the version you edited (409 with the current program when stale)',
          params: IdParams,
          body: ProgramUpdateSchema,
          response: responses({ 200: ProgramSchema }),
        },
      },
      (request) => programs.updateProgram(ctx, scopeOf(request), request.params.id, request.body),
    );

    for (const [action, archive] of [
      ['archive', true],
      ['restore', false],
    ] as const) {
      app.post(
        `/api/programs/:id/${action}`,
        {
          config: { access: { action: 'program.manage' } },
          schema: {
            tags,
            summary: archive
              ? 'Archive a program (no new cohorts or enrollments)'
              : 'Restore an archived program',
            params: IdParams,
            response: responses({ 200: ProgramSchema }),
          },
        },
        (request) => programs.setArchived(ctx, scopeOf(request), request.params.id, archive),
      );
    }

    app.get(
      '/api/programs/:id/consent-documents',
      {
        config: { access: { action: 'program.read' } },
        schema: {
          tags,
          summary: "Every version of the program's consent document, newest first",
          params: IdParams,
          response: responses({ 200: ConsentDocumentListSchema }),
        },
      },
      async (request) => ({
        items: await programs.listConsentDocuments(ctx, scopeOf(request), request.params.id),
      }),
    );

    app.post(
      '/api/programs/:id/consent-documents',
      {
        config: { access: { action: 'consent.manage' } },
        schema: {
          tags,
          summary: 'Publish a new version of the consent document (clients consent to the current one)',
          params: IdParams,
          body: ConsentDocumentCreateSchema,
          response: responses({ 201: ConsentDocumentSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await programs.createConsentDocument(ctx, scopeOf(request), request.params.id, request.body)),
    );
  };
}
