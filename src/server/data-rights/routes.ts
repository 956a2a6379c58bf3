/**
 * Data subject rights: a client's export (GDPR Art. 15/20), erasure and restriction requests
 * (Art. 17/18), and the retention report and setting (WGBO, Art. 7:454 BW).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  DataRightsReportSchema,
  ErasureOutcomeSchema,
  ErasureRequestBodySchema,
  RetentionBodySchema,
} from '../../api/data-rights.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as service from './service.ts';

const tags = ['data rights'];

export function dataRightsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/export',
      {
        config: { access: { action: 'client.export' } },
        schema: {
          tags,
          summary:
            "The client's copy of their data (GDPR Art. 15): a ZIP of client.json, fhir/bundle.json and summary.html (audited)",
          params: IdParams,
          produces: ['application/zip'],
          response: responses({ 200: Type.String({ description: 'application/zip' }) }),
        },
      },
      async (request, reply) => {
        const base = `${request.protocol}://${request.host}/fhir/R4`;
        const out = await service.exportForScope(ctx, scopeOf(request), request.params.id, base);
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="${out.filename}"`)
          .header('cache-control', 'no-store')
          .send(out.archive);
      },
    );

    app.post(
      '/api/clients/:id/erasure-requests',
      {
        config: { access: { action: 'client.erase' } },
        schema: {
          tags,
          summary:
            'Record an erasure or restriction request: erased now, or restricted until the retention period ends',
          params: IdParams,
          body: ErasureRequestBodySchema,
          response: responses({ 201: ErasureOutcomeSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await service.requestErasure(ctx, scopeOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/data-rights',
      {
        config: { access: { action: 'data-rights.read' } },
        schema: {
          tags,
          summary: 'Retention setting and every erasure and restriction request, with what is due',
          response: responses({ 200: DataRightsReportSchema }),
        },
      },
      (request) => service.report(ctx, scopeOf(request)),
    );

    app.put(
      '/api/data-rights/retention',
      {
        config: { access: { action: 'organization.update' } },
        schema: {
          tags,
          summary: 'Set how many years medical records are kept after the last treatment (default 20, WGBO)',
          body: RetentionBodySchema,
          response: responses({ 200: DataRightsReportSchema }),
        },
      },
      (request) => service.setRetention(ctx, scopeOf(request), request.body.retentionYears),
    );
  };
}
