import { Migrator } from 'kysely';
import type { Db } from './dialect.ts';
import { migrationProvider } from './migrations/index.ts';

export interface MigrateResult {
  applied: string[];
}

/** Brings the schema up to date. Throws, naming the migration, if one fails (it is rolled back). */
export async function migrateToLatest(db: Db): Promise<MigrateResult> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider(db.dialect) });
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
