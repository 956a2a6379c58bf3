/**
 * bench/portal/trace.ts: the statements and round trips of portal submissions, and how long each
 * waits — to see what serialises them.
 *
 *   npx tsx bench/portal/trace.ts [--concurrent 8] [--rounds 3] [--submissions 400]
 *                                 [--pg-url URL] [--compare-no-audit | --compare-named]
 *                                 [--pg-stats] [--analyze]
 *
 * Seeds a fresh database as bench/portal does, builds the app in-process (as `threshold serve`,
 * without logging), submits 20 one at a time to warm up, then one alone, printing every round trip
 * to PostgreSQL (each `client.query` of a pooled connection) with its start and duration in ms;
 * then `rounds` of `submissions` through Fastify's inject by `concurrent` workers, printing the
 * round trips per submission, the response times, and how long each held the audit chain's lock
 * as the client sees it (from the start of the round trip that appends to the end of the COMMIT's).
 * Per round also: the CPU of this process and of the database's own backends per submission (from
 * /proc), the wait for the group commit's flush, the time per kind of round trip, and how many
 * backends were active or waiting for a lock (sampled every 10 ms). `--compare-no-audit` alternates
 * rounds with the audit append skipped (no entry, no lock), `--compare-named` rounds with
 * parameterised statements sent as named prepared statements: measurements only.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { phq9 } from '../../test/support/portal-fixtures.ts';
import { analyze, indexStats, printIndexStats, printStats, tableStats } from './pg-stats.ts';
import { createPostgres, seedInvitations, seedWorld } from './seed.ts';

interface Trip {
  conn: number;
  sql: string;
  start: number;
  ms: number;
}
/** Every round trip while a run is traced, with its connection. */
let tracing = false;
let global: Trip[] = [];
const ids = new WeakMap<object, number>();
let nextId = 0;
const connId = (c: unknown) => {
  let id = ids.get(c as object);
  if (id === undefined) {
    id = nextId++;
    ids.set(c as object, id);
  }
  return id;
};

/** Experiment: send parameterised statements as named (prepared once per connection) statements. */
let naming = false;
const hashOf = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

function tracePg(): void {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...given: unknown[]) {
    let args = given;
    const trips = tracing ? global : undefined;
    if (naming && typeof args[0] === 'string' && Array.isArray(args[1]) && args[1].length > 0)
      args = [{ name: `t${hashOf(args[0])}`, text: args[0], values: args[1] }];
    const result = original.apply(this, args);
    // A statement as text, or as a config (a named statement: { name, text, values }).
    const text = typeof given[0] === 'string' ? given[0] : (given[0] as { text?: unknown } | undefined)?.text;
    if (trips && typeof text === 'string' && !text.startsWith(SAMPLER) && result instanceof Promise) {
      const trip: Trip = { sql: text, start: performance.now(), ms: 0, conn: connId(this) };
      trips.push(trip);
      void result.then(
        () => (trip.ms = performance.now() - trip.start),
        () => (trip.ms = -1),
      );
    }
    return result;
  };
}

const pct = (xs: number[], p: number) =>
  xs.length
    ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(2)
    : '-';
const mean = (xs: number[]) => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2) : '-');
const SAMPLER = '/* trace sampler */ ';

/**
 * Samples, every 10 ms on a connection of its own, how many of the database's backends are waiting
 * for a lock (pg_stat_activity's wait_event_type = 'Lock') and how many are active at all.
 */
