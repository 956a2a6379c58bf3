import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Dose bands a program defines itself (issue 19, part 3): per program and substance kind, the band
 * edges (JSON numbers, increasing) in a unit the substance is dosed in. No client data.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('program_dose_bands')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id'))
    .addColumn('substance_kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('edges', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('program_dose_bands_pk', ['organization_id', 'program_id', 'substance_kind'])
    .execute();
}
