/**
 * Bulk writes of generated rows: multi-row INSERTs in chunks that respect each database's limit on
 * bound parameters (SQLite 32,766; PostgreSQL 65,535), inside the caller's transaction.
 */
import type { Insertable } from 'kysely';
import type { DialectName } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Tx } from '../context.ts';

/** Bound parameters one statement may carry. */
export const PARAMETER_LIMITS: Record<DialectName, number> = { sqlite: 32_766, postgres: 65_535 };

/**
 * Rows per statement at most, whatever the limit allows: past a few hundred rows a bigger
 * statement is no faster (measured), and smaller ones keep query building cheap.
 */
export const MAX_ROWS_PER_STATEMENT = 500;

/** Rows per INSERT for a table of `columns` columns on this database. */
export function rowsPerStatement(dialect: DialectName, columns: number): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(PARAMETER_LIMITS[dialect] / columns)));
}

/** Inserts every row (all rows of one table have the same columns). Returns how many. */
export async function insertRows<T extends keyof Database & string>(
  trx: Tx,
  dialect: DialectName,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const per = rowsPerStatement(dialect, Object.keys(rows[0]!).length);
  for (let i = 0; i < rows.length; i += per) {
    // A generic table name defeats Kysely's row typing (the rows are typed by the signature).
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + per) as never)
      .execute();
  }
  return rows.length;
}
