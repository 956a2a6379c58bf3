/** /api/home: lists for the role start pages (the alerts, today and intake lists have their own routes). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { responses } from '../../api/common.ts';
import { DueQuestionnaireListSchema } from '../../api/home.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

export function homeRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/home/due-questionnaires',
      {
        config: { access: { action: 'invitation.read' } },
        schema: {
          tags: ['portal'],
          summary: 'Questionnaires due now and not answered, closing soonest first (audited: names clients)',
          response: responses({ 200: DueQuestionnaireListSchema }),
        },
      },
      (request) => svc.dueQuestionnaires(ctx, scopeOf(request)),
    );
  };
}
