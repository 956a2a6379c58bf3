/**
 * bench/audited-read's server with timers on an audited read's parts, for `trace.ts`: how long a
 * read spends in its own transaction, waiting for its audit entry (queued for a batch, in the
 * batch's transaction, waiting for the flush), how full the batches and flushes are, and how much
 * of the wall time the event loop was busy. On SIGUSR2 it writes the figures gathered since the
 * previous signal to BENCH_TRACE_FILE. BENCH_NO_AUDIT=1 as in server.ts.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { announce } from '../lib/child.ts';

const HOST = '127.0.0.1';

class Timer {
  n = 0;
  total = 0;
  add(ms: number): void {
    this.n++;
    this.total += ms;
  }
  get mean(): number {
    return this.n ? this.total / this.n : 0;
  }
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const config = { ...loadConfig({}), databaseUrl: url, host: HOST, port: 0, schedulerSeconds: 0 };
  const db = openDatabase(url);
  const { app, ctx } = await buildApp({ db, config, logger: false, web: false });
  const t = {
    read: new Timer(),
    wholeRead: new Timer(),
    auditWait: new Timer(),
    batchTx: new Timer(),
    batchEntries: new Timer(),
    syncWait: new Timer(),
    flush: new Timer(),
  };
  const audit = ctx.audit;
  if (process.env.BENCH_READS_BATCHED === '1') audit.readsInTransaction = false;
  if (process.env.BENCH_NO_AUDIT === '1') {
    audit.append = async () => undefined;
    audit.appendRead = async () => undefined;
  }
  const auditedRead = audit.auditedRead.bind(audit);
  audit.auditedRead = async (d, actor, read, entryOf) => {
    const start = performance.now();
    const r = await auditedRead(
      d,
      actor,
      async (trx) => {
        const s = performance.now();
        const x = await read(trx);
        t.read.add(performance.now() - s);
        return x;
      },
      entryOf,
    );
    t.wholeRead.add(performance.now() - start);
    return r;
  };
  const appendRead = audit.appendRead.bind(audit);
  audit.appendRead = async (d, actor, entry) => {
    const s = performance.now();
    await appendRead(d, actor, entry);
    t.auditWait.add(performance.now() - s);
  };
  const appendAll = audit.appendAll.bind(audit);
  audit.appendAll = async (trx, items) => {
    const s = performance.now();
    await appendAll(trx, items);
    t.batchTx.add(performance.now() - s);
    t.batchEntries.add(items.length);
  };
  const sync = db.sync.bind(db);
  db.sync = async () => {
    const s = performance.now();
    await sync();
    t.syncWait.add(performance.now() - s);
  };
  const gc = db.groupCommit as unknown as { options: { flush(): Promise<void> } } | undefined;
  if (gc) {
    const flush = gc.options.flush;
    gc.options.flush = async () => {
      const s = performance.now();
      await flush();
      t.flush.add(performance.now() - s);
    };
  }
  // SQLite: statements run (every better-sqlite3 statement runs through one of these).
  let statements = 0;
  if (db.sqlite) {
    const proto = Object.getPrototypeOf(db.sqlite.prepare('select 1')) as Record<string, unknown>;
    for (const name of ['run', 'get', 'all', 'iterate']) {
      const original = proto[name] as (...args: unknown[]) => unknown;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        statements++;
        return original.apply(this, args);
      };
    }
  }
  let elu = performance.eventLoopUtilization();
  let since = performance.now();
  let last = { flushes: 0, commits: 0 };
  const report = () => {
    const now = performance.eventLoopUtilization(elu);
    elu = performance.eventLoopUtilization();
    const wall = performance.now() - since;
    since = performance.now();
    const out: Record<string, unknown> = { wallMs: Math.round(wall), eventLoopBusy: now.utilization };
    for (const [k, v] of Object.entries(t)) {
      out[k] = { n: v.n, mean: Number(v.mean.toFixed(3)) };
      v.n = 0;
      v.total = 0;
    }
    out.statements = statements;
    statements = 0;
    const stats = { ...(db.groupCommit?.stats ?? { flushes: 0, commits: 0 }) };
    out.flushes = stats.flushes - last.flushes;
    out.commitsFlushed = stats.commits - last.commits;
    last = stats;
    return out;
  };
  const traceFile = process.env.BENCH_TRACE_FILE;
  if (!traceFile) throw new Error('BENCH_TRACE_FILE is not set');
  process.on('SIGUSR2', () => fs.writeFileSync(traceFile, JSON.stringify(report())));
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
