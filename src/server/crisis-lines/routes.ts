/** /api/organization/crisis-lines: the numbers a client is offered right after a risk answer. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { responses } from '../../api/common.ts';
import { CrisisLineListSchema, CrisisLinesPutSchema } from '../../api/crisis-lines.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['organization'];

export function crisisLineRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/organization/crisis-lines',
      {
        config: { access: { action: 'organization.read' } },
        schema: {
          tags,
          summary: "The organization's crisis lines per language, in the order clients see them",
          response: responses({ 200: CrisisLineListSchema }),
        },
      },
      (request) => svc.listCrisisLines(ctx, scopeOf(request)),
    );

    app.put(
      '/api/organization/crisis-lines',
      {
        config: { access: { action: 'crisis-line.manage' } },
        schema: {
          tags,
          summary: 'Replaces the crisis lines (language, name, phone, hours), in order (audited)',
          body: CrisisLinesPutSchema,
          response: responses({ 200: CrisisLineListSchema }),
        },
      },
      (request) => svc.replaceCrisisLines(ctx, scopeOf(request), request.body),
    );
  };
}
