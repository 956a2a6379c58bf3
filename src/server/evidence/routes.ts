/** /api/studies: the evidence library (installation-wide published literature). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { responses } from '../../api/common.ts';
import {
  ExportRequestSchema,
  ImportRequestSchema,
  ImportResultSchema,
  StudyDetailSchema,
  StudyListQuerySchema,
  StudyListSchema,
  StudyParams,
  StudyUpdateSchema,
} from '../../api/evidence.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { updateStudy } from './edit.ts';
import * as svc from './service.ts';

const tags = ['evidence'];

export function evidenceRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/studies',
      {
        config: { access: { action: 'evidence.read' } },
        schema: {
          tags,
          summary: 'Search and filter the evidence library (built-in, imported and curated studies)',
          querystring: StudyListQuerySchema,
          response: responses({ 200: StudyListSchema }),
        },
      },
      (request) => svc.listStudies(ctx, scopeOf(request).organizationId, request.query),
    );

    app.get(
      '/api/studies/:id',
      {
        config: { access: { action: 'evidence.read' } },
        schema: {
          tags,
          summary: 'One study: every fact with its verification status and source',
          params: StudyParams,
          response: responses({ 200: StudyDetailSchema }),
        },
      },
      (request) => svc.viewStudy(ctx, scopeOf(request).organizationId, request.params.id),
    );

    app.post(
      '/api/studies/export',
      {
        config: { access: { action: 'evidence.read' } },
        schema: {
          tags,
          summary: 'Export studies as BibTeX, RIS or CSL-JSON, or as APA 7 or Vancouver references',
          body: ExportRequestSchema,
          response: responses({ 200: Type.String({ description: 'The citations in the format asked for' }) }),
        },
      },
      async (request, reply) => {
        const out = await svc.exportStudies(ctx, request.body, scopeOf(request).organizationId);
        return reply
          .type(out.contentType)
          .header('content-disposition', `attachment; filename="threshold-studies.${out.extension}"`)
          .send(out.body);
      },
    );

    app.post(
      '/api/studies/import',
      {
        config: { access: { action: 'evidence.curate' } },
        schema: {
          tags,
          summary:
            'Import BibTeX, RIS or CSL-JSON: new studies (every fact unverified) and duplicates found (audited)',
          body: ImportRequestSchema,
          response: responses({ 200: ImportResultSchema }),
        },
      },
      (request) => svc.importStudies(ctx, scopeOf(request), request.body),
    );

    app.put(
      '/api/studies/:id',
      {
        config: { access: { action: 'evidence.curate' } },
        schema: {
          tags,
          summary:
            'Curate an imported or curated study; send the version you edited (409 when stale, and for built-in records, which are read-only)',
          params: StudyParams,
          body: StudyUpdateSchema,
          response: responses({ 200: StudyDetailSchema }),
        },
      },
      (request) => updateStudy(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
