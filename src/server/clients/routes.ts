/** /api/clients: the people in care. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ClientCreateSchema,
  ClientListQuerySchema,
  ClientListSchema,
  ClientSchema,
  ClientUpdateSchema,
  VersionBodySchema,
} from '../../api/clients.ts';
import { IdParams, responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as clients from './service.ts';

const tags = ['clients'];

export function clientRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients',
      {
        config: { access: { action: 'client.read' } },
        schema: {
          tags,
          summary: 'List and search clients',
          querystring: ClientListQuerySchema,
          response: responses({ 200: ClientListSchema }),
        },
      },
      (request) => clients.listClients(ctx, scopeOf(request), request.query),
    );

    app.post(
      '/api/clients',
      {
        config: { access: { action: 'client.create' } },
        schema: {
          tags,
          summary: 'Create a client',
          body: ClientCreateSchema,
          response: responses({ 201: ClientSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await clients.createClient(ctx, scopeOf(request), request.body)),
    );

    app.get(
      '/api/clients/:id',
      {
        config: { access: { action: 'client.read' } },
        schema: {
          tags,
          summary: 'View a client (audited)',
          params: IdParams,
          response: responses({ 200: ClientSchema }),
        },
      },
      (request) => clients.viewClient(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/clients/:id',
      {
        config: { access: { action: 'client.update' } },
        schema: {
          tags,
          summary: 'Edit a client; send the version you edited (409 with the current record when stale)',
          params: IdParams,
          body: ClientUpdateSchema,
          response: responses({ 200: ClientSchema }),
        },
      },
      (request) => clients.updateClient(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/clients/:id/archive',
      {
        config: { access: { action: 'client.archive' } },
        schema: {
          tags,
          summary: 'Archive a client',
          params: IdParams,
          body: VersionBodySchema,
          response: responses({ 200: ClientSchema }),
        },
      },
      (request) => clients.setArchived(ctx, scopeOf(request), request.params.id, request.body.version, true),
    );

    app.post(
      '/api/clients/:id/restore',
      {
        config: { access: { action: 'client.archive' } },
        schema: {
          tags,
          summary: 'Restore an archived client',
          params: IdParams,
          body: VersionBodySchema,
          response: responses({ 200: ClientSchema }),
        },
      },
      (request) => clients.setArchived(ctx, scopeOf(request), request.params.id, request.body.version, false),
    );
  };
}
