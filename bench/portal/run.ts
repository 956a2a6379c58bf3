/**
 * bench/portal: questionnaire submissions per second through the portal API
 * (POST /api/portal/invitations/:token/submit), on SQLite and on PostgreSQL, beside the raw insert
 * rate of the same questionnaire_responses row through Kysely in the same run.
 *
 *   npx tsx bench/portal/run.ts [--connections 8] [--warmup 2] [--duration 10] [--clients 100]
 *                               [--invitations N]  (seed exactly N; default: enough for the measured rate)
 *                               [--pg-url URL]     (default $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/test)
 *                               [--no-pg]          (SQLite only) [--no-write]
 *
 * Per database: a fresh database is seeded (clients enrolled in a program, sent invitations each
 * with its own link token), the API starts in its own process on 127.0.0.1, one submission is
 * checked, then `connections` workers each submit over their own keep-alive connection, one
 * invitation after another: a warm-up (discarded) and the measured run. Afterwards the stored
 * responses, completed invitations and audit entries must equal the 200s. Then, with the server
 * stopped, the same number of workers insert the same row with insertResponse for as long.
 * PostgreSQL that cannot be reached is skipped, and the output says so.
 * Writes the results between the bench:portal markers of docs/PERFORMANCE.md unless --no-write.
 */
import { randomUUID } from 'node:crypto';
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
import { closedLoop, failed, type LoopResult, postJson } from './load.ts';
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
const QUIET_WAIT_MS = 10_000;

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

/** The row the portal stores for a submission (src/server/portal/service.ts), written on its own. */
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
async function quiet(): Promise<number> {
  const busy = await waitForQuiet(0.1, QUIET_WAIT_MS);
  if (busy >= 0.1) console.warn(`warning: ${Math.round(busy * 100)} % of the CPUs are busy with other work`);
  return busy;
}

