/**
 * bench/portal: questionnaire submissions per second through the portal API
 * (POST /api/portal/invitations/:token/submit), on SQLite and on PostgreSQL, beside the raw durable
 * insert rate of the same questionnaire_responses row, measured in one run, interleaved.
 *
 *   npx tsx bench/portal/run.ts [--connections 8] [--warmup 2] [--duration 5] [--rounds 3]
 *                               [--rate 1000]      (open-loop submissions/s offered)
 *                               [--clients 100] [--no-before]
 *                               [--pg-url URL]     (default $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/test)
 *                               [--no-pg]          (SQLite only) [--no-sqlite] (PostgreSQL only)
 *                               [--no-write] [--cpu-prof DIR]
 *                               [--pg-stats]       (PostgreSQL's per-table updates, HOT updates and
 *                                                   dead row versions after seeding and after the run)
 *                               [--no-analyze]     (PostgreSQL: no ANALYZE after seeding and after the
 *                                                   warm-up, which stands in for autovacuum)
 *
 * Per database: a fresh database is seeded (clients enrolled in a program, sent invitations each
 * with its own link token) and two API servers start in their own processes on 127.0.0.1: the
 * product (group commit) and, for comparison, the same code with every commit synced on its own
 * (the behaviour before group commit; --no-before leaves it out). Then `rounds` rounds, each
 * measuring in turn: submissions to the product, submissions to the sync-each server, and raw
 * inserts (`connections` workers each, closed loop, `duration` seconds), so that whatever else the
 * machine does disturbs all three alike; the medians are reported. Then `rounds` open-loop runs
 * offer `rate` submissions a second to the product. Afterwards the stored responses, completed
 * invitations and audit entries must equal the 200s.
 * PostgreSQL that cannot be reached is skipped, and the output says so.
 * Writes the results between the bench:portal markers of docs/PERFORMANCE.md unless --no-write.
 */
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { findInstrument } from '../../src/domain/instruments/registry.ts';
import { insertResponse } from '../../src/server/responses/repository.ts';
import { phq9 } from '../../test/support/portal-fixtures.ts';
import { armDeadline, killAll, type RunningServer, startServer } from '../lib/child.ts';
import { updateSection } from '../lib/doc.ts';
import { filesystemOf, waitForQuiet } from '../lib/machine.ts';
import { closedLoop, failed, type LoopResult, type Outcome, openLoop, postJson } from './load.ts';
import { analyze, indexStats, printIndexStats, printStats, tableStats } from './pg-stats.ts';
import { type DbRun, printResults, type Settings, section, verified } from './report.ts';
import {
  type BenchDatabase,
  createPostgres,
  createSqlite,
  postgresProblem,
  postgresSettings,
  type Seeded,
  seedInvitations,
  seedWorld,
} from './seed.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOC = path.resolve(here, '../../docs/PERFORMANCE.md');
const SERVER = path.join(here, 'server.ts');
const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
/** Wait at most this long, before each measured phase, for less than 10 % of the CPUs to be busy. */
const QUIET_WAIT_MS = 3_000;

const instrument = findInstrument('phq-9')!;
/** What every submission answers: items 1–8 "several days", item 9 "not at all" (total 8, mild). */
const ANSWERS = phq9(0) as Record<string, number>;
const EXPECTED_TOTAL = instrument.score(ANSWERS).total;

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

type Counted = 'responses' | 'completed' | 'linked' | 'audits';

async function count(db: Db, what: Counted): Promise<number> {
  const k = db.kysely;
  const queries: Record<Counted, () => Promise<{ n: number | string | bigint }>> = {
    responses: () =>
      k
        .selectFrom('questionnaire_responses')
        .where('source', '=', 'portal')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    completed: () =>
      k
        .selectFrom('invitations')
        .where('status', '=', 'completed')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    linked: () =>
      k
        .selectFrom('invitations as i')
        .innerJoin('questionnaire_responses as r', 'r.id', 'i.response_id')
        .where('i.status', '=', 'completed')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    audits: () =>
      k
        .selectFrom('audit_events')
        .where('action', '=', 'response.create')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
  };
  return Number((await queries[what]()).n);
}

