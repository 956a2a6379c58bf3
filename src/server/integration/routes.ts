/** The integration window: /api/clients/:id/integration and /api/dosing-records/:id/difficult. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import {
  DifficultFlagResultSchema,
  DifficultFlagSchema,
  IntegrationContactListSchema,
} from '../../api/integration.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['integration'];

export function integrationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/clients/:id/integration',
      {
        config: { access: { action: 'integration.read' } },
        schema: {
          tags,
          summary:
            "A client's integration contacts after each dosing session: slot, window, status and why pulled forward (audited)",
          params: IdParams,
          response: responses({ 200: IntegrationContactListSchema }),
        },
      },
      (request) => svc.listContacts(ctx, scopeOf(request), request.params.id),
    );

    app.put(
      '/api/dosing-records/:id/difficult',
      {
        config: { access: { action: 'dosing.flag' } },
        schema: {
          tags,
          summary:
            'Flag (or unflag) a dosing session as difficult, with a note: raises an alert and pulls the first integration contact forward',
          params: IdParams,
          body: DifficultFlagSchema,
          response: responses({ 200: DifficultFlagResultSchema }),
        },
      },
      (request) => svc.flagDifficult(ctx, scopeOf(request), request.params.id, request.body),
    );
  };
}