async function runOn(target: BenchDatabase, s: Settings): Promise<DbRun> {
  const db = openDatabase(target.url);
  let server: RunningServer | undefined;
  const busy: number[] = [];
  try {
    const seedStart = performance.now();
    const seeded = await seedWorld(db, s.clients);
    const tokens = await seedInvitations(db, seeded, s.invitations ?? Math.max(1_000, s.warmup * 1_500));
    console.log(
      `${target.name}: seeded ${s.clients} clients and ${tokens.length.toLocaleString('en-US')} invitations in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    server = await startServer(
      SERVER,
      [],
      { BENCH_DATABASE_URL: target.url },
      { nodeFlags: s.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${s.profileDir}`] : [] },
    );
    const port = server.port;
    const agent = new http.Agent({ keepAlive: true, maxSockets: s.connections });
    let used = 0;
    const submit = () => {
      const token = tokens[used];
      if (token === undefined) return null;
      used++;
      return async () => {
        const res = await postJson(agent, port, `/api/portal/invitations/${token}/submit`, {
          answers: ANSWERS,
          submissionId: randomUUID(),
        });
        return res.status === 200 ? 'ok' : `HTTP ${res.status}`;
      };
    };

    // One submission first, so a wrong answer fails loudly instead of being benchmarked.
    const first = await postJson(agent, port, `/api/portal/invitations/${tokens[used++]}/submit`, {
      answers: ANSWERS,
      submissionId: randomUUID(),
    });
    const total =
      first.status === 200 ? (JSON.parse(first.body) as { score?: { total?: number } }).score?.total : null;
    if (first.status !== 200 || total !== EXPECTED_TOTAL)
      throw new Error(`${target.name}: check submission: HTTP ${first.status} ${first.body}`);

    busy.push(await quiet());
    let warm: LoopResult | null = null;
    if (s.warmup > 0) {
      process.stdout.write(`${target.name}: warm-up ${s.warmup} s … `);
      warm = await closedLoop(s.connections, s.warmup, submit);
      console.log(`${Math.round(warm.rate)} submissions/s`);
    }
    if (s.invitations === undefined) {
      // Enough for three times the warm-up rate (other work on the machine can slow the warm-up
      // down), and at least 1,500 a second, over the measured run.
      const rate = Math.max(3 * (warm?.rate ?? 0), 1_500);
      const need = Math.ceil(rate * s.duration) + 500 - (tokens.length - used);
      if (need > 0) tokens.push(...(await seedInvitations(db, seeded, need, tokens.length)));
    }
    busy.push(await quiet());
    process.stdout.write(`${target.name}: portal submissions, ${s.connections} workers, ${s.duration} s … `);
    const portal = await closedLoop(s.connections, s.duration, submit, server.pid);
    console.log(
      `${Math.round(portal.rate)} submissions/s, p50 ${portal.p50.toFixed(2)} ms, p99 ${portal.p99.toFixed(2)} ms (server loop ${Math.round((portal.serverCores ?? 0) * 100)} %, load generator ${Math.round(portal.loaderCores * 100)} % of a CPU)`,
    );
    if (portal.exhausted)
      console.warn(`warning: ${target.name}: ran out of invitations after ${portal.seconds.toFixed(1)} s`);
    agent.destroy();
    await server.stop();
    server = undefined;

    // Nothing lost, nothing doubled: every 200 stored exactly one response and completed one invitation.
    const ok200 = 1 + (warm?.ok ?? 0) + portal.ok;
    const stored = {
      expected: ok200,
      responses: await count(db, 'responses'),
      completed: await count(db, 'completed'),
      linked: await count(db, 'linked'),
      audits: await count(db, 'audits'),
    };

    busy.push(await quiet());
    let i = 0;
    const insert = () => () => rawInsert(db, seeded, i++).then(() => 'ok');
    if (s.warmup > 0) await closedLoop(s.connections, s.warmup, insert);
    const before = await count(db, 'responses');
    process.stdout.write(`${target.name}: raw inserts, ${s.connections} workers, ${s.duration} s … `);
    const raw = await closedLoop(s.connections, s.duration, insert);
    console.log(`${Math.round(raw.rate)} rows/s, p50 ${raw.p50.toFixed(2)} ms, p99 ${raw.p99.toFixed(2)} ms`);
    const rawStored = (await count(db, 'responses')) - before;

    return {
      name: target.name,
      storage:
        target.dir !== null
          ? `a file (WAL, \`synchronous = FULL\`, as \`openDatabase\` sets it) on ${filesystemOf(target.dir)} in the OS temp directory`
          : await postgresSettings(s.pgUrl),
      portal,
      warmupFailed: warm ? failed(warm) : 0,
      stored,
      raw,
      rawStored,
      invitations: tokens.length,
      busyBefore: Math.max(...busy),
    };
  } finally {
    await server?.stop();
    await db.close();
    await target.drop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string' },
      warmup: { type: 'string' },
      duration: { type: 'string' },
      clients: { type: 'string' },
      invitations: { type: 'string' },
      'pg-url': { type: 'string' },
      'no-pg': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
    },
    strict: true,
  });
  const s: Settings = {
    connections: positiveInt('connections', values.connections, 8),
    warmup: positiveInt('warmup', values.warmup, 2, 0),
    duration: positiveInt('duration', values.duration, 10),
    clients: positiveInt('clients', values.clients, 100),
    invitations:
      values.invitations === undefined ? undefined : positiveInt('invitations', values.invitations, 2),
    pgUrl: values['pg-url'] ?? process.env.BENCH_PG_URL ?? DEFAULT_PG_URL,
    profileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
  };

  // Hard stop: the load runs are bounded by their durations; this also bounds seeding and start-up.
  const budgetMs = (2 * ((3 * QUIET_WAIT_MS) / 1000 + 2 * (s.warmup + s.duration)) + 180) * 1000;
  const deadline = armDeadline('bench/portal', budgetMs);

  const runs: DbRun[] = [];
  let pgSkipped: string | null = null;
  try {
    runs.push(await runOn(createSqlite(), s));
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

  printResults(runs);
  const bad = runs.filter((r) => failed(r.portal) + r.warmupFailed > 0 || !verified(r) || r.portal.ok === 0);
  if (bad.length) {
    console.error(`Not a valid run: ${bad.map((r) => r.name).join(', ')} (see above).`);
    process.exitCode = 1;
    return;
  }
  if (values['no-write']) return;
  updateSection(DOC, 'portal', section(runs, s, pgSkipped));
  console.log(`Updated ${path.relative(process.cwd(), DOC)}.`);
}

main().catch((err: unknown) => {
  console.error(err);
  killAll();
  process.exit(1);
});
