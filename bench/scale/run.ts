/**
 * Throughput of 1, 2 and 3 Threshold servers on one PostgreSQL database, on this machine:
 *
 *   npx tsx bench/scale/run.ts [--connections 12] [--warmup 2] [--duration 8] [--no-write]
 *
 * Needs a PostgreSQL server: THRESHOLD_BENCH_PG_URL (or THRESHOLD_TEST_PG_URL, else the other
 * benchmarks' postgres://postgres@127.0.0.1:5432/test), a URL whose user may create databases; when
 * it cannot be reached it says so and exits 0. A fresh database is seeded with 1,000
 * clients; for each number of servers, that many server processes start, one session (signed in
 * on the first) is used on all of them, and the load (the same total connections, split evenly)
 * goes to all at once, one autocannon per server in this process. Writes docs/PERFORMANCE.md's
 * `scale` section unless --no-write.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_OWNER, seedBenchDatabase } from '../api/seed.ts';
import { armDeadline, killAll, type RunningServer, startServer } from '../lib/child.ts';
import { markdownTable, textTable, updateSection } from '../lib/doc.ts';
import { type LoadResult, measure } from '../lib/load.ts';
import { machine, waitForQuiet } from '../lib/machine.ts';
import { gitRevision, versionOf } from '../lib/repo.ts';
import { postgresProblem } from '../portal/seed.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOC = path.resolve(here, '../../docs/PERFORMANCE.md');
const SERVER = path.join(here, 'server.ts');
const CLIENTS = 1000;
const INSTANCES = [1, 2, 3];

interface Target {
  name: string;
  path: string;
}
const TARGETS: Target[] = [
  { name: 'GET /api/health (one `select 1`, no audit)', path: '/api/health' },
  { name: 'GET /api/clients?limit=50 (signed in, audited)', path: '/api/clients?limit=50' },
];

interface Point {
  target: Target;
  servers: number;
  rps: number;
  p50: number;
  p99: number;
  serverCores: number;
  loaderCores: number;
  failed: number;
}

const pgUrl =
  process.env.THRESHOLD_BENCH_PG_URL ||
  process.env.THRESHOLD_TEST_PG_URL ||
  'postgres://postgres@127.0.0.1:5432/test';

async function admin(statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

async function signIn(base: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrf = csrfRes.headers
    .getSetCookie()
    .find((c) => c.startsWith('threshold_csrf='))!
    .split(';')[0]!;
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrf },
    body: JSON.stringify({ email: BENCH_OWNER.email, password: BENCH_OWNER.password }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const session = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('threshold_session='))!
    .split(';')[0]!;
  return `${csrf}; ${session}`;
}

/** All servers under load at once; req/s summed, latency the worst server's, CPU summed. */
async function loadAll(
  servers: RunningServer[],
  target: Target,
  cookie: string,
  settings: { connections: number; warmupSeconds: number; durationSeconds: number },
): Promise<Omit<Point, 'target' | 'servers'>> {
  const per = Math.max(1, Math.round(settings.connections / servers.length));
  const results: LoadResult[] = await Promise.all(
    servers.map((s) =>
      measure(
        `http://127.0.0.1:${s.port}${target.path}`,
        { cookie },
        { ...settings, connections: per },
        s.pid,
      ),
    ),
  );
  return {
    rps: results.reduce((a, r) => a + r.rps, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    serverCores: results.reduce((a, r) => a + (r.serverCores ?? 0), 0),
    // One process runs every autocannon: each measured the same process, so one of them is the total.
    loaderCores: results[0]?.loaderCores ?? 0,
    failed: results.reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0),
  };
}

