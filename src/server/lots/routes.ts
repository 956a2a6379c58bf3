/** /api/lots: substance lots and their assays. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import { AssayCreateSchema, LotCreateSchema, LotListSchema, LotSchema } from '../../api/lots.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as lots from './service.ts';

const tags = ['lots'];

export function lotRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/lots',
      {
        config: { access: { action: 'lot.read' } },
        schema: {
          tags,
          summary: 'Substance lots with their assays, latest first',
          response: responses({ 200: LotListSchema }),
        },
      },
      async (request) => ({ items: await lots.listLots(ctx, scopeOf(request)) }),
    );

    app.post(
      '/api/lots',
      {
        config: { access: { action: 'lot.manage' } },
        schema: {
          tags,
          summary: 'Record a lot as received (code unique in the organization: 409 otherwise)',
          body: LotCreateSchema,
          response: responses({ 201: LotSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await lots.createLot(ctx, scopeOf(request), request.body)),
    );

    app.get(
      '/api/lots/:id',
      {
        config: { access: { action: 'lot.read' } },
        schema: {
          tags,
          summary: 'A lot with its assays',
          params: IdParams,
          response: responses({ 200: LotSchema }),
        },
      },
      (request) => lots.viewLot(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/lots/:id/assays',
      {
        config: { access: { action: 'lot.manage' } },
        schema: {
          tags,
          summary: 'Record a laboratory assay of a psilocybin or truffle lot (mg per gram, fresh or dry)',
          params: IdParams,
          body: AssayCreateSchema,
          response: responses({ 201: LotSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await lots.addAssay(ctx, scopeOf(request), request.params.id, request.body)),
    );
  };
}