function sampleLocks(
  adminUrl: string,
  database: string,
): { stop(): Promise<{ samples: number; waiting: number; active: number }> } {
  // On the admin database, so that its own backend is not counted as this run's.
  const client = new pg.Client({ connectionString: adminUrl });
  let running = true;
  const totals = { samples: 0, waiting: 0, active: 0 };
  const loop = (async () => {
    await client.connect();
    while (running) {
      const r = await client.query(
        `${SAMPLER}select count(*) filter (where wait_event_type = 'Lock')::int as waiting,
           count(*) filter (where state = 'active')::int as active
         from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
        [database],
      );
      totals.samples++;
      totals.waiting += r.rows[0].waiting;
      totals.active += r.rows[0].active;
      await new Promise((res) => setTimeout(res, 10));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return totals;
    },
  };
}

/**
 * CPU ms of the database server's processes that serve this run, from /proc: the backends connected
 * to `database` and the shared helpers (WAL writer, checkpointer, background writer, autovacuum) —
 * not the backends of other databases (other sessions' tests on the same server).
 */
function postgresCpuMs(database: string): { backends: number; helpers: number } {
  const tick = 1000 / 100;
  const total = { backends: 0, helpers: 0 };
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const mine = title.includes(` ${database} `);
      const helper = /: (walwriter|checkpointer|background writer|autovacuum)/.test(title);
      if (!mine && !helper) continue;
      const f = stat.slice(close + 2).split(' ');
      total[mine ? 'backends' : 'helpers'] += (Number(f[11]) + Number(f[12])) * tick;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Busy and total CPU ms of the whole machine, from /proc/stat. */
function machineCpuMs(): { busy: number; total: number } {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0) * 10;
  return { busy: total - (f[3]! + f[4]!) * 10, total };
}

/** What a round trip does, for the breakdown. */
function kind(sql: string): string {
  if (sql.includes('pg_logical_emit_message')) return 'flush (own connection)';
  if (sql.startsWith('begin')) return 'begin + first statement';
  if (sql.includes('threshold:at-commit') || /\bcommit$/.test(sql.trim())) return 'append + commit';
  return short(sql).slice(0, 40);
}

const short = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 110);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      concurrent: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '3' },
      submissions: { type: 'string', default: '400' },
      /** Alternate rounds with the audit append skipped (a measurement only; the product always audits). */
      'compare-no-audit': { type: 'boolean', default: false },
      /** Alternate rounds with parameterised statements sent as named prepared statements (an experiment). */
      'compare-named': { type: 'boolean', default: false },
      /** Print PostgreSQL's per-table updates, HOT updates, dead row versions and index reads at the end. */
      'pg-stats': { type: 'boolean', default: false },
      /** ANALYZE after seeding and after the first round, standing in for autovacuum (off on this server). */
      analyze: { type: 'boolean', default: false },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
    },
  });
  const concurrent = Number(values.concurrent);
  const rounds = Number(values.rounds);
  const perRound = Number(values.submissions);
  const target = await createPostgres(values['pg-url']!);
  const database = new URL(target.url).pathname.slice(1);
  const seedDb = openDatabase(target.url, { groupCommit: false });
  try {
    const seeded = await seedWorld(seedDb, 100);
    const variantCount = values['compare-no-audit'] || values['compare-named'] ? 2 : 1;
    const tokens = await seedInvitations(seedDb, seeded, 20 + 1 + rounds * perRound * variantCount);
    if (values.analyze) await analyze(seedDb);
    await seedDb.close();
    tracePg();
    const db = openDatabase(target.url);
    const config = { ...loadConfig({}), databaseUrl: target.url, portalPerMinute: 1e9, schedulerSeconds: 0 };
    const { app, ctx } = await buildApp({ db, config, logger: false, web: false });
    const submit = (token: string) =>
      app.inject({
        method: 'POST',
        url: `/api/portal/invitations/${token}/submit`,
        payload: { answers: phq9(0), submissionId: randomUUID() },
      });
    for (const t of tokens.slice(0, 20)) await submit(t);
    // How long requests wait for the group commit's flush after their commit.
    const syncWaits: number[] = [];
    const sync = db.sync.bind(db);
    db.sync = async () => {
      const s = performance.now();
      await sync();
      if (tracing) syncWaits.push(performance.now() - s);
    };
    const run = async (batch: string[], label: string, verbose: boolean) => {
      global = [];
      syncWaits.length = 0;
      tracing = true;
      const cpu0 = process.cpuUsage();
      const pg0 = postgresCpuMs(database);
      const m0 = machineCpuMs();
      const locks = sampleLocks(values['pg-url']!, database);
      const t0 = performance.now();
      const totals: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const token = batch[next++]!;
          const s = performance.now();
          const res = await submit(token);
          if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${res.body}`);
          totals.push(performance.now() - s);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrent, batch.length) }, worker));
      const all = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const pg1 = postgresCpuMs(database);
      const pgCpu = { backends: pg1.backends - pg0.backends, helpers: pg1.helpers - pg0.helpers };
      const m1 = machineCpuMs();
      const lockSamples = await locks.stop();
      await new Promise((r) => setTimeout(r, 50));
      tracing = false;
      // The chain's lock: from the start of the round trip that appends to the end of the COMMIT's.
      const held: number[] = [];
      const open = new Map<number, number>();
      for (const trip of global) {
        // The append, in its own round trip or sent with the COMMIT (then prepared: `execute …; commit`).
        const appends =
          /audit_anchor/.test(trip.sql) ||
          (/\bcommit$/.test(trip.sql.trim()) && /\bexecute threshold_/.test(trip.sql));
        if (appends && !open.has(trip.conn)) open.set(trip.conn, trip.start);
        if (/\bcommit$/.test(trip.sql.trim()) && open.has(trip.conn)) {
          held.push(trip.start + trip.ms - open.get(trip.conn)!);
          open.delete(trip.conn);
        }
      }
      console.log(
        `${label}: ${batch.length} submissions in ${all.toFixed(0)} ms (${Math.round((batch.length * 1000) / all)}/s), ` +
          `${(global.length / batch.length).toFixed(2)} round trips each; response ms p50 ${pct(totals, 50)} p90 ${pct(totals, 90)}; ` +
          `chain lock held (client side) ms p50 ${pct(held, 50)} p90 ${pct(held, 90)} mean ${mean(held)}`,
      );
      const n = batch.length;
      console.log(
        `  CPU per submission: this process ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms, ` +
          `PostgreSQL backends ${(pgCpu.backends / n).toFixed(2)} ms, its WAL writer etc. ${(pgCpu.helpers / n).toFixed(2)} ms; machine busy ${((100 * (m1.busy - m0.busy)) / (m1.total - m0.total)).toFixed(0)} % ` +
          `of its CPUs; waiting for the flush after commit: p50 ${pct(syncWaits, 50)} mean ${mean(syncWaits)} ms`,
      );
      const per = (x: number) => (lockSamples.samples ? (x / lockSamples.samples).toFixed(2) : '-');
      console.log(
        `  backends of the database, sampled every 10 ms (${lockSamples.samples}×): active ${per(lockSamples.active)}, ` +
          `waiting for a lock ${per(lockSamples.waiting)} on average`,
      );
      const kinds = new Map<string, number[]>();
      for (const trip of global) kinds.set(kind(trip.sql), [...(kinds.get(kind(trip.sql)) ?? []), trip.ms]);
      for (const [k, ms] of kinds)
        console.log(
          `  ${k.padEnd(42)} ${(ms.length / n).toFixed(2)} per submission, ms p50 ${pct(ms, 50)} mean ${mean(ms)} ` +
            `(${(ms.reduce((a, b) => a + b, 0) / n).toFixed(2)} ms per submission)`,
        );
      if (verbose)
        for (const trip of global)
          console.log(
            `  c${trip.conn} +${(trip.start - t0).toFixed(1).padStart(6)} ${trip.ms.toFixed(1).padStart(6)} ms  ${short(trip.sql)}`,
          );
    };
    await run(tokens.slice(20, 21), 'alone', true);
    const append = ctx.audit.append.bind(ctx.audit);
    const variants = values['compare-no-audit']
      ? ['audited', 'audit skipped']
      : values['compare-named']
        ? ['audited', 'named statements']
        : ['audited'];
    let used = 21;
    for (let r = 0; r < rounds; r++)
      for (const variant of variants) {
        ctx.audit.append = variant === 'audit skipped' ? async () => undefined : append;
        naming = variant === 'named statements';
        await run(tokens.slice(used, used + perRound), `concurrent ${concurrent}, ${variant}`, false);
        used += perRound;
        // Once more when the first round has stored responses (autovacuum would, after 50 rows).
        if (values.analyze && r === 0 && variant === variants.at(-1)) await analyze(db);
      }
    ctx.audit.append = append;
    if (values['pg-stats']) {
      printStats('after the rounds', await tableStats(db));
      printIndexStats('after the rounds', await indexStats(db));
    }
    await app.close();
    await db.close();
  } finally {
    await target.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
