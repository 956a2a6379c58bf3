/**
 * Staff sign-in, sessions and the signed-in user's own account (password, two-factor). Plain
 * functions over the database: the routes in routes.ts only translate HTTP to these calls.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { checkNewPassword } from '../../domain/access/password-policy.ts';
import { isRole } from '../../domain/access/roles.ts';
import { conflict, invalid, refused } from '../../domain/errors.ts';
import type { Actor } from '../audit/audit-log.ts';
import { type AppContext, type AuthContext, type SessionAuth, transaction } from '../context.ts';
import { getMembership, membershipsOfUser } from '../organizations/repository.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import * as sessions from './sessions.repository.ts';
import { checkTotp, newTotpSecret, totpEnrollment } from './totp.ts';
import { openTotp, sealTotp } from './totp-secrets.ts';
import * as users from './users.repository.ts';

const ABSOLUTE_SESSION_MS = 7 * 24 * 3600 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const badCredentials = () => refused('invalid-credentials', 'sign-in-failed');

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; totp?: string | undefined },
  meta: RequestMeta,
): Promise<{ token: string; userId: string }> {
  const db = ctx.db.kysely;
  const email = input.email.trim().toLowerCase();
  const user = await users.findUserByEmail(db, email);
  const fail = async (reason: string) => {
    await transaction(ctx, (trx) =>
      ctx.audit.append(
        trx,
        { userId: user?.id ?? null, label: email, ip: meta.ip },
        {
          organizationId: null,
          action: 'auth.sign-in-failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          details: { reason },
        },
      ),
    );
    return badCredentials();
  };
  if (!user) {
    await verifyAgainstDummy(input.password);
    throw await fail('unknown-email');
  }
  if (!(await verifyPassword(user.password_hash, input.password))) throw await fail('wrong-password');
  if (user.disabled_at) throw await fail('account-disabled');
  if (user.totp_enabled_at && user.totp_secret) {
    if (!input.totp) {
      throw refused('totp-required', 'totp-code-needed');
    }
    const step = checkTotp(openTotp(ctx, user.id, user.totp_secret), input.totp, user.totp_last_step);
    if (step === null || !(await users.advanceTotpStep(db, user.id, step))) throw await fail('wrong-totp');
  }
  const orgs = await membershipsOfUser(db, user.id);
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const organizationId = orgs[0]?.id ?? null;
  await transaction(ctx, async (trx) => {
    await sessions.insertSession(trx, {
      id: sessions.tokenId(token),
      userId: user.id,
      organizationId,
      now: now.toISOString(),
      expiresAt: idleExpiry(ctx, now, now),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    });
    await ctx.audit.append(
      trx,
      { userId: user.id, label: user.email, ip: meta.ip },
      {
        organizationId,
        action: 'auth.sign-in',
        entityType: 'user',
        entityId: user.id,
        details: { twoFactor: !!user.totp_enabled_at },
      },
    );
  });
  return { token, userId: user.id };
}

function idleExpiry(ctx: AppContext, now: Date, createdAt: Date): string {
  const idle = now.getTime() + ctx.config.sessionIdleMinutes * 60 * 1000;
  return new Date(Math.min(idle, createdAt.getTime() + ABSOLUTE_SESSION_MS)).toISOString();
}

/** Looks up the session behind a cookie token; null when absent, expired or the user is disabled. */
export async function resolveSession(ctx: AppContext, token: string): Promise<AuthContext | null> {
  const db = ctx.db.kysely;
  const id = sessions.tokenId(token);
  // The session, its user, membership and organization: one statement.
  const s = await sessions.getSessionPrincipal(db, id);
  if (!s) return null;
  const now = new Date();
  if (s.expiresAt <= now.toISOString()) {
    await sessions.deleteSession(db, id);
    return null;
  }
  const user = s.user;
  if (!user || user.disabled_at) return null;
  if (now.getTime() - Date.parse(s.lastSeenAt) > TOUCH_EVERY_MS) {
    await sessions.touchSession(db, id, now.toISOString(), idleExpiry(ctx, now, new Date(s.createdAt)));
  }
  let organization: AuthContext['organization'] = null;
  let role: AuthContext['role'] = null;
  const org = s.organization;
  if (s.organizationId && s.role !== null && org && isRole(s.role)) {
    organization = {
      id: org.id,
      slug: org.slug,
      name: org.name,
      requireTwoFactor: org.require_two_factor === 1,
    };
    role = s.role;
  }
  return { sessionId: id, user, organization, role, apiToken: null };
}

