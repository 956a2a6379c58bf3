/** Screening drafts (one per enrollment): read, save (insert or replace) and remove. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export const getDraft = (db: Kysely<Database>, organizationId: string, enrollmentId: string) =>
  db
    .selectFrom('screening_drafts as d')
    .leftJoin('users as u', 'u.id', 'd.updated_by_user_id')
    .select(['d.draft', 'd.updated_at', 'd.updated_by_user_id', 'u.name as updated_by_name'])
    .where('d.organization_id', '=', organizationId)
    .where('d.enrollment_id', '=', enrollmentId)
    .executeTakeFirst();

export async function saveDraft(
  db: Kysely<Database>,
  organizationId: string,
  d: { enrollmentId: string; clientId: string; draft: string; userId: string | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('screening_drafts')
    .values({
      enrollment_id: d.enrollmentId,
      organization_id: organizationId,
      client_id: d.clientId,
      draft: d.draft,
      updated_by_user_id: d.userId,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('enrollment_id')
        .doUpdateSet({ draft: d.draft, updated_by_user_id: d.userId, updated_at: now })
        .where('screening_drafts.organization_id', '=', organizationId),
    )
    .execute();
}

export async function deleteDraft(
  db: Kysely<Database>,
  organizationId: string,
  enrollmentId: string,
): Promise<number> {
  const r = await db
    .deleteFrom('screening_drafts')
    .where('organization_id', '=', organizationId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();
  return Number(r.numDeletedRows ?? 0n);
}
