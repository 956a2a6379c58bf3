/** /api/rooms: where sessions happen. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import { RoomInputSchema, RoomListSchema, RoomSchema } from '../../api/rooms.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as rooms from './service.ts';

const tags = ['rooms'];

export function roomRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/rooms',
      {
        config: { access: { action: 'session.read' } },
        schema: { tags, summary: 'Rooms of the organization', response: responses({ 200: RoomListSchema }) },
      },
      async (request) => ({ items: await rooms.listRooms(ctx, scopeOf(request)) }),
    );

    app.post(
      '/api/rooms',
      {
        config: { access: { action: 'room.manage' } },
        schema: {
          tags,
          summary: 'Add a room',
          body: RoomInputSchema,
          response: responses({ 201: RoomSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await rooms.createRoom(ctx, scopeOf(request), request.body)),
    );

    app.put(
      '/api/rooms/:id',
      {
        config: { access: { action: 'room.manage' } },
        schema: {
          tags,
          summary: 'Rename a room or change its capacity',
          params: IdParams,
          body: RoomInputSchema,
          response: responses({ 200: RoomSchema }),
        },
      },
      (request) => rooms.updateRoom(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
