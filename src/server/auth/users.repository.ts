/** Staff user accounts. Users are global (one person may belong to several organizations). */
import type { Kysely, Selectable } from 'kysely';
import type { Database, UserTable } from '../../db/schema.ts';

export type UserRow = Selectable<UserTable>;

export const findUserByEmail = (db: Kysely<Database>, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();

export const getUser = (db: Kysely<Database>, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertUser(
  db: Kysely<Database>,
  u: { id: string; email: string; name: string; passwordHash: string; now: string },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      email: u.email.trim().toLowerCase(),
      name: u.name.trim(),
      password_hash: u.passwordHash,
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      password_changed_at: u.now,
      created_at: u.now,
      disabled_at: null,
    })
    .execute();
}

export async function setPassword(
  db: Kysely<Database>,
  id: string,
  passwordHash: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: now })
    .where('id', '=', id)
    .execute();
}

export async function setTotpPending(db: Kysely<Database>, id: string, secret: string | null): Promise<void> {
  await db.updateTable('users').set({ totp_pending_secret: secret }).where('id', '=', id).execute();
}

export async function enableTotp(
  db: Kysely<Database>,
  id: string,
  secret: string,
  step: number,
  now: string,
) {
  await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: now, totp_last_step: step })
    .where('id', '=', id)
    .execute();
}

export async function disableTotp(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', id)
    .execute();
}

/** Records the last accepted TOTP step, only if it moves forward (so a code is accepted once). */
export async function advanceTotpStep(db: Kysely<Database>, id: string, step: number): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Users with a two-factor secret, enabled or pending (to re-seal them). */
export const usersWithTotpSecrets = (db: Kysely<Database>) =>
  db
    .selectFrom('users')
    .select(['id', 'totp_secret', 'totp_pending_secret'])
    .where((eb) => eb.or([eb('totp_secret', 'is not', null), eb('totp_pending_secret', 'is not', null)]))
    .orderBy('id')
    .execute();

/** Replaces the stored (sealed) two-factor secrets, leaving whether two-factor is on unchanged. */
export async function setTotpSecrets(
  db: Kysely<Database>,
  id: string,
  secret: string | null,
  pending: string | null,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_pending_secret: pending })
    .where('id', '=', id)
    .execute();
}