/** The row the portal stores for a submission (src/server/responses/record.ts), written on its own. */
function rawInsert(db: Db, s: Seeded, i: number): Promise<void> {
  const now = new Date().toISOString();
  return insertResponse(db.kysely, s.organizationId, {
    id: randomUUID(),
    clientId: s.clientIds[i % s.clientIds.length]!,
    language: 'en',
    answers: Object.fromEntries(instrument.items.map((it) => [it.linkId, ANSWERS[it.linkId] ?? null])),
    score: instrument.score(ANSWERS),
    administeredAt: now,
    source: 'portal',
    enteredByUserId: null,
    now,
  });
}

/** Waits (bounded) for the CPUs to be idle; returns the share that was still busy. */
async function quiet(busy: number[]): Promise<void> {
  const b = await waitForQuiet(0.1, QUIET_WAIT_MS);
  if (b >= 0.1) console.warn(`  (${Math.round(b * 100)} % of the CPUs busy with other work at the start)`);
  busy.push(b);
}

/** Hands out the seeded invitations' tokens, each once, as submissions to one server. */
class Submissions {
  used = 0;
  readonly agents = new Set<http.Agent>();
  constructor(readonly tokens: string[]) {}

  agent(sockets: number): http.Agent {
    const a = new http.Agent({ keepAlive: true, maxSockets: sockets });
    this.agents.add(a);
    return a;
  }

  to(server: RunningServer, agent: http.Agent, signal?: AbortSignal): () => (() => Promise<Outcome>) | null {
    return () => {
      const token = this.tokens[this.used];
      if (token === undefined) return null;
      this.used++;
      return async () => {
        const res = await postJson(
          agent,
          server.port,
          `/api/portal/invitations/${token}/submit`,
          {
            answers: ANSWERS,
            submissionId: randomUUID(),
          },
          signal,
        );
        if (res.status !== 200) return `HTTP ${res.status}`;
        const total = (JSON.parse(res.body) as { score?: { total?: number } }).score?.total;
        return total === EXPECTED_TOTAL ? 'ok' : `wrong total ${total}`;
      };
    };
  }

  close(): void {
    for (const a of this.agents) a.destroy();
  }
}

function describe(r: LoopResult, unit: string): string {
  return `${Math.round(r.rate)} ${unit}/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms${failed(r) ? `, ${failed(r)} failed` : ''}; CPUs busy: server loop ${r.serverCores?.toFixed(2) ?? '–'}, load generator ${r.loaderCores.toFixed(2)}, machine ${r.machineCores.toFixed(2)}`;
}

async function phase(label: string, busy: number[], run: () => Promise<LoopResult>): Promise<LoopResult> {
  await quiet(busy);
  process.stdout.write(`  ${label} … `);
  const r = await run();
  console.log(describe(r, label.startsWith('raw') ? 'rows' : 'submissions'));
  return r;
}

/**
 * After an open-loop run the server may still be working off a backlog (requests the load
 * generator gave up on are still processed): the next run must not start until it is done, or it
 * measures the previous run's queue. The run's requests still owed were aborted (counted as
 * unanswered); this waits for them to settle, then until a health check (one database round trip,
 * queued behind any backlog) answers within 100 ms twice in a row. Bounded: a server that does not
 * drain is reported.
 */
async function drain(run: LoopResult, server: RunningServer, agent: http.Agent): Promise<void> {
  const started = performance.now();
  const limit = started + DRAIN_MS;
  const settled = await Promise.race([
    run.settled?.then(() => true) ?? true,
    new Promise<false>((resolve) => setTimeout(() => resolve(false), DRAIN_MS)),
  ]);
  agent.destroy();
  let quick = 0;
  while (settled && quick < 2 && performance.now() < limit) {
    const t = performance.now();
    const ok = await healthy(server.port);
    quick = ok && performance.now() - t < 100 ? quick + 1 : 0;
    if (quick < 2) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    quick >= 2
      ? `    (server drained ${seconds} s after the run)`
      : `    (server NOT drained after ${seconds} s; the next run may measure its backlog)`,
  );
}

const DRAIN_MS = 120_000;

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/health', timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

