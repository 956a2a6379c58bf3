import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Crisis support an organization offers its clients: its crisis lines per language, in the order
 * clients see them, and the clinic's own phone number (shown after a risk answer when set).
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('phone', 'text').execute();

  await db.schema
    .createTable('crisis_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    /** 'en' | 'nl': the portal language a client sees it in. */
    .addColumn('language', 'text', (c) => c.notNull())
    /** Order within the organization's list (0 first). */
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('hours', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('crisis_lines_position_unique', ['organization_id', 'position'])
    .execute();
}
