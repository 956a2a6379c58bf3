/**
 * Stored (imported and curated) studies, shared by every organization, and each organization's own
 * copies of shared studies it edited (copy-on-write). A shared study is edited in place only by the
 * organization that imported it.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, StudyTable } from '../../db/schema.ts';
import { searchText } from '../../domain/evidence/search.ts';
import { tokens } from '../../domain/evidence/text.ts';
import type { StudyRecord } from '../../domain/evidence/types.ts';

export type StudyRow = Selectable<StudyTable>;
export type StoredSource = 'imported' | 'curated';

export const parseRecord = (row: StudyRow): StudyRecord => JSON.parse(row.record) as StudyRecord;

export async function insertStudy(
  db: Kysely<Database>,
  record: StudyRecord,
  source: StoredSource,
  now: string,
  /** The importing organization (it may edit in place); null: shared, read-only to all. */
  organizationId: string | null,
) {
  await db
    .insertInto('studies')
    .values({
      id: record.id,
      organization_id: organizationId,
      source,
      record: JSON.stringify(record),
      search_text: searchText(record),
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
}

export const getStudy = (db: Kysely<Database>, id: string) =>
  db.selectFrom('studies').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Shared stored studies (without `organizationId`: all of them; with it: those the organization has
 * no copy of); with a query, only rows whose search text holds every query word (a superset of the
 * matches).
 */
export function listStudies(db: Kysely<Database>, q?: string, organizationId?: string) {
  let query = db.selectFrom('studies').selectAll();
  if (organizationId)
    query = query.where('id', 'not in', (eb) =>
      eb.selectFrom('organization_studies').select('id').where('organization_id', '=', organizationId),
    );
  // tokens() yields letters and digits only, so the words need no LIKE escaping.
  for (const word of tokens(q ?? '')) query = query.where('search_text', 'like', `%${word}%`);
  return query.orderBy('id').execute();
}

export async function allStudyIds(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('studies').select('id').execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Writes a shared study in place, only for the organization that imported it and only if the
 * stored version is still `version`; returns false otherwise (someone saved first).
 */
export async function updateStudy(
  db: Kysely<Database>,
  organizationId: string,
  record: StudyRecord,
  version: number,
  source: StoredSource,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('studies')
    .set({
      source,
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
