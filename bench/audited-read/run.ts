/**
 * bench/audited-read: an audited read beside the same read without its audit, in one run,
 * interleaved, on SQLite and PostgreSQL.
 *
 *   npx tsx bench/audited-read/run.ts [--connections 10] [--warmup 2] [--duration 5] [--rounds 3]
 *                                     [--clients 1000] [--pg-url URL] [--no-pg] [--no-sqlite]
 *                                     [--compare-batched] [--no-write]
 *
 * `GET /api/clients?limit=50` (signed in) appends a `client.list` entry to the hash-chained audit
 * trail before it answers: every list is a write (batched with the lists that arrive with it,
 * src/server/audit/read-batch.ts). Per database, three server processes
 * over the same seeded database: the product; the same server with audit appends skipped (the
 * read alone, the baseline); and the product with every commit synced on its own (the behaviour
 * before group commit); with --compare-batched a fourth, the product with each read's entry appended
 * in a batch after the read instead of in the read's own transaction (PostgreSQL's way before
 * 2026-12-06; SQLite's way still), printed but not written. Each round measures the three in turn with autocannon; the table gives
 * the medians of the rounds. Writes between the bench:audited-read markers of docs/PERFORMANCE.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_OWNER, seedBenchDatabase } from '../api/seed.ts';
import { armDeadline, killAll, type RunningServer, startServer } from '../lib/child.ts';
import { markdownTable, textTable, updateSection } from '../lib/doc.ts';
import { type LoadResult, measure } from '../lib/load.ts';
import { filesystemOf, machine, waitForQuiet } from '../lib/machine.ts';
import { gitRevision, versionOf } from '../lib/repo.ts';
import { signIn } from '../lib/sign-in.ts';
import { median } from '../portal/report.ts';
import { createPostgres, postgresProblem, postgresSettings } from '../portal/seed.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOC = path.resolve(here, '../../docs/PERFORMANCE.md');
const SERVER = path.join(here, 'server.ts');
const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const PATH = '/api/clients?limit=50';
const QUIET_WAIT_MS = 3_000;

interface Variant {
  key: 'audited' | 'unaudited' | 'syncEach' | 'batched';
  label: string;
  env: Record<string, string>;
}
const VARIANTS: Variant[] = [
  { key: 'audited', label: 'audited (the product)', env: {} },
  { key: 'unaudited', label: 'the same read without its audit', env: { BENCH_NO_AUDIT: '1' } },
  { key: 'syncEach', label: 'audited, each commit synced', env: { BENCH_GROUP_COMMIT: '0' } },
];
/** With --compare-batched: reads' entries appended in batches after the read (PostgreSQL before 2026-12-06). */
const BATCHED: Variant = {
  key: 'batched',
  label: 'audited, entries batched after the read',
  env: { BENCH_READS_BATCHED: '1' },
};

interface Settings {
  connections: number;
  warmup: number;
  duration: number;
  rounds: number;
  clients: number;
  pgUrl: string;
  variants: Variant[];
}