export async function signOut(ctx: AppContext, auth: SessionAuth, actor: Actor): Promise<void> {
  await transaction(ctx, async (trx) => {
    await sessions.deleteSession(trx, auth.sessionId);
    await ctx.audit.append(trx, actor, {
      organizationId: auth.organization?.id ?? null,
      action: 'auth.sign-out',
      entityType: 'user',
      entityId: auth.user.id,
    });
  });
}

export async function switchOrganization(
  ctx: AppContext,
  auth: SessionAuth,
  organizationId: string,
  actor: Actor,
) {
  const m = await getMembership(ctx.db.kysely, organizationId, auth.user.id);
  // Not a member and no such organization look the same: nothing about other organizations leaks.
  if (!m) throw invalid('organizationId', 'not-organization-you-belong');
  await transaction(ctx, async (trx) => {
    await sessions.setSessionOrganization(trx, auth.sessionId, organizationId);
    await ctx.audit.append(trx, actor, {
      organizationId,
      action: 'auth.switch-organization',
      entityType: 'organization',
      entityId: organizationId,
    });
  });
}

export async function changePassword(
  ctx: AppContext,
  auth: SessionAuth,
  input: { currentPassword: string; newPassword: string },
  actor: Actor,
): Promise<void> {
  if (!(await verifyPassword(auth.user.password_hash, input.currentPassword))) {
    throw invalid('currentPassword', 'not-your-current-password');
  }
  checkNewPassword(input.newPassword, 'newPassword', auth.user.email);
  if (input.newPassword === input.currentPassword)
    throw invalid('newPassword', 'differ-from-current-password');
  const passwordHash = await hashPassword(input.newPassword);
  await transaction(ctx, async (trx) => {
    await users.setPassword(trx, auth.user.id, passwordHash, new Date().toISOString());
    await sessions.deleteOtherSessions(trx, auth.user.id, auth.sessionId);
    await ctx.audit.append(trx, actor, {
      organizationId: auth.organization?.id ?? null,
      action: 'auth.password-change',
      entityType: 'user',
      entityId: auth.user.id,
    });
  });
}

export async function startTotpSetup(ctx: AppContext, auth: AuthContext) {
  if (auth.user.totp_enabled_at) throw conflict('two-factor-on-already');
  const secret = newTotpSecret();
  await users.setTotpPending(ctx.db.kysely, auth.user.id, sealTotp(ctx, auth.user.id, secret));
  return totpEnrollment(secret, auth.user.email);
}

export async function enableTotp(
  ctx: AppContext,
  auth: AuthContext,
  code: string,
  actor: Actor,
): Promise<void> {
  const user = await users.getUser(ctx.db.kysely, auth.user.id);
  if (!user?.totp_pending_secret) throw conflict('two-factor-setup-first');
  const step = checkTotp(openTotp(ctx, user.id, user.totp_pending_secret), code, null);
  if (step === null) throw invalid('code', 'does-not-match-check-time');
  await transaction(ctx, async (trx) => {
    await users.enableTotp(trx, user.id, user.totp_pending_secret!, step, new Date().toISOString());
    await ctx.audit.append(trx, actor, {
      organizationId: auth.organization?.id ?? null,
      action: 'auth.totp-enable',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

export async function disableTotp(
  ctx: AppContext,
  auth: AuthContext,
  input: { password: string; code: string },
  actor: Actor,
): Promise<void> {
  const db = ctx.db.kysely;
  const user = await users.getUser(db, auth.user.id);
  if (!user?.totp_secret) throw conflict('two-factor-off');
  if (!(await verifyPassword(user.password_hash, input.password)))
    throw invalid('password', 'not-your-password');
  const step = checkTotp(openTotp(ctx, user.id, user.totp_secret), input.code, user.totp_last_step);
  if (step === null) throw invalid('code', 'does-not-match');
  const requiring = (await membershipsOfUser(db, user.id)).filter((o) => o.require_two_factor === 1);
  if (requiring.length) {
    throw conflict('two-factor-required-by', { organizations: requiring.map((o) => o.name).join(', ') });
  }
  await transaction(ctx, async (trx) => {
    await users.disableTotp(trx, user.id);
    await ctx.audit.append(trx, actor, {
      organizationId: auth.organization?.id ?? null,
      action: 'auth.totp-disable',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

export const newId = (): string => randomUUID();
