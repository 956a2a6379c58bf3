/** /api/clients/:id/timeline: a client's programs, sessions and questionnaires in one view. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import { TimelineSchema } from '../../api/timeline.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { viewTimeline } from './service.ts';

export function timelineRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/timeline',
      {
        config: { access: { action: 'enrollment.read' } },
        schema: {
          tags: ['timeline'],
          summary:
            "A client's enrollments with sessions, attendance, notes and doses (by role) and questionnaires due and done (audited)",
          params: IdParams,
          response: responses({ 200: TimelineSchema }),
        },
      },
      (request) => viewTimeline(ctx, scopeOf(request), request.params.id),
    );
  };
}
