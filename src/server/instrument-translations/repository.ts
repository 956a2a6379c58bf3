/** Translations an organization added. Organization id first, always. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Db = Kysely<Database>;

export const listForOrg = (db: Db, organizationId: string) =>
  db
    .selectFrom('instrument_translations')
    .leftJoin('users', 'users.id', 'instrument_translations.added_by')
    .select([
      'instrument_translations.instrument_id',
      'instrument_translations.instrument_version',
      'instrument_translations.language',
      'instrument_translations.texts',
      'instrument_translations.licence_note',
      'instrument_translations.added_at',
      'users.name as added_by_name',
    ])
    .where('instrument_translations.organization_id', '=', organizationId)
    .orderBy('instrument_translations.instrument_id')
    .orderBy('instrument_translations.language')
    .execute();

export const findOne = (db: Db, organizationId: string, instrumentId: string, language: string) =>
  db
    .selectFrom('instrument_translations')
    .leftJoin('users', 'users.id', 'instrument_translations.added_by')
    .select([
      'instrument_translations.texts',
      'instrument_translations.instrument_version',
      'instrument_translations.licence_note',
      'instrument_translations.added_at',
      'users.name as added_by_name',
    ])
    .where('instrument_translations.organization_id', '=', organizationId)
    .where('instrument_translations.instrument_id', '=', instrumentId)
    .where('instrument_translations.language', '=', language)
    .executeTakeFirst();

export const languagesFor = async (db: Db, organizationId: string, instrumentId: string) =>
  (
    await db
      .selectFrom('instrument_translations')
      .select('language')
      .where('organization_id', '=', organizationId)
      .where('instrument_id', '=', instrumentId)
      .orderBy('language')
      .execute()
  ).map((r) => r.language);

export interface TranslationRow {
  organizationId: string;
  instrumentId: string;
  instrumentVersion: string;
  language: string;
  texts: string;
  licence: string;
  addedBy: string;
  addedAt: string;
}

/** Stores the translation, replacing the organization's earlier one for this instrument and language. */
export async function replace(db: Db, row: TranslationRow): Promise<void> {
  await remove(db, row.organizationId, row.instrumentId, row.language);
  await db
    .insertInto('instrument_translations')
    .values({
      id: randomUUID(),
      organization_id: row.organizationId,
      instrument_id: row.instrumentId,
      instrument_version: row.instrumentVersion,
      language: row.language,
      texts: row.texts,
      licence_note: row.licence,
      added_by: row.addedBy,
      added_at: row.addedAt,
    })
    .execute();
}

export const remove = async (db: Db, organizationId: string, instrumentId: string, language: string) =>
  Number(
    (
      await db
        .deleteFrom('instrument_translations')
        .where('organization_id', '=', organizationId)
        .where('instrument_id', '=', instrumentId)
        .where('language', '=', language)
        .executeTakeFirst()
    ).numDeletedRows,
  );
