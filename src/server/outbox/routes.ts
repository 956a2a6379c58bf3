/** Routes of /api/outbox and a client's invitations: what Threshold sent, or keeps for staff to pass on. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, responses } from '../../api/common.ts';
import { InvitationSchema } from '../../api/invitations.ts';
import { OutboxMessageSchema, OutboxQuery } from '../../api/outbox.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { listClientInvitations } from '../invitations/service.ts';
import * as svc from './service.ts';

export function outboxRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/outbox',
      {
        config: { access: { action: 'outbox.read' } },
        schema: {
          tags: ['outbox'],
          summary: 'Outgoing messages, newest first; without an SMTP server they are kept here',
          querystring: OutboxQuery,
          response: responses({
            200: Type.Object({ items: Type.Array(OutboxMessageSchema), smtpConfigured: Type.Boolean() }),
          }),
        },
      },
      (request) => svc.listOutbox(ctx, scopeOf(request), request.query),
    );

    app.get(
      '/api/clients/:id/invitations',
      {
        config: { access: { action: 'invitation.read' } },
        schema: {
          tags: ['portal'],
          summary: "A client's questionnaire invitations: sent, reminded, answered or expired",
          params: IdParams,
          response: responses({ 200: Type.Object({ items: Type.Array(InvitationSchema) }) }),
        },
      },
      (request) => listClientInvitations(ctx, scopeOf(request), request.params.id),
    );
  };
}
