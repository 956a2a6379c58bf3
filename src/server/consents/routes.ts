/** E-consent: /api/portal/consents (the client, signed in to the portal) and /api/consents/:id (staff). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, problemResponses, responses } from '../../api/common.ts';
import { PortalConsentListSchema, SignConsentSchema, SignedConsentSchema } from '../../api/consents.ts';
import { portalOf, scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as svc from './service.ts';

const client = { access: 'client' as const };

export function consentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/portal/consents',
      {
        config: client,
        schema: {
          tags: ['portal'],
          summary:
            "The consent documents of the client's programs, each with whether it needs their signature",
          response: responses({ 200: PortalConsentListSchema }),
        },
      },
      async (request) => ({ items: await svc.portalConsents(ctx, portalOf(request)) }),
    );

    app.post(
      '/api/portal/consents/:id/sign',
      {
        config: client,
        schema: {
          tags: ['portal'],
          summary:
            "The client signs their program's current consent document (enrollment id): typed full name, tick, version and SHA-256 shown; address and device recorded",
          params: IdParams,
          body: SignConsentSchema,
          response: { 204: Type.Null({ description: 'Signed' }), ...problemResponses },
        },
      },
      async (request, reply) => {
        await svc.signConsent(ctx, portalOf(request), request.params.id, request.body, {
          ip: request.ip ?? null,
          userAgent: request.headers['user-agent'] ?? null,
        });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/consents/:id',
      {
        config: { access: { action: 'enrollment.read' } },
        schema: {
          tags: ['enrollments'],
          summary:
            'The signed copy of a consent: the text exactly as signed and the signature record (audited)',
          params: IdParams,
          response: responses({ 200: SignedConsentSchema }),
        },
      },
      (request) => svc.signedConsent(ctx, scopeOf(request), request.params.id),
    );
  };
}
