/**
 * The Threshold API for bench/audited-read, run as a child process over BENCH_DATABASE_URL (already
 * seeded), as `threshold serve` builds it minus logging, the web app and the scheduler.
 *   BENCH_NO_AUDIT=1      the same server with audit appends skipped: the read without its audit,
 *                         the baseline (a benchmark-only server; the product always audits).
 *   BENCH_GROUP_COMMIT=0  every commit synced on its own (the behaviour before group commit).
 *   BENCH_READS_BATCHED=1 reads' entries appended in batches after the read, not in its transaction.
 */
import { openDatabase } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { announce } from '../lib/child.ts';

const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const config = { ...loadConfig({}), databaseUrl: url, host: HOST, port: 0, schedulerSeconds: 0 };
  const db = openDatabase(url, { groupCommit: process.env.BENCH_GROUP_COMMIT !== '0' });
  const { app, ctx } = await buildApp({ db, config, logger: false, web: false });
  if (process.env.BENCH_READS_BATCHED === '1') ctx.audit.readsInTransaction = false;
  if (process.env.BENCH_NO_AUDIT === '1') {
    ctx.audit.append = async () => undefined;
    ctx.audit.appendRead = async () => undefined;
  }
  await app.listen({ host: HOST, port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  announce(address.port, async () => {
    await app.close();
    await db.close();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
