/** /api/auth, /api/session and /api/account: sign-in, the current session, one's own account. */

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ChangePasswordSchema,
  CsrfSchema,
  type Session,
  SessionSchema,
  SignInSchema,
  SwitchOrganizationSchema,
  TotpCodeSchema,
  TotpDisableSchema,
  TotpSetupSchema,
} from '../../api/auth.ts';
import { responses } from '../../api/common.ts';
import { isRole, permissionsOf } from '../../domain/access/roles.ts';
import type { AppContext, AuthContext } from '../context.ts';
import { sharedLimit } from '../http/rate-limit-store.ts';
import { membershipsOfUser } from '../organizations/repository.ts';
import { actorOf, requireAuth, SESSION_COOKIE } from './guard.ts';
import * as auth from './service.ts';

const NoContent = Type.Null({ description: 'No content' });

export async function sessionPayload(ctx: AppContext, a: AuthContext, reply: FastifyReply): Promise<Session> {
  const orgs = await membershipsOfUser(ctx.db.kysely, a.user.id);
  const role = a.role;
  return {
    user: { id: a.user.id, email: a.user.email, name: a.user.name, totpEnabled: !!a.user.totp_enabled_at },
    organizations: orgs
      .filter((o) => isRole(o.role))
      .map((o) => ({
        id: o.id,
        slug: o.slug,
        name: o.name,
        role: o.role as Session['organizations'][number]['role'],
        requireTwoFactor: o.require_two_factor === 1,
        locale: o.locale,
        timezone: o.timezone,
      })),
    activeOrganizationId: a.organization?.id ?? null,
    role,
    permissions: role ? permissionsOf(role) : [],
    twoFactorSetupRequired: !!a.organization?.requireTwoFactor && !a.user.totp_enabled_at,
    csrfToken: reply.generateCsrf(),
  };
}

const meta = (request: FastifyRequest) => ({
  ip: request.ip ?? null,
  userAgent: request.headers['user-agent'] ?? null,
});

export function authRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const secure = ctx.config.trustProxy;
    const reload = async (request: FastifyRequest, reply: FastifyReply) => {
      const token = request.cookies[SESSION_COOKIE];
      const a = token ? await auth.resolveSession(ctx, token) : null;
      return sessionPayload(ctx, a ?? requireAuth(request), reply);
    };

    app.get(
      '/api/auth/csrf',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'A CSRF token for the next write',
          response: responses({ 200: CsrfSchema }),
        },
      },
      async (_request, reply) => ({ csrfToken: reply.generateCsrf() }),
    );

    app.post(
      '/api/auth/sign-in',
      {
        config: {
          access: 'public',
          rateLimit: sharedLimit({ max: ctx.config.signInPerMinute, timeWindow: '1 minute' }),
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email, password and (when on) a TOTP code',
          body: SignInSchema,
          response: responses({ 200: SessionSchema }),
        },
      },
      async (request, reply) => {
        const { token } = await auth.signIn(ctx, request.body, meta(request));
        reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
        const a = await auth.resolveSession(ctx, token);
        return sessionPayload(ctx, a!, reply);
      },
    );

    app.post(
      '/api/auth/sign-out',
      {
        config: { access: 'signed-in' },
        schema: { tags: ['auth'], summary: 'Sign out', response: responses({ 204: NoContent }) },
      },
      async (request, reply) => {
        await auth.signOut(ctx, requireAuth(request), actorOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/session',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['auth'],
          summary: 'The current session',
          response: responses({ 200: SessionSchema }),
        },
      },
      async (request, reply) => sessionPayload(ctx, requireAuth(request), reply),
    );

    app.put(
      '/api/session/organization',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['auth'],
          summary: 'Switch the active organization',
          body: SwitchOrganizationSchema,
          response: responses({ 200: SessionSchema }),
        },
      },
      async (request, reply) => {
        await auth.switchOrganization(
          ctx,
          requireAuth(request),
          request.body.organizationId,
          actorOf(request),
        );
        return reload(request, reply);
      },
    );

    app.post(
      '/api/account/password',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['account'],
          summary: 'Change your password (ends your other sessions)',
          body: ChangePasswordSchema,
          response: responses({ 204: NoContent }),
        },
      },
      async (request, reply) => {
        await auth.changePassword(ctx, requireAuth(request), request.body, actorOf(request));
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/account/totp/setup',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['account'],
          summary: 'Start two-factor setup',
          response: responses({ 200: TotpSetupSchema }),
        },
      },
      async (request) => auth.startTotpSetup(ctx, requireAuth(request)),
    );

    app.post(
      '/api/account/totp/enable',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['account'],
          summary: 'Confirm a code and turn two-factor on',
          body: TotpCodeSchema,
          response: responses({ 204: NoContent }),
        },
      },
      async (request, reply) => {
        await auth.enableTotp(ctx, requireAuth(request), request.body.code, actorOf(request));
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/account/totp/disable',
      {
        config: { access: 'signed-in' },
        schema: {
          tags: ['account'],
          summary: 'Turn two-factor off',
          body: TotpDisableSchema,
          response: responses({ 204: NoContent }),
        },
      },
      async (request, reply) => {
        await auth.disableTotp(ctx, requireAuth(request), request.body, actorOf(request));
        return reply.code(204).send(null);
      },
    );
  };
}
