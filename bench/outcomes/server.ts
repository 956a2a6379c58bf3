/**
 * The Threshold API under test for bench/outcomes, run as a child process over
 * BENCH_DATABASE_URL (already seeded): as `threshold serve` builds it, minus logging, the web app
 * and the scheduler. Listens on 127.0.0.1 on a port the OS picks and announces it.
 */
import { openDatabase } from '../../src/db/dialect.ts';
import { loadConfig } from '../../src/server/config.ts';
import { serveApp } from '../lib/serve.ts';

const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const config = { ...loadConfig({}), databaseUrl: url, host: HOST, port: 0, schedulerSeconds: 0 };
  await serveApp(openDatabase(url), config, HOST);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
