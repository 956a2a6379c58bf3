/** /api/cohorts/:id/pre-arrival: a cohort's message before arrival, per language. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, responses } from '../../api/common.ts';
import { CohortLanguageParams, PreArrivalBodySchema, PreArrivalListSchema } from '../../api/pre-arrival.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['cohorts'];
const access = { access: { action: 'cohort.manage' as const } };

export function preArrivalRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/cohorts/:id/pre-arrival',
      {
        config: access,
        schema: {
          tags,
          summary: "A cohort's pre-arrival messages, per language",
          params: IdParams,
          response: responses({ 200: PreArrivalListSchema }),
        },
      },
      (request) => svc.listPreArrival(ctx, scopeOf(request), request.params.id),
    );
    app.put(
      '/api/cohorts/:id/pre-arrival/:language',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Writes the pre-arrival message in one language: what to bring, travel, arrival, reading; sent N days before the start',
          params: CohortLanguageParams,
          body: PreArrivalBodySchema,
          response: responses({ 200: PreArrivalListSchema }),
        },
      },
      (request) =>
        svc.savePreArrival(ctx, scopeOf(request), request.params.id, request.params.language, request.body),
    );
  };
}
