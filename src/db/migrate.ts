import { DEFAULT_MIGRATION_TABLE, Migrator, sql } from 'kysely';
import type { Db } from './dialect.ts';
import { migrationProvider } from './migrations/index.ts';

export interface MigrateResult {
  applied: string[];
}

/** Brings the schema up to date. Throws, naming the migration, if one fails (it is rolled back). */
export async function migrateToLatest(db: Db): Promise<MigrateResult> {
  const provider = migrationProvider(db.dialect);
  if (await upToDate(db, Object.keys(await provider.getMigrations()))) return { applied: [] };
  const migrator = new Migrator({ db: db.kysely, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(
      `Database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/**
 * Whether the database has applied exactly these migrations: two small queries, where Kysely's
 * Migrator (creating its tables if missing, reading every table's metadata, taking its lock) costs
 * tens of milliseconds at every start. Anything else — a new database, a migration to apply, one
 * the code does not know — goes through the Migrator, which applies or refuses as before.
 */
async function upToDate(db: Db, names: string[]): Promise<boolean> {
  const exists =
    db.dialect === 'sqlite'
      ? sql<{
          n: number;
        }>`select count(*) as n from sqlite_master where type = 'table' and name = ${DEFAULT_MIGRATION_TABLE}`
      : sql<{
          n: number;
        }>`select count(*)::int as n from pg_catalog.pg_tables where tablename = ${DEFAULT_MIGRATION_TABLE} and schemaname = current_schema()`;
  if (Number((await exists.execute(db.kysely)).rows[0]?.n) !== 1) return false;
  const { rows } = await sql<{
    name: string;
  }>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db.kysely);
  const applied = new Set(rows.map((r) => r.name));
  return applied.size === names.length && names.every((n) => applied.has(n));
}
