/**
 * The whole database as text: every row of every table (found by introspection, so a table added
 * later is searched too), each value as the driver returns it. `findIn` names every table and
 * column where a needle occurs (case-insensitive).
 */
import type { Db } from '../../src/db/dialect.ts';

export interface Hit {
  table: string;
  column: string;
  value: string;
}

export async function findIn(db: Db, needles: readonly string[]): Promise<Hit[]> {
  const wanted = needles.map((n) => n.toLowerCase()).filter((n) => n.length > 0);
  const tables = await db.kysely.introspection.getTables();
  const hits: Hit[] = [];
  for (const t of tables) {
    const rows = (await db.kysely
      .selectFrom(t.name as 'clients')
      .selectAll()
      .execute()) as unknown as Array<Record<string, unknown>>;
    for (const row of rows) {
      for (const [column, v] of Object.entries(row)) {
        if (v === null || v === undefined) continue;
        const text = (
          typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('utf8') : JSON.stringify(v)
        ).toLowerCase();
        for (const n of wanted)
          if (text.includes(n)) hits.push({ table: t.name, column, value: text.slice(0, 200) });
      }
    }
  }
  return hits;
}

/** Every table with one of `columns`, from the live schema. */
export async function tablesWithColumn(db: Db, columns: readonly string[]): Promise<string[]> {
  const tables = await db.kysely.introspection.getTables();
  return tables
    .filter((t) => t.columns.some((c) => columns.includes(c.name)))
    .map((t) => t.name)
    .sort();
}
