import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * An alert's trigger as a code and its values (issue 15), beside the English `trigger` that stays
 * the audit and export text: a screen says the trigger in the reader's language. Nullable: alerts
 * raised before keep null and are shown with their stored words.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('alerts').addColumn('trigger_code', 'text').execute();
  await db.schema.alterTable('alerts').addColumn('trigger_params', 'text').execute();
}
