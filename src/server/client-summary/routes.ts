/** /api/clients/:id/summary: the clinical header every client page shows first. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ClientSummarySchema } from '../../api/client-summary.ts';
import { IdParams, responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { clientSummary } from './service.ts';

export function clientSummaryRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/summary',
      {
        config: { access: { action: 'client.read' } },
        schema: {
          tags: ['clients'],
          summary:
            "A client's clinical header: open alerts and risk flags, dosing clearance, latest scores, next session and facilitators, each as the role may read (audited)",
          params: IdParams,
          response: responses({ 200: ClientSummarySchema }),
        },
      },
      (request) => clientSummary(ctx, scopeOf(request), request.params.id),
    );
  };
}
