/** /api/calendar-feeds (managing subscription URLs) and the public /ical/:token feed itself. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import {
  CreatedFeedSchema,
  FeedCreateSchema,
  FeedListSchema,
  FeedSchema,
  TokenParams,
} from '../../api/calendar-feeds.ts';
import { IdParams, problemResponses, responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['calendar'];

export function calendarFeedRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/calendar-feeds',
      {
        config: { access: { action: 'calendar.feed' } },
        schema: {
          tags,
          summary: 'The calendar feeds you may manage (never their tokens)',
          response: responses({ 200: FeedListSchema }),
        },
      },
      (request) => svc.listFeeds(ctx, scopeOf(request)),
    );

    app.post(
      '/api/calendar-feeds',
      {
        config: { access: { action: 'calendar.feed' } },
        schema: {
          tags,
          summary:
            "Create a feed of your own sessions, or of a client's (needs enrollment.manage); the URL is shown once",
          body: FeedCreateSchema,
          response: responses({ 201: CreatedFeedSchema }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .header('cache-control', 'no-store')
          .send(
            await svc.createFeed(
              ctx,
              scopeOf(request),
              request.body,
              `${request.protocol}://${request.host}`,
            ),
          ),
    );

    app.post(
      '/api/calendar-feeds/:id/revoke',
      {
        config: { access: { action: 'calendar.feed' } },
        schema: {
          tags,
          summary: 'Revoke a feed: its URL answers 404 from now on',
          params: IdParams,
          response: responses({ 200: FeedSchema }),
        },
      },
      (request) => svc.revokeFeed(ctx, scopeOf(request), request.params.id),
    );

    app.get(
      '/ical/:token',
      {
        config: { access: 'public' },
        // The URL is the credential: keep it out of the info-level request log.
        logLevel: 'warn',
        schema: {
          tags,
          summary:
            'A calendar feed (iCalendar, RFC 5545); the token is the credential. Unknown or revoked: 404',
          params: TokenParams,
          response: {
            200: {
              description: 'text/calendar',
              content: { 'text/calendar': { schema: Type.String() } },
            },
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const text = await svc.renderFeed(ctx, request.params.token);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('cache-control', 'private, max-age=300')
          .header('content-disposition', 'inline; filename="threshold.ics"')
          .header('referrer-policy', 'no-referrer')
          .send(text);
      },
    );
  };
}
