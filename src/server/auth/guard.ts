/**
 * The one gate every request passes. Each route declares its access in `config.access`:
 *   public      — anyone (health, CSRF token, sign-in);
 *   client      — a client signed in to the portal (cookie `threshold_portal`); CSRF applies;
 *   token       — anyone holding the link: the token in the path is the credential (a client's
 *                 invitation). No cookie is read, so there is nothing for CSRF to protect;
 *   signed-in   — any staff session (own account, session, organization switch);
 *   an action   — a session whose role in the active organization may perform it (roles.ts).
 * A route without a declaration is refused, so a forgotten declaration cannot open a hole.
 * Cookie-authenticated writes must carry the CSRF token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Action, can } from '../../domain/access/roles.ts';
import { DomainError, forbidden } from '../../domain/errors.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { AppContext, AuthContext, OrgScope } from '../context.ts';
import { type PortalPrincipal, resolvePortalSession } from '../portal/home-service.ts';
import { resolveSession } from './service.ts';

export type RouteAccess = 'public' | 'token' | 'client' | 'signed-in' | { action: Action };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    portal: PortalPrincipal | null;
  }
}

export const SESSION_COOKIE = 'threshold_session';
export const PORTAL_COOKIE = 'threshold_portal';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const unauthenticated = () => new DomainError('unauthenticated', 'Sign in to continue.');

export function registerGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('portal', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    const route = request.routeOptions.url;
    if (!route) return; // unknown route: the not-found handler answers
    if (!access) {
      if (!route.startsWith('/api') && !route.startsWith('/fhir') && !route.startsWith('/ical/')) return; // the web app's static files
      throw forbidden('This route declares no access rule.');
    }
    if (access === 'token') return;
    if (access === 'client') {
      const token = request.cookies[PORTAL_COOKIE];
      if (token) request.portal = await resolvePortalSession(ctx, token);
      if (!request.portal)
        throw new DomainError('unauthenticated', 'Sign in to your portal with the link we email you.');
    } else if (access !== 'public') {
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.auth = await resolveSession(ctx, token);
      if (!request.auth) throw unauthenticated();
    }
    if (UNSAFE.has(request.method)) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
    }
    if (access === 'public' || access === 'signed-in' || access === 'client') return;
    const auth = request.auth!;
    if (!auth.organization || !auth.role) throw forbidden('You do not belong to an organization yet.');
    if (auth.organization.requireTwoFactor && !auth.user.totp_enabled_at) {
      throw new DomainError(
        'two-factor-required',
        `${auth.organization.name} requires two-factor sign-in. Set it up on your account page to continue.`,
      );
    }
    if (!can(auth.role, access.action)) {
      throw forbidden(`Your role (${auth.role}) may not perform ${access.action}.`);
    }
  });
}

export function actorOf(request: FastifyRequest): Actor {
  return {
    userId: request.auth?.user.id ?? null,
    label: request.auth?.user.email ?? null,
    ip: request.ip ?? null,
  };
}

/** The organization scope of a request that passed an action check. */
export function scopeOf(request: FastifyRequest): OrgScope {
  const auth = request.auth;
  if (!auth?.organization || !auth.role) throw unauthenticated();
  return { organizationId: auth.organization.id, role: auth.role, actor: actorOf(request) };
}

export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw unauthenticated();
  return request.auth;
}

/** The signed-in portal client of a request that passed a 'client' check. */
export function portalOf(request: FastifyRequest): PortalPrincipal {
  if (!request.portal) throw unauthenticated();
  return request.portal;
}
