import type { Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

/**
 * Dose, substance and setting as data (issue 19, part 2). Lots and their assays are records of
 * their own, per organization (a lot code is unique within one). A dosing record gains the kind of
 * substance, the dose as weighed (amount and unit: mg, or grams fresh or dry for truffles), the lot
 * and the assay its psilocybin mg came from; older records keep these null. The setting is one row
 * per dosing session (its room is the session's own).
 */
export async function up(db: Kysely<unknown>, { timestamp }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('substance_lots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('substance_kind', 'text', (c) => c.notNull())
    .addColumn('supplier', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('substance_lots_code_unique', ['organization_id', 'code'])
    .execute();
  await db.schema
    .createTable('lot_assays')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('lot_id', 'text', (c) => c.notNull().references('substance_lots.id'))
    .addColumn('psilocybin_mg_per_g', 'double precision', (c) => c.notNull())
    .addColumn('psilocin_mg_per_g', 'double precision')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('lab', 'text', (c) => c.notNull())
    .addColumn('assayed_on', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lot_assays_lot_idx')
    .on('lot_assays')
    .columns(['organization_id', 'lot_id'])
    .execute();

  await db.schema.alterTable('dosing_records').addColumn('substance_kind', 'text').execute();
  await db.schema.alterTable('dosing_records').addColumn('dose_amount', 'double precision').execute();
  await db.schema.alterTable('dosing_records').addColumn('dose_unit', 'text').execute();
  await db.schema
    .alterTable('dosing_records')
    .addColumn('lot_id', 'text', (c) => c.references('substance_lots.id'))
    .execute();
  await db.schema
    .alterTable('dosing_records')
    .addColumn('assay_id', 'text', (c) => c.references('lot_assays.id'))
    .execute();
  await db.schema.alterTable('dosing_records').addColumn('psilocin_mg', 'double precision').execute();

  await db.schema
    .createTable('session_settings')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('program_sessions.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('music_program', 'text')
    .addColumn('sitters', 'integer', (c) => c.notNull())
    .addColumn('group_size', 'integer', (c) => c.notNull())
    .addColumn('eyeshades', 'text')
    .addColumn('notes', 'text')
    .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();
}
