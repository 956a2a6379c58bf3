/** /api/sessions: the calendar of program sessions, and running them. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  AttendanceSchema,
  CancelSchema,
  FacilitatorsSchema,
  NoteSchema,
  RescheduleSchema,
  SessionCreateSchema,
  SessionDetailSchema,
  SessionListQuerySchema,
  SessionListSchema,
  TodayQuerySchema,
} from '../../api/sessions.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as queries from './queries.ts';
import * as svc from './service.ts';

const tags = ['sessions'];

export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/sessions',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: `Sessions overlapping a time range (at most ${queries.MAX_RANGE_DAYS} days; attendee names are audited)`,
          querystring: SessionListQuerySchema,
          response: responses({ 200: SessionListSchema }),
        },
      },
      (request) => queries.listSessions(ctx, scopeOf(request), request.query),
    );

    app.get(
      '/api/sessions/today',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: "Today's sessions (organization time zone) you facilitate, or all of them",
          querystring: TodayQuerySchema,
          response: responses({ 200: SessionListSchema }),
        },
      },
      (request) => queries.todaysSessions(ctx, scopeOf(request), request.query.all ?? false),
    );

    app.get(
      '/api/sessions/:id',
      {
        config: { access: { action: 'session.read' } },
        schema: {
          tags,
          summary: 'One session with attendees, note and dosing records by role (audited)',
          params: IdParams,
          response: responses({ 200: SessionDetailSchema }),
        },
      },
      (request) => queries.viewSession(ctx, scopeOf(request), request.params.id),
    );

    app.post(
      '/api/sessions',
      {
        config: { access: { action: 'session.schedule' } },
        schema: {
          tags,
          summary:
            'Schedule an extra personal session for an enrollment (double bookings: 409 with conflicts)',
          body: SessionCreateSchema,
          response: responses({ 201: SessionDetailSchema }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await svc.createSession(ctx, scopeOf(request), request.body)),
    );

    app.post(
      '/api/sessions/:id/reschedule',
      {
        config: { access: { action: 'session.schedule' } },
        schema: {
          tags,
          summary: 'Move a session, with a reason (double bookings: 409 with conflicts)',
          params: IdParams,
          body: RescheduleSchema,
          response: responses({ 200: SessionDetailSchema }),
        },
      },
      (request) => svc.reschedule(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/sessions/:id/cancel',
      {
        config: { access: { action: 'session.schedule' } },
        schema: {
          tags,
          summary: 'Cancel a session, with a reason',
          params: IdParams,
          body: CancelSchema,
          response: responses({ 200: SessionDetailSchema }),
        },
      },
      (request) => svc.cancel(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/sessions/:id/facilitators',
      {
        config: { access: { action: 'session.schedule' } },
        schema: {
          tags,
          summary: "Set a session's facilitators (a double-booked facilitator: 409 with conflicts)",
          params: IdParams,
          body: FacilitatorsSchema,
          response: responses({ 200: SessionDetailSchema }),
        },
      },
      (request) => svc.setFacilitators(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/sessions/:id/attendance',
      {
        config: { access: { action: 'session.run' } },
        schema: {
          tags,
          summary: "Record one attendee's attendance",
          params: IdParams,
          body: AttendanceSchema,
          response: responses({ 200: SessionDetailSchema }),
        },
      },
      (request) => svc.setAttendance(ctx, scopeOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/sessions/:id/note',
      {
        config: { access: { action: 'session.run' } },
        schema: {
          tags,
          summary:
            "Write the session note (a group session's one note shows in the timeline of each attendee recorded as attended)",
          params: IdParams,
          body: NoteSchema,
          response: responses({ 200: SessionDetailSchema }),
        },
      },
      (request) => svc.setNote(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
