/** An enrollment's default facilitator. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Sets the default facilitator only if the stored version is still `version`. */
export async function setFacilitator(
  db: Kysely<Database>,
  organizationId: string,
  id: string,
  version: number,
  userId: string | null,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('enrollments')
    .set({ facilitator_user_id: userId, version: version + 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The default facilitator's name (a member of the organization), or null. */
export async function facilitatorRef(db: Kysely<Database>, organizationId: string, userId: string | null) {
  if (!userId) return null;
  const u = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name'])
    .where('m.organization_id', '=', organizationId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
  return u ? { id: u.id, name: u.name } : { id: userId, name: '' };
}