async function startServers(target: BenchDatabase, s: Settings) {
  const nodeFlags = s.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${s.profileDir}`] : [];
  // A busy machine can take long to start a server (TypeScript is transpiled at start).
  const timeoutMs = 120_000;
  const product = await startServer(SERVER, [], { BENCH_DATABASE_URL: target.url }, { nodeFlags, timeoutMs });
  const before = s.before
    ? await startServer(
        SERVER,
        [],
        { BENCH_DATABASE_URL: target.url, BENCH_GROUP_COMMIT: '0' },
        { timeoutMs },
      )
    : null;
  return { product, before };
}

async function runOn(target: BenchDatabase, s: Settings): Promise<DbRun> {
  // Seeding, the raw inserts and the counts: every commit durable on its own (the raw baseline).
  const db = openDatabase(target.url, { groupCommit: false });
  const servers: RunningServer[] = [];
  const busy: number[] = [];
  let submissions: Submissions | undefined;
  try {
    const seedStart = performance.now();
    const seeded = await seedWorld(db, s.clients);
    submissions = new Submissions(await seedInvitations(db, seeded, 3_000));
    const pgStats = s.pgStats && db.dialect === 'postgres';
    // Statistics, as a real server's autovacuum would gather them (this machine's runs with
    // autovacuum off): after seeding, and again below once the warm-up has stored responses.
    const analyzing = s.analyze && db.dialect === 'postgres';
    if (analyzing) await analyze(db);
    if (pgStats) printStats('after seeding', await tableStats(db));
    const { product, before } = await startServers(target, s);
    servers.push(product, ...(before ? [before] : []));
    const closed = (server: RunningServer) => submissions!.to(server, submissions!.agent(s.connections));
    const toProduct = closed(product);
    const toBefore = before ? closed(before) : null;
    let i = 0;
    const insert = () => () => rawInsert(db, seeded, i++).then(() => 'ok');

    // One submission to each server first, so a wrong answer fails loudly instead of being benchmarked.
    let checks = 0;
    for (const next of [toProduct, toBefore]) {
      if (!next) continue;
      const outcome = await next()!();
      if (outcome !== 'ok') throw new Error(`${target.name}: check submission: ${outcome}`);
      checks++;
    }

    console.log(`${target.name}: warm-up, ${s.warmup} s each`);
    const warm = [
      await phase('portal', busy, () => closedLoop(s.connections, s.warmup, toProduct)),
      ...(toBefore
        ? [await phase('portal, sync each', busy, () => closedLoop(s.connections, s.warmup, toBefore))]
        : []),
    ];
    const rawWarm = await closedLoop(s.connections, s.warmup, insert);
    // Enough invitations for three times the warm-up rates (other work can slow the warm-up down)
    // over every measured run, plus the open-loop runs.
    const perSecond = warm.reduce((sum, r) => sum + Math.max(3 * r.rate, 1_000), 0);
    const need =
      Math.ceil(perSecond * s.duration * s.rounds + s.rate * s.duration * s.rounds * 1.05) -
      (submissions.tokens.length - submissions.used);
    if (need > 0)
      submissions.tokens.push(...(await seedInvitations(db, seeded, need, submissions.tokens.length)));
    if (analyzing) await analyze(db);
    console.log(
      `${target.name}: ${submissions.tokens.length.toLocaleString('en-US')} invitations seeded (${((performance.now() - seedStart) / 1000).toFixed(1)} s with the warm-up)`,
    );

    const run: DbRun['rounds'] = { portal: [], before: [], raw: [], open: [] };
    for (let round = 1; round <= s.rounds; round++) {
      console.log(`${target.name}: round ${round} of ${s.rounds}, ${s.duration} s each`);
      run.portal.push(
        await phase('portal', busy, () => closedLoop(s.connections, s.duration, toProduct, product.pid)),
      );
      if (toBefore && before)
        run.before.push(
          await phase('portal, sync each', busy, () =>
            closedLoop(s.connections, s.duration, toBefore, before.pid),
          ),
        );
      run.raw.push(await phase('raw inserts', busy, () => closedLoop(s.connections, s.duration, insert)));
    }
    for (let round = 1; round <= s.rounds; round++) {
      // A fresh agent per run: requests a run could not even send must not be sent by the next.
      const openAgent = submissions.agent(256);
      const abort = new AbortController();
      setMaxListeners(0, abort.signal); // one listener per request in flight
      const open = await phase(`open loop, ${s.rate}/s offered (${round} of ${s.rounds})`, busy, () =>
        openLoop(s.rate, s.duration, submissions!.to(product, openAgent, abort.signal), product.pid),
      );
      run.open.push(open);
      abort.abort();
      await drain(open, product, openAgent);
    }
    submissions.close();
    for (const server of servers.splice(0)) await server.stop();
    if (pgStats) {
      printStats('after the run', await tableStats(db));
      printIndexStats('after the run', await indexStats(db));
    }

    // Nothing lost, nothing doubled: every 200 stored exactly one response and completed one
    // invitation, and every raw insert one row (the raw rows are the same portal rows).
    const expected = checks + sumOk(warm) + sumOk(run.portal) + sumOk(run.before) + sumOk(run.open);
    const rawInserted = rawWarm.ok + sumOk(run.raw);
    const stored = {
      expected,
      responses: (await count(db, 'responses')) - rawInserted,
      completed: await count(db, 'completed'),
      linked: await count(db, 'linked'),
      audits: await count(db, 'audits'),
    };
    return {
      name: target.name,
      storage:
        target.dir !== null
          ? `a file in WAL mode on ${filesystemOf(target.dir)} in the OS temp directory`
          : await postgresSettings(s.pgUrl),
      rounds: run,
      warmupFailed: warm.reduce((n, r) => n + failed(r), 0),
      stored,
      rawInserted,
      invitations: submissions.tokens.length,
      busyBefore: Math.max(...busy),
    };
  } finally {
    submissions?.close();
    for (const server of servers) await server.stop();
    await db.close();
    await target.drop();
  }
}

const sumOk = (rs: LoopResult[]) => rs.reduce((n, r) => n + r.ok, 0);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      rate: { type: 'string' },
      clients: { type: 'string' },
      'no-before': { type: 'boolean', default: false },
      'pg-url': { type: 'string' },
      'no-pg': { type: 'boolean', default: false },
      'no-sqlite': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'pg-stats': { type: 'boolean', default: false },
      'no-analyze': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const s: Settings = {
    connections: positiveInt('connections', values.connections, 8),
    warmup: positiveInt('warmup', values.warmup, 2),
    duration: positiveInt('duration', values.duration, 5),
    rounds: positiveInt('rounds', values.rounds, 3),
    rate: positiveInt('rate', values.rate, 1_000),
    clients: positiveInt('clients', values.clients, 100),
    before: !values['no-before'],
    pgUrl: values['pg-url'] ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
    profileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    pgStats: values['pg-stats'],
    analyze: !values['no-analyze'],
  };

  // Hard stop: the load runs are bounded by their durations; this also bounds seeding and start-up.
  const phases = 3 + s.rounds * 4;
  const budgetMs = 2 * (phases * (QUIET_WAIT_MS / 1000 + s.duration + 15) + 240) * 1000;
  const deadline = armDeadline('bench/portal', budgetMs);

  const runs: DbRun[] = [];
  let pgSkipped: string | null = null;
  try {
    if (!values['no-sqlite']) runs.push(await runOn(createSqlite(), s));
    const problem = values['no-pg'] ? 'skipped with --no-pg' : await postgresProblem(s.pgUrl);
    if (problem) {
      pgSkipped = problem;
      const where = new URL(s.pgUrl);
      console.warn(
        `\n*** PostgreSQL SKIPPED (${where.host}${where.pathname}): ${problem}. Only SQLite was measured. ***\n`,
      );
    } else {
      runs.push(await runOn(await createPostgres(s.pgUrl), s));
    }
  } finally {
    killAll();
    clearTimeout(deadline);
  }

  printResults(runs, s);
  // Open-loop timeouts are results (the server could not keep up), not an invalid run.
  const all = (r: DbRun) => [...r.rounds.portal, ...r.rounds.before];
  const bad = runs.filter(
    (r) =>
      all(r).some((l) => failed(l) > 0) || r.warmupFailed > 0 || !verified(r) || r.rounds.portal[0]?.ok === 0,
  );
  if (bad.length) {
    console.error(`Not a valid run: ${bad.map((r) => r.name).join(', ')} (see above).`);
    process.exitCode = 1;
    return;
  }
  if (values['no-write'] || s.profileDir) return;
  updateSection(DOC, 'portal', section(runs, s, pgSkipped));
  console.log(`Updated ${path.relative(process.cwd(), DOC)}.`);
}

main().catch((err: unknown) => {
  console.error(err);
  killAll();
  process.exit(1);
});
