/** Sign-in sessions. The cookie holds a random token; only its SHA-256 is stored. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export const tokenId = (token: string): string => createHash('sha256').update(token).digest('hex');

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

export const getSession = (db: Kysely<Database>, id: string) =>
  db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

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
