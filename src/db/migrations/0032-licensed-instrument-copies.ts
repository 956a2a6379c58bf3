import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * An organization's licensed copy of an instrument whose texts and scoring key Threshold does not
 * ship (the CEQ, issue 19 part 1): the texts in one language and the key as checked JSON, and the
 * licence it is held under. One per organization and instrument.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('licensed_instrument_copies')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('scoring_key', 'text', (c) => c.notNull())
    .addColumn('licence_note', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('licensed_instrument_copies_pk', ['organization_id', 'instrument_id'])
    .execute();
}
