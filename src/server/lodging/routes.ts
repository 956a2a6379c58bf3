/** Accommodation: /api/lodging/rooms, /api/cohorts/:id/lodging…, /api/enrollments/:id/lodging-needs. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, problemResponses, responses } from '../../api/common.ts';
import {
  AssignSchema,
  AutoAssignResultSchema,
  CohortEnrollmentParams,
  CohortLodgingSchema,
  GuestNeedsSchema,
  HouseListQuery,
  LodgingRoomCreateSchema,
  LodgingRoomListSchema,
  LodgingRoomSchema,
  LodgingRoomUpdateSchema,
  StaySchema,
} from '../../api/lodging.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { houseListHtml } from './house-list.ts';
import * as repo from './repository.ts';
import { updateRoom } from './rooms.ts';
import * as svc from './service.ts';

const tags = ['lodging'];
const read = { access: { action: 'lodging.read' as const } };
const manage = { access: { action: 'lodging.manage' as const } };

export function lodgingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/lodging/rooms',
      {
        config: read,
        schema: {
          tags,
          summary: 'Lodging rooms with their beds',
          response: responses({ 200: LodgingRoomListSchema }),
        },
      },
      async (request) => ({ items: await svc.listRooms(ctx, scopeOf(request)) }),
    );
    app.post(
      '/api/lodging/rooms',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Adds a lodging room with its beds',
          body: LodgingRoomCreateSchema,
          response: { 201: LodgingRoomSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.createRoom(ctx, scopeOf(request), request.body)),
    );
    app.patch(
      '/api/lodging/rooms/:id',
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Renames a lodging room, adds or retires beds, or retires the room (refused while a bed is allocated for a stay not yet over)',
          params: IdParams,
          body: LodgingRoomUpdateSchema,
          response: { 204: Type.Null({ description: 'Saved' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        await updateRoom(ctx, scopeOf(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/api/cohorts/:id/lodging',
      {
        config: read,
        schema: {
          tags,
          summary: "A cohort's nights, rooms, guests with their needs and beds (audited)",
          params: IdParams,
          response: responses({ 200: CohortLodgingSchema }),
        },
      },
      (request) => svc.cohortLodging(ctx, scopeOf(request), request.params.id),
    );
    app.put(
      '/api/cohorts/:id/lodging/stay',
      {
        config: manage,
        schema: {
          tags,
          summary: "Sets a cohort's nights (arrival and departure dates)",
          params: IdParams,
          body: StaySchema,
          response: responses({ 200: CohortLodgingSchema }),
        },
      },
      (request) => svc.setStay(ctx, scopeOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/enrollments/:id/lodging-needs',
      {
        config: manage,
        schema: {
          tags,
          summary: "A client's diet, access needs and roommate wish on their booking",
          params: IdParams,
          body: GuestNeedsSchema,
          response: { 204: Type.Null({ description: 'Saved' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        await svc.setNeeds(ctx, scopeOf(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/cohorts/:id/lodging/assignments',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Allocates a guest to a bed (refused when the bed is taken for a night of the stay)',
          params: IdParams,
          body: AssignSchema,
          response: { 201: CohortLodgingSchema, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.assign(ctx, scopeOf(request), request.params.id, request.body)),
    );
    app.delete(
      '/api/cohorts/:id/lodging/assignments/:enrollmentId',
      {
        config: manage,
        schema: {
          tags,
          summary: "Removes a guest's bed allocation",
          params: CohortEnrollmentParams,
          response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        await svc.unassign(ctx, scopeOf(request), request.params.id, request.params.enrollmentId);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/cohorts/:id/lodging/auto-assign',
      {
        config: manage,
        schema: {
          tags,
          summary:
            'Places every guest without a bed (roommate wishes, accessible and same-gender rooms respected; deterministic)',
          params: IdParams,
          response: responses({ 200: AutoAssignResultSchema }),
        },
      },
      (request) => svc.autoAllocate(ctx, scopeOf(request), request.params.id),
    );
    app.get(
      '/api/cohorts/:id/house-list',
      {
        config: read,
        schema: {
          tags,
          summary: 'The printable house list (HTML, English or Dutch)',
          params: IdParams,
          querystring: HouseListQuery,
          response: { 200: Type.String({ description: 'text/html' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const lodging = await svc.cohortLodging(ctx, scope, request.params.id);
        const cohort = await repo.getCohort(ctx.db.kysely, scope.organizationId, request.params.id);
        return reply
          .type('text/html; charset=utf-8')
          .send(houseListHtml(cohort?.name ?? '', lodging, request.query.language ?? 'en'));
      },
    );
  };
}
