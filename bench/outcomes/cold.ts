/**
 * bench/outcomes/cold: the first dashboard view after a start, on the compiled server as
 * `npm start` runs it (dist/cli/main.js serve, the server's heap flags), over a database
 * bench/outcomes/run.ts seeded (`--seed-only` is enough). Each of `starts` fresh servers: start,
 * sign the bench clinician in, request the largest program's outcomes once (the cold view, with
 * its stored columns: a first server stores them when there are none), then twice more (warm).
 * Wall time beside the server's CPU time over each request (its event loop's thread, and all its
 * threads: GC and compiler threads included), from /proc, which a busy machine disturbs less.
 *
 *   npm run build && npx tsx bench/outcomes/cold.ts [--clients 10000] [--seed 1] [--starts 3]
 *                                                  [--pg-url URL] [--dist DIR] [--cpu-prof DIR]
 *
 * `--cpu-prof DIR`: each server writes a V8 CPU profile of its whole life into DIR (read it with
 * bench/portal/profile.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/dialect.ts';
import { SERVER_NODE_FLAGS } from '../../src/server/node-flags.ts';
import { syntheticOrganizationId } from '../../src/server/synthetic/seed.ts';
import { processCpuSeconds } from '../lib/machine.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const USER = { email: 'bench.clinician@threshold.invalid', password: 'bench outcomes password 1' };
const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    starts: { type: 'string', default: '3' },
    'pg-url': { type: 'string' },
    /** Another build to compare with (a copy of dist/ from before a change, beside it). */
    dist: { type: 'string', default: 'dist' },
    'cpu-prof': { type: 'string' },
  },
});
const CLIENTS = Number(args.clients);
const SEED = Number(args.seed);
const url = args['pg-url']
  ? (() => {
      const u = new URL(args['pg-url']);
      u.pathname = `/threshold_bench_outcomes_${CLIENTS}_${SEED}`;
      return u.toString();
    })()
  : `sqlite:${path.join(ROOT, `.tmp/bench-outcomes/synthetic-${CLIENTS}-${SEED}.sqlite`)}`;

async function program(): Promise<{ programId: string; enrollments: number; stored: boolean }> {
  const db = openDatabase(url);
  try {
    const orgId = syntheticOrganizationId('bench-synthetic', SEED);
    const biggest = await db.kysely
      .selectFrom('outcome_enrollments')
      .select(['program_id'])
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('organization_id', '=', orgId)
      .groupBy('program_id')
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    const stored = await db.kysely
      .selectFrom('outcome_snapshots')
      .select('revision')
      .where('program_id', '=', biggest.program_id)
      .executeTakeFirst();
    return { programId: biggest.program_id, enrollments: Number(biggest.n), stored: !!stored };
  } finally {
    await db.close();
  }
}

function serve(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args['cpu-prof'])}`] : []),
      path.join(args.dist, 'cli/main.js'),
      'serve',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, PORT: '0', SCHEDULER_SECONDS: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the server did not listen within 300 s')), 300_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1]! });
      }
    });
  });
}

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))!
    .split(';')[0]!;

async function signIn(base: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const csrf = cookieOf(csrfRes, 'threshold_csrf');
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrf },
    body: JSON.stringify(USER),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return `${csrf}; ${cookieOf(res, 'threshold_session')}`;
}

interface Timed {
  wall: number;
  loop: number;
  all: number;
}

async function view(base: string, cookie: string, pid: number, programId: string): Promise<Timed> {
  const loop0 = processCpuSeconds(pid, true)!;
  const all0 = processCpuSeconds(pid)!;
  const t0 = performance.now();
  const res = await fetch(`${base}/api/programs/${programId}/outcomes`, { headers: { cookie } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`outcomes: ${res.status}`);
  return {
    wall: performance.now() - t0,
    loop: (processCpuSeconds(pid, true)! - loop0) * 1000,
    all: (processCpuSeconds(pid)! - all0) * 1000,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (t: Timed) => `${t.wall.toFixed(0)} ms (CPU ${t.loop.toFixed(0)} / ${t.all.toFixed(0)})`;

const p = await program();
const db = url.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL';
console.log(
  `${db}, ${CLIENTS} clients, program of ${p.enrollments} enrollments; load ${os.loadavg()[0]!.toFixed(1)}`,
);
const colds: Timed[] = [];
const warms: Timed[] = [];
for (let i = 0; i < Number(args.starts) + (p.stored ? 0 : 1); i++) {
  const { child, base } = await serve();
  try {
    const cookie = await signIn(base);
    const cold = await view(base, cookie, child.pid!, p.programId);
    const warm = [
      await view(base, cookie, child.pid!, p.programId),
      await view(base, cookie, child.pid!, p.programId),
    ];
    const first = !p.stored && i === 0;
    console.log(`  ${first ? 'no stored columns' : 'cold'} ${fmt(cold)}; then ${warm.map(fmt).join(', ')}`);
    if (!first) {
      colds.push(cold);
      warms.push(warm[1]!);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
const med = (xs: Timed[]): Timed => ({
  wall: median(xs.map((x) => x.wall)),
  loop: median(xs.map((x) => x.loop)),
  all: median(xs.map((x) => x.all)),
});
console.log(
  `median of ${colds.length}: cold ${fmt(med(colds))}; third view ${fmt(med(warms))}; load ${os.loadavg()[0]!.toFixed(1)}`,
);
