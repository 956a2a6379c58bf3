/** Organizations and memberships. Every membership query names the organization. */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../../domain/access/roles.ts';

export const getOrganization = (db: Kysely<Database>, id: string) =>
  db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();

export const findOrganizationBySlug = (db: Kysely<Database>, slug: string) =>
  db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();

export const countOrganizations = async (db: Kysely<Database>): Promise<number> => {
  const r = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export async function insertOrganization(
  db: Kysely<Database>,
  o: { id: string; slug: string; name: string; now: string },
): Promise<void> {
  await db
    .insertInto('organizations')
    .values({
      id: o.id,
      slug: o.slug,
      name: o.name,
      require_two_factor: 0,
      created_at: o.now,
      updated_at: o.now,
    })
    .execute();
}

export async function updateOrganization(
  db: Kysely<Database>,
  id: string,
  patch: {
    name?: string | undefined;
    requireTwoFactor?: boolean | undefined;
    timezone?: string | undefined;
    locale?: string | undefined;
    /** null restores the default message. */
    crisisMessage?: string | null | undefined;
    minCellSize?: number | undefined;
    /** null clears the clinic's phone number. */
    phone?: string | null | undefined;
    /** null clears the CEQ threshold. */
    ceqThreshold?: number | null | undefined;
  },
  now: string,
): Promise<void> {
  await db
    .updateTable('organizations')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.requireTwoFactor !== undefined ? { require_two_factor: patch.requireTwoFactor ? 1 : 0 } : {}),
      ...(patch.timezone !== undefined ? { timezone: patch.timezone } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
      ...(patch.crisisMessage !== undefined ? { crisis_message: patch.crisisMessage } : {}),
      ...(patch.minCellSize !== undefined ? { min_cell_size: patch.minCellSize } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      ...(patch.ceqThreshold !== undefined ? { ceq_threshold: patch.ceqThreshold } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** The organization's IANA time zone (local session times are computed in it). */
export async function organizationTimezone(db: Kysely<Database>, organizationId: string): Promise<string> {
  const r = await db
    .selectFrom('organizations')
    .select('timezone')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  return r?.timezone ?? 'UTC';
}

/** The organizations a user belongs to, with the role in each. */
export const membershipsOfUser = (db: Kysely<Database>, userId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.slug', 'o.name', 'o.require_two_factor', 'o.locale', 'o.timezone', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();

export const getMembership = (db: Kysely<Database>, organizationId: string, userId: string) =>
  db
    .selectFrom('memberships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const listMembers = (db: Kysely<Database>, organizationId: string) =>
  db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.totp_enabled_at', 'u.disabled_at', 'm.role', 'm.created_at'])
    .where('m.organization_id', '=', organizationId)
    .orderBy('u.name')
    .execute();

export async function insertMembership(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
  role: Role,
  now: string,
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ organization_id: organizationId, user_id: userId, role, created_at: now })
    .execute();
}

export async function updateMembershipRole(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
  role: Role,
) {
  await db
    .updateTable('memberships')
    .set({ role })
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function countOwners(db: Kysely<Database>, organizationId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Serialises changes to an organization's members for the rest of the transaction, so that a rule
 * read inside it (at least one owner remains) still holds at commit. PostgreSQL locks the
 * organization row; SQLite transactions begin immediate and hold the single write lock already.
 */
export async function lockMembers(db: Kysely<Database>, dialect: DialectName, organizationId: string) {
  if (dialect !== 'postgres') return;
  await db.selectFrom('organizations').select('id').where('id', '=', organizationId).forUpdate().execute();
}
