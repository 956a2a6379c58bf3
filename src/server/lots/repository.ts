/** Substance lots and their assays. Organization id first in every function. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, LotAssayTable, SubstanceLotTable } from '../../db/schema.ts';

type Db = Kysely<Database>;
export type LotRow = Selectable<SubstanceLotTable>;
export type AssayRow = Selectable<LotAssayTable>;

export const listLots = (db: Db, organizationId: string): Promise<LotRow[]> =>
  db
    .selectFrom('substance_lots')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('received_on', 'desc')
    .orderBy('code')
    .execute();

export const getLot = (db: Db, organizationId: string, id: string): Promise<LotRow | undefined> =>
  db
    .selectFrom('substance_lots')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

export const findLotByCode = (db: Db, organizationId: string, code: string): Promise<LotRow | undefined> =>
  db
    .selectFrom('substance_lots')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('code', '=', code)
    .executeTakeFirst();

export async function insertLot(db: Db, row: LotRow): Promise<void> {
  await db.insertInto('substance_lots').values(row).execute();
}

export const assaysOf = (db: Db, organizationId: string, lotIds: readonly string[]): Promise<AssayRow[]> =>
  lotIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('lot_assays')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('lot_id', 'in', lotIds)
        .orderBy('assayed_on', 'desc')
        .orderBy('created_at', 'desc')
        .execute();

export async function insertAssay(db: Db, row: AssayRow): Promise<void> {
  await db.insertInto('lot_assays').values(row).execute();
}

/** How many dosing records were given from each lot. */
export async function doseCounts(db: Db, organizationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('dosing_records')
    .select(['lot_id'])
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('lot_id', 'is not', null)
    .groupBy('lot_id')
    .execute();
  return new Map(rows.map((r) => [r.lot_id as string, Number(r.n)]));
}
