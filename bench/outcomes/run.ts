/**
 * bench/outcomes: how fast a program's outcome dashboard answers on a clinic network's worth of
 * data, on SQLite and on PostgreSQL, beside one hand-written SQL aggregate computing the same
 * timepoint means in the same run, and the server's peak memory.
 *
 *   npx tsx bench/outcomes/run.ts [--clients 100000] [--seed 1] [--requests 20]
 *                                 [--pg-url URL] [--no-pg] [--no-sqlite] [--no-write] [--fresh]
 *                                 [--seed-only] [--pg-seed]
 *
 * Per database: `threshold seed --synthetic` data for `clients` clients (about ten responses
 * each), kept between runs under .tmp/bench-outcomes (SQLite) or in a PostgreSQL database named
 * after the size and seed (--fresh seeds again). PostgreSQL copies the SQLite database of the same
 * size and seed when that one was seeded completely (src/db/copy.ts, as `threshold db copy`): the
 * same rows, ids included, in minutes rather than the half hour seeding 100,000 clients takes on
 * PostgreSQL; --pg-seed seeds it with the generator instead. --seed-only stops after seeding. The API runs in its own process; a clinician
 * signs in; the largest program's dashboard is requested cold (the first request of each of three
 * fresh servers; the median is reported) and `requests` times warm, for three views: all clients,
 * grouped by arm, filtered to one sex; then after each of `requests` new responses.
 * The SQL aggregate runs as often on the same data, and its means must equal the report's
 * observed means. Peak memory is the server process's high-water resident set (VmHWM); the
 * server runs with the heap settings of `npm start` (src/server/node-flags.ts).
 * Writes the results between the bench:outcomes markers of docs/PERFORMANCE.md unless --no-write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import type { StaffOutcomes as Outcomes } from '../../src/api/outcomes.ts';
import { copyTables, nonEmptyTables } from '../../src/db/copy.ts';
import { openDatabase } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { getInstrument } from '../../src/domain/instruments/registry.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { loadConfig } from '../../src/server/config.ts';
import { SERVER_NODE_FLAGS } from '../../src/server/node-flags.ts';
import { addMember } from '../../src/server/organizations/service.ts';
import { deriveStale } from '../../src/server/outcomes/derive.ts';
import {
  SYNTHETIC_AUDIT_ACTION,
  seedSynthetic,
  syntheticOrganizationId,
} from '../../src/server/synthetic/seed.ts';
import { armDeadline, killAll, startServer } from '../lib/child.ts';
import { markdownTable, updateSection } from '../lib/doc.ts';
import { machine, processCpuSeconds } from '../lib/machine.ts';
import { sqlTimepointMeans, type TimepointMean } from './baseline.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
const DOC = path.join(ROOT, 'docs/PERFORMANCE.md');
const SERVER = path.join(here, 'server.ts');
const CACHE = path.join(ROOT, '.tmp/bench-outcomes');
const SLUG = 'bench-synthetic';
const USER = { email: 'bench.clinician@threshold.invalid', password: 'bench outcomes password 1' };
const TARGET_MS = 300;
const TARGET_MB = 250;
/** Fresh servers whose first request gives the cold time (the median is reported). */
const COLD_STARTS = 3;

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string' },
    seed: { type: 'string' },
    requests: { type: 'string' },
    'pg-url': { type: 'string' },
    'no-pg': { type: 'boolean' },
    'no-write': { type: 'boolean' },
    fresh: { type: 'boolean' },
    'seed-only': { type: 'boolean' },
    'no-sqlite': { type: 'boolean' },
    'pg-seed': { type: 'boolean' },
  },
});
const int = (v: string | undefined, fallback: number) => {
  const n = v === undefined ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, got "${v}"`);
  return n;
};
const CLIENTS = int(args.clients, 100_000);
const SEED = int(args.seed, 1);
const REQUESTS = int(args.requests, 20);
const PG_URL = args['pg-url'] ?? process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Target {
  name: 'SQLite' | 'PostgreSQL';
  url: string;
}

interface Timing {
  view: string;
  coldMs: number | null;
  /** The server's CPU time over that request (median): its event loop's thread, all its threads. */
  coldCpuMs: { loop: number; all: number } | null;
  /** The first request with no stored columns. */
  coldWithoutMs: number | null;
  p50: number;
  p95: number;
  max: number;
}

interface DbResult {
  name: string;
  seededNow: boolean;
  seedSeconds: number | null;
  counts: { clients: number; enrollments: number; responses: number; programEnrollments: number };
  timings: Timing[];
  sql: { p50: number; p95: number };
  peakMb: number;
  meansMatch: boolean;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function sqliteTarget(fresh = false): Promise<Target> {
  fs.mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `synthetic-${CLIENTS}-${SEED}.sqlite`);
  if (fresh) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  return { name: 'SQLite', url: `sqlite:${file}` };
}

async function postgresTarget(): Promise<Target | string> {
  const name = `threshold_bench_outcomes_${CLIENTS}_${SEED}`;
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    if (args.fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await admin.end().catch(() => undefined);
  }
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return { name: 'PostgreSQL', url: u.toString() };
}

/**
 * The SQLite database this run's size and seed left, when its seed finished (its audit event is
 * written last) with every client: PostgreSQL copies it rather than seeding again.
 */
async function seededSqlite(orgId: string): Promise<string | null> {
  const { url } = await sqliteTarget();
  if (!fs.existsSync(url.slice('sqlite:'.length))) return null;
  const db = openDatabase(url);
  try {
    const seeded = await db.kysely
      .selectFrom('audit_events')
      .select('details')
      .where('organization_id', '=', orgId)
      .where('action', '=', SYNTHETIC_AUDIT_ACTION)
      .execute();
    return seeded.length === 1 &&
      (JSON.parse(String(seeded[0]!.details)) as { clients?: number }).clients === CLIENTS
      ? url
      : null;
  } finally {
    await db.close();
  }
}

/** Seeds the synthetic organization unless a complete one is there; adds the clinician. */
async function prepare(t: Target) {
  const db = openDatabase(t.url);
  try {
    await migrateToLatest(db);
    const ctx = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
    const orgId = syntheticOrganizationId(SLUG, SEED);
    const count = async () =>
      Number(
        (
          await db.kysely
            .selectFrom('clients')
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where('organization_id', '=', orgId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    let seededNow = false;
    let seedSeconds: number | null = null;
    if ((await count()) !== CLIENTS) {
      if ((await count()) !== 0)
        throw new Error(`${t.name}: a partial synthetic organization is there; run with --fresh`);
      const start = process.hrtime.bigint();
      const source =
        t.name === 'PostgreSQL' && !args['pg-seed'] && (await nonEmptyTables(db.kysely)).length === 0
          ? await seededSqlite(orgId)
          : null;
      let last = -1;
      if (source) {
        // The rows the SQLite run seeded (same clients, seed and day), copied as they are: the
        // same data, ids included, in minutes instead of the half hour seeding takes here.
        console.log(`  ${t.name}: copying the seeded SQLite database`);
        const from = openDatabase(source);
        try {
          await migrateToLatest(from);
          await db.kysely.transaction().execute((trx) => copyTables(from.sqlite!, trx));
        } finally {
          await from.close();
        }
        await sql`ANALYZE`.execute(db.kysely);
      } else
        await seedSynthetic(ctx, {
          clients: CLIENTS,
          orgSlug: SLUG,
          seed: SEED,
          onProgress: (phase, done, total) => {
            const pct = Math.floor((done / Math.max(1, total)) * 10);
            if (pct !== last) {
              last = pct;
              console.log(`  ${t.name}: seeding ${phase} ${pct * 10}%`);
            }
          },
        });
      seedSeconds = ms(start) / 1000;
      seededNow = true;
    }
    await addMember(
      ctx,
      orgId,
      systemActor('bench'),
      { email: USER.email, name: 'Bench clinician', role: 'clinician', password: USER.password },
      { allowExisting: true },
    ).catch(() => undefined);
    const n = async (table: 'enrollments' | 'questionnaire_responses') =>
      Number(
        (
          await db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .where('organization_id', '=', orgId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const biggest = await db.kysely
      .selectFrom('outcome_enrollments')
      .select(['program_id'])
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('organization_id', '=', orgId)
      .groupBy('program_id')
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    const clientIds = (
      await db.kysely
        .selectFrom('outcome_enrollments')
        .select('client_id')
        .where('organization_id', '=', orgId)
        .where('program_id', '=', biggest.program_id)
        .where('reached', 'in', ['started', 'completed'])
        .orderBy('enrollment_id')
        .limit(REQUESTS)
        .execute()
    ).map((r) => r.client_id);
    return {
      orgId,
      programId: biggest.program_id,
      clientIds,
      seededNow,
      seedSeconds,
      counts: {
        clients: await count(),
        enrollments: await n('enrollments'),
        responses: await n('questionnaire_responses'),
        programEnrollments: Number(biggest.n),
      },
    };
  } finally {
    await db.close();
  }
}

/** Deletes the program's stored columns, or waits (up to 60 s) until a server has stored them. */
async function storedColumns(url: string, orgId: string, programId: string, what: 'delete' | 'wait') {
  const db = openDatabase(url);
  try {
    const where = db.kysely
      .selectFrom('outcome_snapshots')
      .select('revision')
      .where('organization_id', '=', orgId)
      .where('program_id', '=', programId);
    if (what === 'delete') {
      await db.kysely
        .deleteFrom('outcome_snapshots')
        .where('organization_id', '=', orgId)
        .where('program_id', '=', programId)
        .execute();
      return;
    }
    for (let waited = 0; !(await where.executeTakeFirst()); waited += 100) {
      if (waited > 60_000) throw new Error('the server stored no columns within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await db.close();
  }
}

function cookie(res: Response, name: string): string {
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!header) throw new Error(`${res.url}: no ${name} cookie`);
  return header.split(';')[0]!;
}

async function signIn(base: string): Promise<{ cookie: string; csrfToken: string }> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrf = cookie(csrfRes, 'threshold_csrf');
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrf },
    body: JSON.stringify(USER),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return { cookie: `${csrf}; ${cookie(res, 'threshold_session')}`, csrfToken };
}

/** The server's CPU milliseconds so far: its event loop's thread, and all its threads. */
function cpuMs(pid: number): { loop: number; all: number } {
  return {
    loop: (processCpuSeconds(pid, true) ?? Number.NaN) * 1000,
    all: (processCpuSeconds(pid) ?? Number.NaN) * 1000,
  };
}

function peakRssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN;
}

async function measureDb(t: Target): Promise<DbResult | null> {
  console.log(`${t.name}: preparing ${CLIENTS.toLocaleString('en')} synthetic clients…`);
  const prep = await prepare(t);
  console.log(
    `${t.name}: ${JSON.stringify(prep.counts)}${prep.seedSeconds === null ? '' : `, seeded in ${prep.seedSeconds.toFixed(0)} s`}`,
  );
  if (args['seed-only']) return null;
  const start = () =>
    startServer(
      SERVER,
      [],
      { BENCH_DATABASE_URL: t.url },
      { timeoutMs: 120_000, nodeFlags: [...SERVER_NODE_FLAGS] },
    );
  // Cold: the first dashboard request after the server starts. First with no stored columns (the
  // program's derived rows read in full, as on the very first view), then over COLD_STARTS fresh
  // servers that find the columns the first one stored (migration 0031, outcomes/snapshot.ts).
  await storedColumns(t.url, prep.orgId, prep.programId, 'delete');
  const colds: number[] = [];
  const coldCpus: { loop: number; all: number }[] = [];
  let coldWithout = 0;
  for (let i = 0; i <= COLD_STARTS; i++) {
    const s = await start();
    try {
      const base = `http://127.0.0.1:${s.port}`;
      const { cookie: c } = await signIn(base);
      const cpuBefore = cpuMs(s.pid);
      const begin = process.hrtime.bigint();
      const res = await fetch(`${base}/api/programs/${prep.programId}/outcomes`, { headers: { cookie: c } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`cold outcomes: ${res.status}`);
      const wall = ms(begin);
      const after = cpuMs(s.pid);
      const cpu = { loop: after.loop - cpuBefore.loop, all: after.all - cpuBefore.all };
      console.log(
        `${t.name}: cold${i === 0 ? ', no stored columns' : ''}: ${wall.toFixed(0)} ms, server CPU ${cpu.loop.toFixed(0)} ms (event loop), ${cpu.all.toFixed(0)} ms (all threads)`,
      );
      if (i === 0) {
        coldWithout = wall;
        await storedColumns(t.url, prep.orgId, prep.programId, 'wait');
      } else {
        colds.push(wall);
        coldCpus.push(cpu);
      }
    } finally {
      await s.stop();
    }
  }
  const server = await start();
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const session = await signIn(base);
    const headers = { cookie: session.cookie };
    const get = async (query: string) => {
      const start = process.hrtime.bigint();
      const res = await fetch(`${base}/api/programs/${prep.programId}/outcomes${query}`, { headers });
      const body = (await res.json()) as Outcomes;
      if (!res.ok) throw new Error(`outcomes${query}: ${res.status} ${JSON.stringify(body)}`);
      return { ms: ms(start), body };
    };
    const views = [
      ['all clients', ''],
      ['grouped by arm', '?groupBy=arm'],
      ['women only', '?sex=female'],
    ] as const;
    const timings: Timing[] = [];
    let report: Outcomes | null = null;
    for (const [view, query] of views) {
      const cold = await get(query);
      report ??= cold.body;
      const warm: number[] = [];
      for (let i = 0; i < REQUESTS; i++) warm.push((await get(query)).ms);
      timings.push({
        view,
        coldMs: timings.length === 0 ? quantile(colds, 0.5) : null,
        coldCpuMs:
          timings.length === 0
            ? {
                loop: quantile(
                  coldCpus.map((c) => c.loop),
                  0.5,
                ),
                all: quantile(
                  coldCpus.map((c) => c.all),
                  0.5,
                ),
              }
            : null,
        coldWithoutMs: timings.length === 0 ? coldWithout : null,
        p50: quantile(warm, 0.5),
        p95: quantile(warm, 0.95),
        max: Math.max(...warm),
      });
      console.log(`${t.name}: ${view}: p50 ${quantile(warm, 0.5).toFixed(0)} ms`);
    }
    // After a change: a new response for a client of the program, then the dashboard (which
    // derives that enrollment and reads only what changed since the last view).
    const instrument = getInstrument(report!.instrument!.id);
    const answers = Object.fromEntries(
      instrument.items.map((item) => [item.linkId, (item.options[1] ?? item.options[0]!).value]),
    );
    const afterChange: number[] = [];
    const added: string[] = [];
    for (const clientId of prep.clientIds.slice(0, REQUESTS)) {
      const res = await fetch(`${base}/api/clients/${clientId}/responses`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({
          instrumentId: instrument.id,
          answers,
          administeredAt: new Date().toISOString(),
        }),
      });
      if (res.status !== 201) throw new Error(`response: ${res.status} ${await res.text()}`);
      added.push(((await res.json()) as { id: string }).id);
      afterChange.push((await get('')).ms);
    }
    timings.push({
      view: 'all clients, after a new response',
      coldMs: null,
      coldCpuMs: null,
      coldWithoutMs: null,
      p50: quantile(afterChange, 0.5),
      p95: quantile(afterChange, 0.95),
      max: Math.max(...afterChange),
    });
    console.log(`${t.name}: after a new response: p50 ${quantile(afterChange, 0.5).toFixed(0)} ms`);
    const peakMb = peakRssMb(server.pid);

    const db = openDatabase(t.url);
    let sqlTimes: number[] = [];
    let means: TimepointMean[] = [];
    try {
      // Back to the data set as seeded (and as the report was computed on).
      await db.kysely.deleteFrom('questionnaire_responses').where('id', 'in', added).execute();
      await deriveStale(db.kysely, prep.orgId);
      const instrument = report!.instrument!.id;
      means = await sqlTimepointMeans(db, prep.orgId, prep.programId, instrument);
      sqlTimes = [];
      for (let i = 0; i < REQUESTS; i++) {
        const start = process.hrtime.bigint();
        await sqlTimepointMeans(db, prep.orgId, prep.programId, instrument);
        sqlTimes.push(ms(start));
      }
    } finally {
      await db.close();
    }
    const observed = new Map(report!.report!.timepoints.map((tp) => [tp.key, tp.observed]));
    const meansMatch = means.every((m) => {
      const o = observed.get(m.key);
      return (
        o !== undefined && o.n === m.n && (m.n === 0 || Math.abs((o.mean ?? Number.NaN) - m.mean) < 1e-9)
      );
    });
    if (!meansMatch) console.error(`${t.name}: the SQL means differ from the report's`, means, [...observed]);
    return {
      name: t.name,
      seededNow: prep.seededNow,
      seedSeconds: prep.seedSeconds,
      counts: prep.counts,
      timings,
      sql: { p50: quantile(sqlTimes, 0.5), p95: quantile(sqlTimes, 0.95) },
      peakMb,
      meansMatch,
    };
  } finally {
    await server.stop();
  }
}

