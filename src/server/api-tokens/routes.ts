/** /api/api-tokens: an owner issues, lists and revokes the organization's API tokens. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ApiTokenCreatedSchema,
  ApiTokenCreateSchema,
  ApiTokenListSchema,
  ApiTokenParams,
  ApiTokenSchema,
} from '../../api/api-tokens.ts';
import { responses } from '../../api/common.ts';
import { requireAuth, scopeOf } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import * as tokens from './service.ts';

const tags = ['api-tokens'];
const access = { action: 'token.manage' } as const;

export function apiTokenRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/api/api-tokens',
      {
        config: { access },
        schema: {
          tags,
          summary:
            "The organization's API tokens (never the tokens themselves) and the scopes a token may hold",
          response: responses({ 200: ApiTokenListSchema }),
        },
      },
      async (request) => ({
        items: await tokens.listTokens(ctx, scopeOf(request).organizationId),
        scopes: tokens.tokenScopes(),
      }),
    );

    app.post(
      '/api/api-tokens',
      {
        config: { access },
        schema: {
          tags,
          summary:
            'Issue an API token for a member (default: yourself); the token is shown in this answer only',
          body: ApiTokenCreateSchema,
          response: responses({ 201: ApiTokenCreatedSchema }),
        },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const created = await tokens.createToken(ctx, scope.organizationId, scope.actor, {
          ...request.body,
          userId: request.body.userId ?? requireAuth(request).user.id,
        });
        return reply.code(201).send(created);
      },
    );

    app.post(
      '/api/api-tokens/:id/revoke',
      {
        config: { access },
        schema: {
          tags,
          summary: 'Revoke an API token: it stops working at once',
          params: ApiTokenParams,
          response: responses({ 200: ApiTokenSchema }),
        },
      },
      async (request) => {
        const scope = scopeOf(request);
        return tokens.revokeToken(ctx, scope.organizationId, scope.actor, request.params.id.toLowerCase());
      },
    );
  };
}