function whole(name: string, value: string | boolean | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      'no-write': { type: 'boolean', default: false },
    },
    // `npm run bench -- -- …` passes every benchmark's options to each: ignore the others'.
    strict: false,
  });
  const problem = await postgresProblem(pgUrl);
  if (problem) {
    console.log(
      `bench/scale: skipped, PostgreSQL at ${pgUrl} cannot be used (${problem}); set THRESHOLD_BENCH_PG_URL.`,
    );
    return;
  }
  const settings = {
    connections: whole('connections', values.connections, 12),
    warmupSeconds: whole('warmup', values.warmup, 2),
    durationSeconds: whole('duration', values.duration, 8),
  };
  const deadline = armDeadline('bench/scale', 14 * 60_000);
  const name = `threshold_bench_scale_${randomBytes(4).toString('hex')}`;
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await admin(`CREATE DATABASE ${name}`);
  const points: Point[] = [];
  const loadBefore = os.loadavg()[0]!;
  try {
    const seeded = await seedBenchDatabase(url, CLIENTS);
    console.log(`Seeded ${CLIENTS} clients in ${(seeded.ms / 1000).toFixed(1)} s.`);
    for (const n of INSTANCES) {
      const servers = await Promise.all(
        Array.from({ length: n }, () =>
          startServer(SERVER, [], { BENCH_DATABASE_URL: url }, { timeoutMs: 120_000 }),
        ),
      );
      try {
        const cookie = await signIn(`http://127.0.0.1:${servers[0]!.port}`);
        for (const target of TARGETS) {
          await waitForQuiet(0.1, 10_000);
          process.stdout.write(`${n} server${n > 1 ? 's' : ''}, ${target.name} … `);
          const p = await loadAll(servers, target, cookie, settings);
          console.log(`${Math.round(p.rps)} req/s, p99 ${p.p99.toFixed(1)} ms`);
          points.push({ target, servers: n, ...p });
        }
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    }
  } finally {
    killAll();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    clearTimeout(deadline);
  }
  report(points, settings, [loadBefore, os.loadavg()[0]!], values['no-write'] === true);
}

function report(
  points: Point[],
  settings: { connections: number; warmupSeconds: number; durationSeconds: number },
  load: [number, number],
  noWrite: boolean,
): void {
  const header = [
    'Target',
    'servers',
    'req/s',
    'vs 1 server',
    'p50 (ms)',
    'p99 (ms)',
    'server loops CPU',
    'autocannon CPU',
  ];
  const rows = points.map((p) => {
    const one = points.find((q) => q.target === p.target && q.servers === 1)!;
    return [
      p.target.name,
      String(p.servers),
      Math.round(p.rps).toLocaleString('en-US'),
      `${(p.rps / one.rps).toFixed(2)}×`,
      p.p50.toFixed(2),
      p.p99.toFixed(2),
      `${Math.round(p.serverCores * 100)} %`,
      `${Math.round(p.loaderCores * 100)} %`,
    ];
  });
  console.log(`\n${textTable([header, ...rows])}\n`);
  const failed = points.filter((p) => p.failed > 0);
  if (failed.length) {
    console.error(
      `Not valid: ${failed.map((p) => `${p.target.name} × ${p.servers}: ${p.failed} failed`).join('; ')}`,
    );
    process.exitCode = 1;
    return;
  }
  if (noWrite) return;
  const m = machine();
  const rev = gitRevision();
  const now = new Date().toISOString();
  const pgVersion = versionOf('pg');
  updateSection(
    DOC,
    'scale',
    `## Several servers on one PostgreSQL (\`bench/scale\`)

Measured ${now.slice(0, 10)} (${now.slice(11, 16)} UTC) with \`npx tsx bench/scale/run.ts\`${rev ? ` at \`${rev}\`` : ''}.

- **Machine:** ${m.nproc} CPUs (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}; PostgreSQL on the same machine, node-postgres ${pgVersion}.
- **Other work on the machine:** load average (1 min) ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end, on ${m.nproc} CPUs.${load[0] > m.nproc || load[1] > m.nproc ? ' **The machine was busy with other work: these numbers are far below what it does when idle; read the ratios between rows, and even those with caution.**' : ''}
- **Settings:** ${CLIENTS.toLocaleString('en-US')} clients in one organization; ${settings.connections} connections in total, split evenly over the servers, ${settings.warmupSeconds} s warm-up then ${settings.durationSeconds} s measured, one autocannon per server, all in one load-generator process. req/s is summed over the servers, p50/p99 are the worst server's. "Server loops CPU" is the CPU time of the servers' main threads summed, as a share of wall time (100 % = one core); PostgreSQL's own CPU is not in it. Every run had 0 errors and 0 non-2xx responses.

${markdownTable([header, ...rows])}`,
  );
  console.log(`Updated ${path.relative(process.cwd(), DOC)}.`);
}

await main();
