/**
 * `threshold db copy --to postgres://… [--from sqlite:…]`: moves a SQLite installation (DATABASE_URL
 * by default) into an empty PostgreSQL database. The source is brought up to date and the target
 * migrated; every table is copied in one transaction; row counts and the audit trail's hash chain
 * are verified on the target before it commits. A target that holds any row is refused (exit 2).
 */
import type { Command } from 'commander';
import { UsageError } from './usage-error.ts';

interface CopyOptions {
  to: string;
  from?: string;
}

export function addDbCommands(program: Command): void {
  program
    .command('db')
    .description('Database tools')
    .command('copy')
    .description('Copy a SQLite installation into an empty PostgreSQL database, then verify it')
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user@host:5432/name (must be empty)')
    .option('--from <url>', 'the SQLite database (default: DATABASE_URL)')
    .action((o: CopyOptions) => dbCopy(o));
}

async function dbCopy(o: CopyOptions): Promise<void> {
  const [
    { isPostgresUrl, openDatabase },
    { migrateToLatest },
    { copyTables, nonEmptyTables },
    { verifyAuditChain },
    { loadConfig },
  ] = await Promise.all([
    import('../db/dialect.ts'),
    import('../db/migrate.ts'),
    import('../db/copy.ts'),
    import('../server/audit/verify.ts'),
    import('../server/config.ts'),
  ]);
  const fromUrl = o.from ?? loadConfig().databaseUrl;
  if (isPostgresUrl(fromUrl))
    throw new UsageError('the source must be a SQLite database (--from sqlite:path)');
  if (!isPostgresUrl(o.to))
    throw new UsageError('--to must be a PostgreSQL URL, postgres://user@host:5432/name');

  const source = openDatabase(fromUrl);
  const target = openDatabase(o.to);
  try {
    const full = await nonEmptyTables(target.kysely);
    if (full.length)
      throw new UsageError(
        `the target database is not empty (${full.map((t) => `${t.table}: ${t.rows} rows`).join(', ')}); copy into a new, empty database`,
      );
    await migrateToLatest(source);
    await migrateToLatest(target);
    const sourceChain = await verifyAuditChain(source.kysely);
    console.log(`Copying ${source.location} → ${target.location}`);
    const copied = await target.kysely.transaction().execute(async (trx) => {
      const tables = await copyTables(source.sqlite!, trx);
      const chain = await verifyAuditChain(trx);
      if (chain.ok !== sourceChain.ok || chain.checked !== sourceChain.checked)
        throw new Error(
          `the audit trail does not verify the same on the copy (SQLite: ${describe(sourceChain)}; PostgreSQL: ${describe(chain)}); nothing was copied`,
        );
      return tables;
    });
    const width = Math.max(...copied.map((t) => t.table.length));
    for (const t of copied) console.log(`  ${t.table.padEnd(width)}  ${t.rows}`);
    const total = copied.reduce((n, t) => n + t.rows, 0);
    console.log(`Copied ${total} rows in ${copied.length} tables; every count matches the source.`);
    console.log(`Audit trail on the copy: ${describe(sourceChain)}.`);
    console.log(`Next: set DATABASE_URL to the PostgreSQL URL and start the server.`);
  } finally {
    await source.close();
    await target.close();
  }
}

function describe(r: { ok: boolean; checked: number; firstBroken: { seq: number } | null }): string {
  return r.ok ? `intact, ${r.checked} entries` : `broken at entry ${r.firstBroken!.seq}`;
}