function section(results: DbResult[], pgSkipped: string | null): string {
  const m = machine();
  const rows: string[][] = [
    [
      'database',
      'view',
      'cold, no stored columns (ms)',
      'cold (ms)',
      'cold, server CPU: event loop / all threads (ms)',
      'warm p50 (ms)',
      'warm p95 (ms)',
      'SQL aggregate p50 (ms)',
      'ratio p50',
    ],
  ];
  for (const r of results)
    for (const t of r.timings)
      rows.push([
        r.name,
        t.view,
        t.coldWithoutMs === null ? '' : t.coldWithoutMs.toFixed(0),
        t.coldMs === null ? '' : t.coldMs.toFixed(0),
        t.coldCpuMs === null ? '' : `${t.coldCpuMs.loop.toFixed(0)} / ${t.coldCpuMs.all.toFixed(0)}`,
        t.p50.toFixed(0),
        t.p95.toFixed(0),
        t.view === 'all clients' ? r.sql.p50.toFixed(1) : '',
        t.view === 'all clients' ? `${(t.p50 / r.sql.p50).toFixed(1)}×` : '',
      ]);
  const lines = [
    `## Outcome dashboard (bench/outcomes)`,
    '',
    `\`npx tsx bench/outcomes/run.ts --clients ${CLIENTS} --requests ${REQUESTS}\`, ${new Date().toISOString().slice(0, 10)}, ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}.`,
    '',
    ...results.map(
      (r) =>
        `- ${r.name}: ${r.counts.clients.toLocaleString('en')} clients, ${r.counts.enrollments.toLocaleString('en')} enrollments, ${r.counts.responses.toLocaleString('en')} responses; the dashboard's program has ${r.counts.programEnrollments.toLocaleString('en')} enrollments. Server peak memory ${r.peakMb.toFixed(0)} MB (target < ${TARGET_MB}). SQL means equal the report's: ${r.meansMatch ? 'yes' : '**no**'}.${r.seedSeconds === null ? '' : ` Seeding took ${r.seedSeconds.toFixed(0)} s.`}`,
    ),
    '',
    markdownTable(rows),
    '',
    `Target: warm under ${TARGET_MS} ms, server peak under ${TARGET_MB} MB (the server runs with \`${SERVER_NODE_FLAGS.join(' ')}\`, as \`npm start\` does). Cold is the first request after the server starts (median of ${COLD_STARTS} fresh servers; its server CPU time beside it, from /proc): it reads the program's stored columns (one row, migration 0031) and what was derived since into memory (src/server/outcomes/cache.ts); *no stored columns* is the same on a server that finds none (the program's very first view, or after an enrollment left it) and reads every derived row of the program; warm requests read only the program's revision unless something changed. The SQL aggregate computes only the observed timepoint means (and counts) from the same derived rows; the dashboard computes every statistic of the report (changes, intervals, response, LOCF, completers, the mixed model, durability, flow).`,
  ];
  if (pgSkipped) lines.push('', `PostgreSQL was skipped: ${pgSkipped}.`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  armDeadline('bench/outcomes', (args['seed-only'] ? 120 : 45) * 60 * 1000);
  const results: DbResult[] = [];
  const add = (r: DbResult | null) => r && results.push(r);
  if (!args['no-sqlite']) add(await measureDb(await sqliteTarget(args.fresh)));
  let pgSkipped: string | null = null;
  if (args['no-pg']) pgSkipped = '--no-pg';
  else {
    const t = await postgresTarget();
    if (typeof t === 'string') pgSkipped = `cannot connect (${t})`;
    else add(await measureDb(t));
  }
  if (args['seed-only']) process.exit(0);
  const text = section(results, pgSkipped);
  console.log(`\n${text}`);
  if (!args['no-write']) updateSection(DOC, 'outcomes', text);
  const bad = results.some((r) => !r.meansMatch);
  process.exit(bad ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  killAll();
  process.exit(1);
});
