/** /api/audit: the organization's audit trail, for owners. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from '../../api/audit.ts';
import { responses } from '../../api/common.ts';
import { scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { listEvents } from './repository.ts';
import { verifyAuditChain } from './verify.ts';

export function auditRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        config: { access: { action: 'audit.read' } },
        schema: {
          tags: ['audit'],
          summary: 'Audit events of the active organization, newest first',
          querystring: AuditQuerySchema,
          response: responses({ 200: AuditPageSchema }),
        },
      },
      (request) => listEvents(ctx.db.kysely, scopeOf(request).organizationId, request.query),
    );

    app.get(
      '/api/audit/verify',
      {
        config: { access: { action: 'audit.read' } },
        schema: {
          tags: ['audit'],
          summary: "Verify the audit trail's hash chain (checked counts this organization's entries)",
          response: responses({ 200: AuditVerifySchema }),
        },
      },
      (request) => verifyAuditChain(ctx.db.kysely, scopeOf(request).organizationId),
    );
  };
}
