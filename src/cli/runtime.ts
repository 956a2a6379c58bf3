/** Opens the configured database and the application context for a CLI command. */
import { type Db, openDatabase } from '../db/dialect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AuditLog } from '../server/audit/audit-log.ts';
import { type Config, loadConfig } from '../server/config.ts';
import type { AppContext } from '../server/context.ts';

export { UsageError } from './usage-error.ts';

export async function withContext<T>(
  fn: (ctx: AppContext) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const config: Config = loadConfig();
  const db: Db = openDatabase(config.databaseUrl);
  try {
    if (opts.migrate !== false) await migrateToLatest(db);
    return await fn({ db, audit: new AuditLog(db.dialect), config });
  } finally {
    await db.close();
  }
}
