/**
 * The portal server for bench/portal/wal.ts, run from any checkout: BENCH_TREE names the checkout
 * whose src/ is served (this branch, or a copy of an earlier commit), so one script measures both
 * alike. Besides serving it watches what blocks the event loop: every SQLite COMMIT's duration
 * (better-sqlite3 runs it synchronously on the event loop, with a checkpoint inside when SQLite
 * does one itself), the event loop's delay (libuv's histogram), stalls of 10 ms or more seen by a
 * 5 ms timer, and the -wal file's size. The parent sends 'reset' before the measured run and
 * 'report' after; the child answers each.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { announce } from '../lib/child.ts';

const tree = path.resolve(process.env.BENCH_TREE ?? '.');
const url = process.env.BENCH_DATABASE_URL ?? '';
const file = url.replace(/^sqlite:/, '');

function fresh() {
  return { commits: [] as number[], stalls: 0, stalledMs: 0, walMax: 0 };
}
let seen = fresh();

function watchCommits(): void {
  const BetterSqlite = createRequire(path.join(tree, 'package.json'))('better-sqlite3');
  const probe = new BetterSqlite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as {
    run: (...a: unknown[]) => unknown;
  };
  probe.close();
  const run = proto.run;
  proto.run = function (this: { source: string }, ...args: unknown[]) {
    if (this.source !== 'commit') return run.apply(this, args);
    const started = performance.now();
    try {
      return run.apply(this, args);
    } finally {
      seen.commits.push(performance.now() - started);
    }
  };
}

function watchLoop() {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - 5;
    last = now;
    if (late >= 10) {
      seen.stalls++;
      seen.stalledMs += late;
    }
    try {
      seen.walMax = Math.max(seen.walMax, fs.statSync(`${file}-wal`).size);
    } catch {
      // no log (yet)
    }
  }, 5).unref();
  return delay;
}

function summary(delay: ReturnType<typeof monitorEventLoopDelay>, stats: unknown) {
  const sorted = Float64Array.from(seen.commits).sort();
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const over5 = sorted.filter((ms) => ms > 5);
  return {
    commits: sorted.length,
    commitMeanMs: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    commitP99Ms: at(99),
    commitMaxMs: sorted.at(-1) ?? 0,
    commitsOver5: over5.length,
    commitsOver5Ms: over5.reduce((a, b) => a + b, 0),
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
    stalls: seen.stalls,
    stalledMs: seen.stalledMs,
    walMaxBytes: seen.walMax,
    checkpointer: stats,
  };
}

async function main(): Promise<void> {
  watchCommits();
  const from = (p: string) => import(pathToFileURL(path.join(tree, p)).href);
  const { openDatabase } = await from('src/db/dialect.ts');
  const { loadConfig } = await from('src/server/config.ts');
  const { buildApp } = await from('src/server/app.ts');
  const config = {
    ...loadConfig({}),
    databaseUrl: url,
    host: '127.0.0.1',
    port: 0,
    portalPerMinute: 1_000_000_000,
    schedulerSeconds: 0,
  };
  const db = openDatabase(url);
  const { app } = await buildApp({ db, config, logger: false, web: false });
  const delay = watchLoop();
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'reset') {
      seen = fresh();
      delay.reset();
      process.send?.({ type: 'reset' });
    } else if (m?.type === 'report') {
      process.send?.({ type: 'report', report: summary(delay, db.checkpointer?.stats ?? null) });
    }
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
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
