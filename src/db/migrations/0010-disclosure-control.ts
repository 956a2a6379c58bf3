import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Disclosure control of researchers' outcome reports (issue 14): each organization's minimum cell
 * size, below which an aggregate a researcher gets is withheld (src/domain/outcomes/disclosure.ts).
 * Owners change it in the organization's settings; 5 until they do.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('min_cell_size', 'integer', (c) => c.notNull().defaultTo(5))
    .execute();
}
