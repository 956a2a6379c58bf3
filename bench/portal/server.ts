/**
 * The Threshold API under test, run as a child process of run.ts over BENCH_DATABASE_URL (SQLite
 * or PostgreSQL, already migrated and seeded): as `threshold serve` builds it, minus logging, the web
 * app and the scheduler, with the portal's per-address rate limit raised so one load generator on
 * 127.0.0.1 is never throttled. Listens on 127.0.0.1 on a port the OS picks and announces it.
 * BENCH_GROUP_COMMIT=0 opens the database with every commit synced on its own (the behaviour
 * before group commit), for comparison.
 */
import { openDatabase } from '../../src/db/dialect.ts';
import { loadConfig } from '../../src/server/config.ts';
import { serveApp } from '../lib/serve.ts';

const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const config = {
    ...loadConfig({}),
    databaseUrl: url,
    host: HOST,
    port: 0,
    portalPerMinute: 1_000_000_000,
    schedulerSeconds: 0,
  };
  const db = openDatabase(url, { groupCommit: process.env.BENCH_GROUP_COMMIT !== '0' });
  await serveApp(db, config, HOST);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
