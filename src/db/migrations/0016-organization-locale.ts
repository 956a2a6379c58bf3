import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * An organization's locale (issue 15): how its dates, times and numbers are written and the
 * language its staff app and client messages start in. One of domain/locale ORGANIZATION_LOCALES;
 * existing organizations keep English (en-GB: 24-hour, day before month) until an owner changes it.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en-GB'))
    .execute();
}