interface DbRun {
  name: string;
  storage: string;
  results: Record<Variant['key'], LoadResult[]>;
  busyBefore: number;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

async function check(base: string, cookie: string, clients: number): Promise<void> {
  const res = await fetch(`${base}${PATH}`, { headers: { cookie } });
  const body = (await res.json()) as { items?: unknown[]; total?: number };
  if (res.status !== 200 || body.items?.length !== Math.min(50, clients) || body.total !== clients)
    throw new Error(`${PATH}: ${res.status}, ${body.items?.length} of ${body.total} clients`);
}

async function runOn(name: string, url: string, storage: string, s: Settings): Promise<DbRun> {
  const seeded = await seedBenchDatabase(url, s.clients);
  console.log(`${name}: seeded ${s.clients} clients in ${(seeded.ms / 1000).toFixed(1)} s`);
  const servers: Array<{ v: Variant; server: RunningServer; cookie: string }> = [];
  const busy: number[] = [];
  try {
    for (const v of s.variants) {
      const server = await startServer(
        SERVER,
        [],
        { BENCH_DATABASE_URL: url, ...v.env },
        { timeoutMs: 120_000 },
      );
      const base = `http://127.0.0.1:${server.port}`;
      const cookie = await signIn(base, BENCH_OWNER.email, BENCH_OWNER.password);
      await check(base, cookie, s.clients);
      servers.push({ v, server, cookie });
    }
    const results: DbRun['results'] = { audited: [], unaudited: [], syncEach: [], batched: [] };
    for (let round = 0; round <= s.rounds; round++) {
      console.log(
        round === 0 ? `${name}: warm-up, ${s.warmup} s each` : `${name}: round ${round} of ${s.rounds}`,
      );
      for (const { v, server, cookie } of servers) {
        const b = await waitForQuiet(0.1, QUIET_WAIT_MS);
        const seconds = round === 0 ? s.warmup : s.duration;
        const r = await measure(
          `http://127.0.0.1:${server.port}${PATH}`,
          { cookie },
          { connections: s.connections, warmupSeconds: 0, durationSeconds: seconds },
          server.pid,
        );
        console.log(
          `  ${v.label}: ${Math.round(r.rps)} req/s, p99 ${r.p99.toFixed(2)} ms, server CPU ${cpuPerRead(r).toFixed(3)} ms/read`,
        );
        if (r.non2xx + r.errors + r.timeouts > 0 || r.ok === 0)
          throw new Error(
            `${name}, ${v.label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`,
          );
        if (round > 0) {
          results[v.key].push(r);
          busy.push(b);
        }
      }
    }
    return { name, storage, results, busyBefore: Math.max(...busy) };
  } finally {
    for (const { server } of servers) await server.stop();
  }
}

const int = (v: number) => Math.round(v).toLocaleString('en-US');
/** CPU time of the server's event loop per read, in ms: less disturbed by other work than req/s. */
const cpuPerRead = (r: LoadResult) => (r.serverCores === null ? Number.NaN : (r.serverCores / r.rps) * 1000);
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const med = (rs: LoadResult[], f: (r: LoadResult) => number) => median(rs.map(f));
const HEADER = [
  'Database',
  'audited req/s',
  'p99 (ms)',
  'without its audit req/s',
  'p99 (ms)',
  'cost of the audit (time per read)',
  'server CPU per read: audited (ms)',
  'without its audit (ms)',
  'cost of the audit (CPU per read)',
  'each commit synced req/s',
  'p99 (ms)',
];

function rows(runs: DbRun[]): string[][] {
  return runs.map((r) => {
    const a = med(r.results.audited, (x) => x.rps);
    const u = med(r.results.unaudited, (x) => x.rps);
    return [
      r.name,
      int(a),
      ms(med(r.results.audited, (x) => x.p99)),
      int(u),
      ms(med(r.results.unaudited, (x) => x.p99)),
      `${(u / a).toFixed(2)}×`,
      med(r.results.audited, cpuPerRead).toFixed(3),
      med(r.results.unaudited, cpuPerRead).toFixed(3),
      `${(med(r.results.audited, cpuPerRead) / med(r.results.unaudited, cpuPerRead)).toFixed(2)}×`,
      int(med(r.results.syncEach, (x) => x.rps)),
      ms(med(r.results.syncEach, (x) => x.p99)),
    ];
  });
}

function roundsLine(r: DbRun): string {
  const list = (k: Variant['key']) => r.results[k].map((x) => int(x.rps)).join(', ');
  const batched = r.results.batched.length
    ? `; entries batched after the read ${list('batched')} (CPU per read ${r.results.batched.map((x) => cpuPerRead(x).toFixed(3)).join(', ')} ms, audited ${r.results.audited.map((x) => cpuPerRead(x).toFixed(3)).join(', ')} ms)`
    : '';
  return `${r.name}: audited ${list('audited')}; without its audit ${list('unaudited')}; each commit synced ${list('syncEach')}${batched}`;
}

function section(runs: DbRun[], s: Settings, pgSkipped: string | null): string {
  const m = machine();
  const rev = gitRevision();
  const now = new Date().toISOString();
  return `## Audited reads (\`bench/audited-read\`)

Measured ${now.slice(0, 10)} (${now.slice(11, 16)} UTC) with \`npx tsx bench/audited-read/run.ts\`${rev ? ` at \`${rev}\`` : ''}.

- **Machine:** ${m.nproc} CPUs, ${m.cpuModel}, ${m.memoryGiB} GiB RAM, Node ${m.node}; autocannon ${versionOf('autocannon')}, Fastify ${versionOf('fastify')}. Load generator, servers and database server share the CPUs.
- **Databases:** ${runs.map((r) => `${r.name}: ${r.storage}`).join('; ')}.${pgSkipped ? ` **PostgreSQL was skipped:** ${pgSkipped}.` : ''} ${int(s.clients)} clients in one organization, seeded through the client service.
- **Load:** \`GET ${PATH}\` signed in, ${s.connections} connections. Three server processes over the same database: the product (each list's \`client.list\` audit entry is appended with the entries of the lists that arrive with it, in one transaction per batch, group-committed, and durable before the list is answered); the same server with audit appends skipped (the read alone); the product with every commit synced on its own (before group commit). ${s.warmup} s warm-up of each, then ${s.rounds} rounds of ${s.duration} s each, the three in turn; the table gives the medians. *Cost of the audit* = req/s without the audit ÷ req/s with it (the target is at most 1.2×); the same from the CPU time of the server's event loop per read (from /proc), which other work on the machine disturbs less.
- **Rounds (req/s):** ${runs.map(roundsLine).join('. ')}.
- **Quiet machine?** Share of the CPUs busy at the worst start of a measured run: ${runs.map((r) => `${r.name} ${Math.round(r.busyBefore * 100)} %`).join(', ')}.

${markdownTable([HEADER, ...rows(runs)])}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      clients: { type: 'string' },
      'pg-url': { type: 'string' },
      'no-pg': { type: 'boolean', default: false },
      'no-sqlite': { type: 'boolean', default: false },
      'compare-batched': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const s: Settings = {
    connections: positiveInt('connections', values.connections, 10),
    warmup: positiveInt('warmup', values.warmup, 2),
    duration: positiveInt('duration', values.duration, 5),
    rounds: positiveInt('rounds', values.rounds, 3),
    clients: positiveInt('clients', values.clients, 1000),
    pgUrl: values['pg-url'] ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
    variants: values['compare-batched'] ? [...VARIANTS, BATCHED] : VARIANTS,
  };
  const perDb = s.variants.length * (s.warmup + s.rounds * (s.duration + QUIET_WAIT_MS / 1000 + 1)) + 180;
  const deadline = armDeadline('bench/audited-read', 2 * perDb * 1000);
  const runs: DbRun[] = [];
  let pgSkipped: string | null = null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-bench-audited-'));
  try {
    if (!values['no-sqlite'])
      runs.push(
        await runOn(
          'SQLite',
          `sqlite:${path.join(dir, 'bench.sqlite')}`,
          `a file in WAL mode on ${filesystemOf(dir)}`,
          s,
        ),
      );
    pgSkipped = values['no-pg'] ? 'skipped with --no-pg' : await postgresProblem(s.pgUrl);
    if (pgSkipped) console.warn(`\n*** PostgreSQL SKIPPED: ${pgSkipped}. Only SQLite was measured. ***\n`);
    else {
      const pg = await createPostgres(s.pgUrl);
      try {
        runs.push(await runOn('PostgreSQL', pg.url, await postgresSettings(s.pgUrl), s));
      } finally {
        await pg.drop();
      }
    }
  } finally {
    killAll();
    clearTimeout(deadline);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${textTable([HEADER, ...rows(runs)])}\n`);
  for (const r of runs) console.log(`rounds: ${roundsLine(r)}`);
  if (values['no-write']) return;
  updateSection(DOC, 'audited-read', section(runs, s, pgSkipped));
  console.log(`Updated ${path.relative(process.cwd(), DOC)}.`);
}

main().catch((err: unknown) => {
  console.error(err);
  killAll();
  process.exit(1);
});
