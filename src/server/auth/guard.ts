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
 *
 * Machine clients send `Authorization: Bearer <API token>` instead (action routes only; the
 * account routes stay browser-only). A request that carries an Authorization header is judged by
 * that header ALONE: its cookies are not read, so a bearer request never borrows a browser session,
 * and it needs no CSRF token (a cross-site page cannot attach an Authorization header; no CORS is
 * offered). The action must be in the token's scopes AND allowed for its member's current role.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tokenAllows } from '../../domain/access/api-tokens.ts';
import { type Action, can } from '../../domain/access/roles.ts';
import { forbidden, refused } from '../../domain/errors.ts';
import { resolveBearer } from '../api-tokens/service.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { AppContext, AuthContext, OrgScope, SessionAuth } from '../context.ts';
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

const unauthenticated = () => refused('unauthenticated', 'sign-in-needed');
const badToken = () => refused('unauthenticated', 'api-token-invalid');

/** The bearer token of a request; undefined without an Authorization header; refuses any other scheme. */
function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer +([A-Za-z0-9_\-.~+/]+=*) *$/i.exec(header);
  if (!m) throw refused('unauthenticated', 'api-token-header');
  return m[1];
}

export function registerGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('portal', null);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    const route = request.routeOptions.url;
    if (!route) return; // unknown route: the not-found handler answers
    if (!access) {
      if (!route.startsWith('/api') && !route.startsWith('/fhir') && !route.startsWith('/ical/')) return; // the web app's static files
      throw forbidden('route-without-rule');
    }
    if (access === 'token') return;
    const bearer = access === 'public' || access === 'client' ? undefined : bearerOf(request);
    if (bearer !== undefined) {
      reply.header('www-authenticate', 'Bearer realm="threshold"');
      if (access === 'signed-in') throw forbidden('token-account-route');
      request.auth = await resolveBearer(ctx, bearer, request.ip ?? null);
      if (!request.auth) throw badToken();
    } else if (access === 'client') {
      const token = request.cookies[PORTAL_COOKIE];
      if (token) request.portal = await resolvePortalSession(ctx, token);
      if (!request.portal) throw refused('unauthenticated', 'portal-sign-in-needed');
    } else if (access !== 'public') {
      const token = request.cookies[SESSION_COOKIE];
      if (token) request.auth = await resolveSession(ctx, token);
      if (!request.auth) throw unauthenticated();
    }
    if (UNSAFE.has(request.method) && !request.auth?.apiToken) {
      await new Promise<void>((resolve, reject) => {
        app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve()));
      });
    }
    if (access === 'public' || access === 'signed-in' || access === 'client') return;
    const auth = request.auth!;
    if (!auth.organization || !auth.role) throw forbidden('no-organization');
    if (auth.organization.requireTwoFactor && !auth.user.totp_enabled_at) {
      throw refused('two-factor-required', 'two-factor-needed-by', { organization: auth.organization.name });
    }
    if (!can(auth.role, access.action)) {
      throw forbidden('role-may-not', { role: auth.role, action: access.action });
    }
    if (!mayPerform(request, access.action)) {
      throw forbidden('token-scope-missing', { action: access.action });
    }
  });
}

/**
 * Whether the request's principal may perform an action: the role allows it and, for a bearer
 * request, the token's scopes name it. For routes that need a second action besides their own.
 */
export function mayPerform(request: FastifyRequest, action: Action): boolean {
  const auth = request.auth;
  if (!auth?.role) return false;
  return auth.apiToken ? tokenAllows(auth.role, auth.apiToken.scopes, action) : can(auth.role, action);
}

/** Who made a request, for the audit trail; a bearer request names its token as well as its member. */
export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  const token = auth?.apiToken;
  return {
    userId: auth?.user.id ?? null,
    label: auth
      ? token
        ? `${auth.user.email} via API token "${token.name}" (${token.id})`
        : auth.user.email
      : null,
    ip: request.ip ?? null,
  };
}

/** The organization scope of a request that passed an action check. */
export function scopeOf(request: FastifyRequest): OrgScope {
  const auth = request.auth;
  if (!auth?.organization || !auth.role) throw unauthenticated();
  return { organizationId: auth.organization.id, role: auth.role, actor: actorOf(request) };
}

/** The browser session of a request that passed a 'signed-in' check (bearer tokens never do). */
export function requireAuth(request: FastifyRequest): SessionAuth {
  const auth = request.auth;
  if (!auth || auth.sessionId === null) throw unauthenticated();
  return auth as SessionAuth;
}

/** The signed-in portal client of a request that passed a 'client' check. */
export function portalOf(request: FastifyRequest): PortalPrincipal {
  if (!request.portal) throw unauthenticated();
  return request.portal;
}
