/**
 * API tokens: issue (shown once, stored as SHA-256), list, revoke, and resolve a presented bearer
 * token into the staff member it acts for. Used by the routes (an owner in the app) and the CLI.
 * The member's role is read on every use, so narrowing a role narrows their tokens at once.
 */
import { randomUUID } from 'node:crypto';
import type { ApiToken } from '../../api/api-tokens.ts';
import {
  checkTokenScopes,
  scopesOfRole,
  TOKEN_EXPIRY_DAYS,
  TOKEN_PREFIX,
  TOKEN_SCOPES,
  tokenExpiry,
  tokenUsable,
} from '../../domain/access/api-tokens.ts';
import { isRole } from '../../domain/access/roles.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import type { Actor } from '../audit/audit-log.ts';
import * as users from '../auth/users.repository.ts';
import { type AppContext, type AuthContext, transaction } from '../context.ts';
import { getMembership, getOrganization } from '../organizations/repository.ts';
import { hashToken, newToken } from '../tokens.ts';
import * as repo from './repository.ts';

/** Record a use at most once a minute per token (the audit trail has every record access). */
const MARK_USED_EVERY_MS = 60 * 1000;

type Listed = NonNullable<Awaited<ReturnType<typeof repo.getToken>>>;

function toApiToken(r: Listed, now = new Date()): ApiToken {
  return {
    id: r.id,
    name: r.name,
    userId: r.user_id,
    userEmail: r.user_email,
    userName: r.user_name,
    scopes: JSON.parse(r.scopes) as string[],
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    lastUsedIp: r.last_used_ip,
    revokedAt: r.revoked_at,
    status: r.revoked_at ? 'revoked' : tokenUsable(r, now) ? 'active' : 'expired',
  };
}

export interface TokenRequest {
  /** The member the token acts for. */
  userId: string;
  name: string;
  /** Default: every token scope the member's role allows. */
  scopes?: readonly string[] | undefined;
  expiresInDays?: number | undefined;
}

/** Issues a token for a member of the organization. The plain token is returned here only. */
export async function createToken(
  ctx: AppContext,
  organizationId: string,
  actor: Actor,
  input: TokenRequest,
): Promise<{ token: string; apiToken: ApiToken }> {
  const name = input.name.trim();
  if (!name) throw invalid('name', 'required');
  const membership = await getMembership(ctx.db.kysely, organizationId, input.userId);
  if (!membership || !isRole(membership.role)) throw invalid('userId', 'not-member');
  const scopes = checkTokenScopes(membership.role, input.scopes ?? scopesOfRole(membership.role));
  const now = new Date();
  const token = `${TOKEN_PREFIX}${newToken()}`;
  const id = randomUUID();
  const row: repo.ApiTokenRow = {
    id,
    organization_id: organizationId,
    user_id: input.userId,
    name,
    token_hash: hashToken(token),
    scopes: JSON.stringify(scopes),
    created_by_user_id: actor.userId,
    created_at: now.toISOString(),
    expires_at: tokenExpiry(now, input.expiresInDays ?? TOKEN_EXPIRY_DAYS.default),
    last_used_at: null,
    last_used_ip: null,
    revoked_at: null,
  };
  await transaction(ctx, async (trx) => {
    await repo.insertToken(trx, row);
    await ctx.audit.append(trx, actor, {
      organizationId,
      action: 'api-token.create',
      entityType: 'api-token',
      entityId: id,
      details: { name, userId: input.userId, scopes, expiresAt: row.expires_at },
    });
  });
  const created = await repo.getToken(ctx.db.kysely, organizationId, id);
  return { token, apiToken: toApiToken(created!, now) };
}

/** `createToken` for a member named by email (the CLI). */
export async function createTokenForEmail(
  ctx: AppContext,
  organizationId: string,
  actor: Actor,
  input: Omit<TokenRequest, 'userId'> & { email: string },
) {
  const user = await users.findUserByEmail(ctx.db.kysely, input.email.trim().toLowerCase());
  if (!user) throw invalid('email', 'not-member');
  const { email: _email, ...rest } = input;
  return createToken(ctx, organizationId, actor, { ...rest, userId: user.id });
}

export async function listTokens(ctx: AppContext, organizationId: string): Promise<ApiToken[]> {
  const now = new Date();
  return (await repo.listTokens(ctx.db.kysely, organizationId)).map((r) => toApiToken(r, now));
}

export const tokenScopes = (): string[] => [...TOKEN_SCOPES];

/** Revokes a token of the organization; revoking a revoked token is a no-op answered with it. */
export async function revokeToken(
  ctx: AppContext,
  organizationId: string,
  actor: Actor,
  id: string,
): Promise<ApiToken> {
  const existing = await repo.getToken(ctx.db.kysely, organizationId, id);
  if (!existing) throw notFound('API token');
  await transaction(ctx, async (trx) => {
    if (!(await repo.revokeToken(trx, organizationId, id, new Date().toISOString()))) return;
    await ctx.audit.append(trx, actor, {
      organizationId,
      action: 'api-token.revoke',
      entityType: 'api-token',
      entityId: id,
      details: { name: existing.name },
    });
  });
  return toApiToken((await repo.getToken(ctx.db.kysely, organizationId, id))!);
}

/**
 * The member a bearer token acts for, in the token's organization with their CURRENT role; null
 * when the token is unknown, expired, revoked, or its user is disabled or no longer a member.
 */
export async function resolveBearer(
  ctx: AppContext,
  token: string,
  ip: string | null,
): Promise<AuthContext | null> {
  const db = ctx.db.kysely;
  const t = await repo.findByHash(db, hashToken(token));
  const now = new Date();
  if (!t || !tokenUsable(t, now)) return null;
  const user = await users.getUser(db, t.user_id);
  if (!user || user.disabled_at) return null;
  const m = await getMembership(db, t.organization_id, user.id);
  const org = m ? await getOrganization(db, t.organization_id) : undefined;
  if (!m || !org || !isRole(m.role)) return null;
  if (!t.last_used_at || now.getTime() - Date.parse(t.last_used_at) > MARK_USED_EVERY_MS)
    await repo.markUsed(db, t.id, now.toISOString(), ip);
  return {
    sessionId: null,
    user,
    organization: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      requireTwoFactor: org.require_two_factor === 1,
    },
    role: m.role,
    apiToken: { id: t.id, name: t.name, scopes: JSON.parse(t.scopes) as string[] },
  };
}
