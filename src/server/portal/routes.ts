/** Routes of /api/portal: the invitation link's questionnaire. The token in the path is the credential. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { problemResponses, responses } from '../../api/common.ts';
import {
  DraftSchema,
  PortalInvitationSchema,
  SubmitResultSchema,
  SubmitSchema,
  TokenParams,
} from '../../api/portal.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const tags = ['portal'];
// The URL is the credential: keep it out of the info-level request log; slow down guessing.
const common = { logLevel: 'warn' as const };

export function portalRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const config = {
    access: 'token' as const,
    rateLimit: { max: ctx.config.portalPerMinute, timeWindow: '1 minute' },
  };
  return async (app) => {
    app.get(
      '/api/portal/invitations/:token',
      {
        ...common,
        config,
        schema: {
          tags,
          summary:
            'The questionnaire an invitation link opens. Unknown: 404; answered, closed or withdrawn: 410',
          params: TokenParams,
          response: responses({ 200: PortalInvitationSchema }),
        },
      },
      (request) => svc.readInvitation(ctx, request.params.token),
    );

    app.put(
      '/api/portal/invitations/:token/draft',
      {
        ...common,
        config,
        schema: {
          tags,
          summary: 'Saves the answers so far, so the client can come back to them',
          params: TokenParams,
          body: DraftSchema,
          response: { 204: Type.Null({ description: 'Saved' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        await svc.saveDraft(ctx, request.params.token, request.body.answers);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/portal/invitations/:token/submit',
      {
        ...common,
        config,
        schema: {
          tags,
          summary: 'Submits the answers once; a retry with the same submissionId returns the same result',
          params: TokenParams,
          body: SubmitSchema,
          response: responses({ 200: SubmitResultSchema }),
        },
      },
      (request) => svc.submit(ctx, request.params.token, request.body),
    );
  };
}
