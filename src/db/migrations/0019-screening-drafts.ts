import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Screening drafts (issue 15): the contraindication checklist as it is being filled in, one per
 * enrollment, kept on the server so a reload or a second desk does not lose the answers. The draft
 * is the form's own state as JSON (nothing is evaluated from it); recording the screening deletes
 * it in the same transaction. It holds client data: erasure removes it with the enrollment.
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('screening_drafts')
    .addColumn('enrollment_id', 'text', (c) => c.primaryKey().references('enrollments.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('updated_by_user_id', 'text')
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('screening_drafts_organization_idx')
    .on('screening_drafts')
    .columns(['organization_id', 'client_id'])
    .execute();
}
