/** Sign-in sessions. The cookie holds a random token; only its SHA-256 is stored. */
import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { firstRow, precompiled } from '../../db/precompiled.ts';
import type { Database } from '../../db/schema.ts';
import type { UserRow } from './users.repository.ts';

export const tokenId = (token: string): string => hash('sha256', token, 'hex');

export async function insertSession(
  db: Kysely<Database>,
  s: {
    id: string;
    userId: string;
    organizationId: string | null;
    now: string;
    expiresAt: string;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      organization_id: s.organizationId,
      created_at: s.now,
      expires_at: s.expiresAt,
      last_seen_at: s.now,
      ip: s.ip,
      user_agent: s.userAgent,
    })
    .execute();
}

/**
 * What every signed-in request reads first, in one statement compiled once: the session, its user
 * (null where gone) and, for the session's organization, the user's role there (null: not a
 * member) and the organization (null: gone). Four lookups before, four statements per request.
 */
const principalQuery = precompiled((db: Kysely<Database>, p: { id: string }) =>
  db
    .selectFrom('sessions as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('memberships as m', (j) =>
      j.onRef('m.organization_id', '=', 's.organization_id').onRef('m.user_id', '=', 's.user_id'),
    )
    .leftJoin('organizations as o', 'o.id', 's.organization_id')
    .select([
      's.organization_id',
      's.created_at',
      's.expires_at',
      's.last_seen_at',
      'u.id as user_id',
      'u.email as user_email',
      'u.name as user_name',
      'u.password_hash as user_password_hash',
      'u.totp_secret as user_totp_secret',
      'u.totp_pending_secret as user_totp_pending_secret',
      'u.totp_enabled_at as user_totp_enabled_at',
      'u.totp_last_step as user_totp_last_step',
      'u.password_changed_at as user_password_changed_at',
      'u.created_at as user_created_at',
      'u.disabled_at as user_disabled_at',
      'm.role',
      'o.id as org_id',
      'o.slug as org_slug',
      'o.name as org_name',
      'o.require_two_factor as org_require_two_factor',
    ])
    .where('s.id', '=', p.id),
);

export interface SessionPrincipal {
  organizationId: string | null;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  user: UserRow | null;
  /** The user's role in the session's organization; null without a membership. */
  role: string | null;
  organization: { id: string; slug: string; name: string; require_two_factor: number } | null;
}

export async function getSessionPrincipal(
  db: Kysely<Database>,
  id: string,
): Promise<SessionPrincipal | undefined> {
  const r = firstRow(await principalQuery(db, { id }));
  if (!r) return undefined;
  return {
    organizationId: r.organization_id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    user:
      r.user_id === null
        ? null
        : {
            id: r.user_id,
            email: r.user_email!,
            name: r.user_name!,
            password_hash: r.user_password_hash!,
            totp_secret: r.user_totp_secret,
            totp_pending_secret: r.user_totp_pending_secret,
            totp_enabled_at: r.user_totp_enabled_at,
            totp_last_step: r.user_totp_last_step,
            password_changed_at: r.user_password_changed_at!,
            created_at: r.user_created_at!,
            disabled_at: r.user_disabled_at,
          },
    role: r.role,
    organization:
      r.org_id === null
        ? null
        : {
            id: r.org_id,
            slug: r.org_slug!,
            name: r.org_name!,
            require_two_factor: r.org_require_two_factor!,
          },
  };
}

export async function touchSession(
  db: Kysely<Database>,
  id: string,
  now: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function setSessionOrganization(
  db: Kysely<Database>,
  id: string,
  organizationId: string,
): Promise<void> {
  await db.updateTable('sessions').set({ organization_id: organizationId }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user except one (after a password change). */
export async function deleteOtherSessions(
  db: Kysely<Database>,
  userId: string,
  keepId: string,
): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
