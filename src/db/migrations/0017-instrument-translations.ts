import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Translations an organization adds for its own clients: one per instrument and language, the
 * complete texts (checked against the registry before they are stored), the licence the
 * organization holds them under, and who added them. Replaced as a whole, never edited in part.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('instrument_translations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    /** The registry version the texts were checked against. */
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    /** BCP 47 tag, e.g. 'nl'. */
    .addColumn('language', 'text', (c) => c.notNull())
    /** JSON: InstrumentTexts (src/domain/instruments/types.ts). */
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('licence_note', 'text', (c) => c.notNull())
    /** The user id of who added it (kept as text: removing a member must not remove the record). */
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('instrument_translations_unique', ['organization_id', 'instrument_id', 'language'])
    .execute();
}
