/**
 * Copies every table of a SQLite installation into a migrated, empty PostgreSQL database, inside
 * the caller's PostgreSQL transaction. Tables are listed from the migrated target schema (so a table
 * a later migration adds is copied without a change here), ordered so each table comes after the
 * tables its foreign keys point to, and copied in batches. Triggers are paused during the copy (the
 * derived-outcome triggers would otherwise write rows the copy also brings), then serial sequences
 * are moved past the copied ids, and the row count of every table is compared with the source.
 * Values need no conversion: SQLite's ISO-8601 text is a valid timestamptz literal, and the
 * dialect layer reads timestamptz back as the same ISO text.
 */
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Kysely's own bookkeeping: written by running the migrations on the target, never copied. */
const isBookkeeping = (table: string) => table.startsWith('kysely_migration');

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

export interface TableCopy {
  table: string;
  rows: number;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function rows<T>(trx: Kysely<Database>, text: string, params: unknown[] = []): Promise<T[]> {
  return (await trx.executeQuery<T>(CompiledQuery.raw(text, params))).rows;
}

/** Tables of the target's schema, each after those its foreign keys reference. */
export async function tablesInDependencyOrder(trx: Kysely<Database>): Promise<string[]> {
  const tables = (
    await rows<{ name: string }>(
      trx,
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  )
    .map((t) => t.name)
    .filter((t) => !isBookkeeping(t));
  const edges = await rows<{ child: string; parent: string }>(
    trx,
    `SELECT tc.relname AS child, pc.relname AS parent FROM pg_constraint c
       JOIN pg_class tc ON tc.oid = c.conrelid JOIN pg_class pc ON pc.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = tc.relnamespace
     WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)));
    if (ready.length === 0)
      throw new Error(`the foreign keys of ${tables.filter((t) => !done.has(t)).join(', ')} form a cycle`);
    for (const t of ready) {
      ordered.push(t);
      done.add(t);
    }
  }
  return ordered;
}

/**
 * Rows the migrations themselves write into a new database, by table: an empty target holds them,
 * and the copy replaces them with the source's (the audit anchor starts at zero entries).
 */
const MIGRATION_ROWS: Readonly<Record<string, string>> = { audit_anchor: 'entries = 0' };

/** Tables of the target schema that hold rows (the target must be empty). */
export async function nonEmptyTables(trx: Kysely<Database>): Promise<TableCopy[]> {
  const tables = await rows<{ name: string }>(
    trx,
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: TableCopy[] = [];
  for (const { name } of tables) {
    if (isBookkeeping(name)) continue;
    const seeded = MIGRATION_ROWS[name];
    const [r] = await rows<{ n: number }>(
      trx,
      `SELECT count(*)::int AS n FROM ${q(name)}${seeded ? ` WHERE NOT (${seeded})` : ''}`,
    );
    if (r && r.n > 0) out.push({ table: name, rows: r.n });
  }
  return out;
}

const sqliteTables = (sqlite: SQLite.Database): string[] =>
  (
    sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !isBookkeeping(t));

const sqliteCount = (sqlite: SQLite.Database, table: string): number =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${q(table)}`).get() as { n: number }).n;

/**
 * Copies every table, then moves sequences and compares counts; throws (so the caller's transaction
 * rolls back) when the schemas differ or a count does not match.
 */
export async function copyTables(
  sqlite: SQLite.Database,
  trx: Kysely<Database>,
  onTable: (copy: TableCopy) => void = () => {},
): Promise<TableCopy[]> {
  const order = await tablesInDependencyOrder(trx);
  const fromTables = new Set(sqliteTables(sqlite));
  const missing = order.filter((t) => !fromTables.has(t));
  const extra = [...fromTables].filter((t) => !order.includes(t));
  if (missing.length || extra.length)
    throw new Error(
      `the two schemas differ (only in PostgreSQL: ${missing.join(', ') || 'none'}; only in SQLite: ${extra.join(', ') || 'none'})`,
    );

  for (const t of order)
    await trx.executeQuery(CompiledQuery.raw(`ALTER TABLE ${q(t)} DISABLE TRIGGER USER`));
  const copied: TableCopy[] = [];
  for (const table of order) {
    const columns = await targetColumns(trx, table);
    const fromColumns = new Set(
      (sqlite.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string }[]).map((c) => c.name),
    );
    const absent = columns.filter((c) => !fromColumns.has(c.name)).map((c) => c.name);
    if (absent.length || fromColumns.size !== columns.length)
      throw new Error(`table ${table} has different columns in the two databases (${absent.join(', ')})`);
    const names = columns.map((c) => c.name);
    const seeded = MIGRATION_ROWS[table];
    if (seeded) await trx.executeQuery(CompiledQuery.raw(`DELETE FROM ${q(table)} WHERE ${seeded}`));
    const batch = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / names.length)));
    const read = sqlite.prepare(`SELECT ${names.map(q).join(', ')} FROM ${q(table)}`).raw(true);
    let pending: unknown[][] = [];
    let n = 0;
    const flush = async () => {
      if (!pending.length) return;
      await insert(trx, table, names, pending);
      n += pending.length;
      pending = [];
    };
    for (const row of read.iterate() as IterableIterator<unknown[]>) {
      pending.push(row);
      if (pending.length >= batch) await flush();
    }
    await flush();
    for (const c of columns.filter((c) => c.serial))
      await rows(
        trx,
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${q(c.name)}), 0) + 1, false) FROM ${q(table)}`,
        [table, c.name],
      );
    const copy = { table, rows: n };
    copied.push(copy);
    onTable(copy);
  }
  for (const t of order) await trx.executeQuery(CompiledQuery.raw(`ALTER TABLE ${q(t)} ENABLE TRIGGER USER`));

  for (const { table } of copied) {
    const [r] = await rows<{ n: number }>(trx, `SELECT count(*)::int AS n FROM ${q(table)}`);
    const expected = sqliteCount(sqlite, table);
    if (r?.n !== expected)
      throw new Error(`table ${table}: ${expected} rows in SQLite, ${r?.n} in PostgreSQL`);
  }
  return copied;
}

async function targetColumns(trx: Kysely<Database>, table: string) {
  const cols = await rows<{ name: string; column_default: string | null; is_identity: string }>(
    trx,
    `SELECT column_name AS name, column_default, is_identity FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return cols.map((c) => ({
    name: c.name,
    serial: c.is_identity === 'YES' || (c.column_default ?? '').startsWith('nextval('),
  }));
}

async function insert(trx: Kysely<Database>, table: string, names: string[], batch: unknown[][]) {
  const params: unknown[] = [];
  const tuples = batch.map((row) => {
    const marks = row.map((v) => {
      params.push(v);
      return `$${params.length}`;
    });
    return `(${marks.join(', ')})`;
  });
  // Identity columns declared GENERATED ALWAYS would refuse given values; ours are serial.
  await trx.executeQuery(
    CompiledQuery.raw(
      `INSERT INTO ${q(table)} (${names.map(q).join(', ')}) VALUES ${tuples.join(', ')}`,
      params,
    ),
  );
}
