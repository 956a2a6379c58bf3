/** /api/clients/:id/responses: a client's questionnaire responses. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  ClientResponseParams,
  ResponseCreateSchema,
  ResponseListQuerySchema,
  ResponseListSchema,
  ResponseSchema,
} from '../../api/responses.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['responses'];

export function responseRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/responses',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary: "A client's questionnaire responses, newest first (audited)",
          params: IdParams,
          querystring: ResponseListQuerySchema,
          response: responses({ 200: ResponseListSchema }),
        },
      },
      async (request) => ({
        items: await svc.listResponses(ctx, scopeOf(request), request.params.id, request.query.instrumentId),
      }),
    );

    app.post(
      '/api/clients/:id/responses',
      {
        config: { access: { action: 'response.create' } },
        schema: {
          tags,
          summary: 'Enter a questionnaire for a client (scored and stored)',
          params: IdParams,
          body: ResponseCreateSchema,
          response: responses({ 201: ResponseSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await svc.createResponse(ctx, scopeOf(request), request.params.id, request.body, 'staff')),
    );

    app.get(
      '/api/clients/:id/responses/:responseId',
      {
        config: { access: { action: 'response.read' } },
        schema: {
          tags,
          summary: 'One response with its item answers (audited)',
          params: ClientResponseParams,
          response: responses({ 200: ResponseSchema }),
        },
      },
      (request) => svc.viewResponse(ctx, scopeOf(request), request.params.id, request.params.responseId),
    );
  };
}
