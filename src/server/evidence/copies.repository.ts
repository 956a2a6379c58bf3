/**
 * An organization's own copies of shared studies (copy-on-write): made by its first edit of a
 * study it does not own; from then on it sees and edits its copy, and nobody else sees it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganizationStudyTable } from '../../db/schema.ts';
import { searchText } from '../../domain/evidence/search.ts';
import { tokens } from '../../domain/evidence/text.ts';
import type { StudyRecord } from '../../domain/evidence/types.ts';

export type CopyRow = Selectable<OrganizationStudyTable>;

export const getCopy = (db: Kysely<Database>, organizationId: string, id: string) =>
  db
    .selectFrom('organization_studies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The organization's copies; with a query, those whose search text holds every query word. */
export function listCopies(db: Kysely<Database>, organizationId: string, q?: string) {
  let query = db.selectFrom('organization_studies').selectAll().where('organization_id', '=', organizationId);
  for (const word of tokens(q ?? '')) query = query.where('search_text', 'like', `%${word}%`);
  return query.orderBy('id').execute();
}

/** Makes the copy; false when the organization has one already (a concurrent first edit won). */
export async function insertCopy(
  db: Kysely<Database>,
  organizationId: string,
  record: StudyRecord,
  version: number,
  now: string,
): Promise<boolean> {
  const r = await db
    .insertInto('organization_studies')
    .values({
      organization_id: organizationId,
      id: record.id,
      record: JSON.stringify(record),
      search_text: searchText(record),
      created_at: now,
      updated_at: now,
      version,
    })
    .onConflict((oc) => oc.columns(['organization_id', 'id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Writes the copy only if its version is still `version`; false when someone saved first. */
export async function updateCopy(
  db: Kysely<Database>,
  organizationId: string,
  record: StudyRecord,
  version: number,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('organization_studies')
    .set({
      record: JSON.stringify(record),
      search_text: searchText(record),
      version: version + 1,
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', record.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
