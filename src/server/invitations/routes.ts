/** POST /api/enrollments/:id/invitations/send-now: staff email a questionnaire now (or again). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import { InvitationSchema } from '../../api/invitations.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { sendNow } from './send-now.ts';

export function invitationRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/api/enrollments/:id/invitations/send-now',
      {
        config: { access: { action: 'invitation.send' } },
        schema: {
          tags: ['portal'],
          summary:
            'Emails one questionnaire timepoint now: opens its invitation if its window is open, or sends an open one again (audited)',
          params: IdParams,
          body: Type.Object(
            {
              /** The timepoint: plan key and occurrence, e.g. "phq-baseline#1". */
              key: Type.String({ minLength: 1, maxLength: 200 }),
            },
            { additionalProperties: false },
          ),
          response: responses({ 200: Type.Object({ invitation: InvitationSchema, resent: Type.Boolean() }) }),
        },
      },
      (request) => sendNow(ctx, scopeOf(request), request.params.id, request.body.key),
    );
  };
}
