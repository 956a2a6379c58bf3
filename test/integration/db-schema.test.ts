/**
 * `src/db/schema.ts` against the database the migrations build: every table and column the `Database`
 * interface declares exists, with the same nullability, and the database has nothing the type does not
 * declare. The declared side is read from schema.ts with the TypeScript compiler, so there is no list to
 * keep in step by hand.
 */
import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/dialect.ts';
import { DATABASES } from '../support/databases.ts';

type Columns = Record<string, { nullable: boolean }>;

const SCHEMA = path.resolve(import.meta.dirname, '../../src/db/schema.ts');

/** The tables and columns of `Database`, resolved by the type checker (so `extends Omit<…>` counts too). */
function declaredTables(): Record<string, Columns> {
  const program = ts.createProgram([SCHEMA], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SCHEMA);
  if (!source) throw new Error(`cannot read ${SCHEMA}`);
  const database = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database',
  );
  if (!database) throw new Error('src/db/schema.ts declares no `Database` interface');
  const tables: Record<string, Columns> = {};
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const columns: Columns = {};
    for (const column of checker.getTypeOfSymbolAtLocation(table, database).getProperties()) {
      let type = checker.getTypeOfSymbolAtLocation(column, database);
      // Generated<T> and ColumnType<S, I, U>: what a select returns is the column's stored type.
      const selected = type.getProperty('__select__');
      if (selected) type = checker.getTypeOfSymbolAtLocation(selected, database);
      const nullable = type.isUnion()
        ? type.types.some((t) => t.flags & ts.TypeFlags.Null)
        : Boolean(type.flags & ts.TypeFlags.Null);
      columns[column.name] = { nullable };
    }
    tables[table.name] = columns;
  }
  return tables;
}

/**
 * SQLite reports a non-INTEGER PRIMARY KEY column as nullable unless it was also declared NOT NULL (a
 * legacy quirk: https://sqlite.org/lang_createtable.html#the_primary_key). The migrations declare no NOT
 * NULL on primary keys, so on SQLite a key column's nullability is not compared; PostgreSQL checks them.
 */
async function sqlitePrimaryKeys(db: Db, table: string): Promise<Set<string>> {
  const rows = await sql<{ name: string }>`select name from pragma_table_info(${table}) where pk > 0`.execute(
    db.kysely,
  );
  return new Set(rows.rows.map((r) => r.name));
}

async function migratedTables(db: Db): Promise<Record<string, Columns>> {
  const tables: Record<string, Columns> = {};
  for (const table of await db.kysely.introspection.getTables()) {
    if (table.isView) continue;
    const keys = db.dialect === 'sqlite' ? await sqlitePrimaryKeys(db, table.name) : new Set<string>();
    const columns: Columns = {};
    for (const column of table.columns) {
      columns[column.name] = { nullable: column.isNullable && !keys.has(column.name) };
    }
    tables[table.name] = columns;
  }
  return tables;
}

const declared = declaredTables();

describe.each(DATABASES)('src/db/schema.ts against the migrated database on $name', (database) => {
  let created: Awaited<ReturnType<typeof database.create>>;
  let actual: Record<string, Columns>;

  beforeAll(async () => {
    created = await database.create();
    actual = await migratedTables(created.db);
  });
  afterAll(() => created.drop());

  it('declares exactly the tables the migrations create', () => {
    expect(Object.keys(declared).length).toBeGreaterThan(30);
    expect(Object.keys(declared).sort()).toEqual(Object.keys(actual).sort());
  });

  it('declares exactly the columns of every table, with their nullability', () => {
    const drift: string[] = [];
    for (const [table, columns] of Object.entries(declared)) {
      const stored = actual[table];
      if (!stored) continue;
      for (const [name, { nullable }] of Object.entries(columns)) {
        const column = stored[name];
        if (!column) drift.push(`${table}.${name}: declared, not in the database`);
        else if (column.nullable !== nullable)
          drift.push(
            `${table}.${name}: declared ${nullable ? 'nullable' : 'NOT NULL'}, ` +
              `database ${column.nullable ? 'nullable' : 'NOT NULL'}`,
          );
      }
      for (const name of Object.keys(stored)) {
        if (!(name in columns)) drift.push(`${table}.${name}: in the database, not declared`);
      }
    }
    expect(drift).toEqual([]);
  });
});
