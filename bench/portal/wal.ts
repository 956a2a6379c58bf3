/**
 * bench/portal/wal.ts: SQLite portal submissions at a fixed offered load, two checkouts
 * interleaved in one run — what the event loop is blocked by (COMMIT durations, the loop's delay,
 * stalls), the server's CPU per submission, and the response times.
 *
 *   npx tsx bench/portal/wal.ts --before DIR [--after DIR] [--rounds 3] [--rate 1000]
 *                               [--seconds 5] [--warmup 400] [--cpu-prof DIR]
 *
 * `--before` is another checkout (e.g. `git archive main | tar -x -C DIR`, with node_modules
 * linked in); `--after` defaults to this one. Each round runs both, in alternating order, each on
 * a fresh database seeded as bench/portal does (100 clients, one invitation per submission),
 * served by bench/portal/wal-server.ts with that checkout's src/ (group commit on, as
 * `threshold serve`). 400 submissions over 8 connections warm up; then `rate` submissions a second
 * are offered for `seconds` on a fixed schedule (open loop, each timed from when it was due).
 * Every submission must answer 200 with the expected total.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/dialect.ts';
import { findInstrument } from '../../src/domain/instruments/registry.ts';
import { phq9 } from '../../test/support/portal-fixtures.ts';
import { processCpuSeconds } from '../lib/machine.ts';
import { failed, type Outcome, openLoop, postJson } from './load.ts';
import { createSqlite, seedInvitations, seedWorld } from './seed.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ANSWERS = phq9(0) as Record<string, number>;
const EXPECTED_TOTAL = findInstrument('phq-9')!.score(ANSWERS).total;

interface Report {
  commits: number;
  commitMeanMs: number;
  commitP99Ms: number;
  commitMaxMs: number;
  commitsOver5: number;
  commitsOver5Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  stalls: number;
  stalledMs: number;
  walMaxBytes: number;
  checkpointer: Record<string, number> | null;
}

interface Server {
  child: ChildProcess;
  port: number;
  ask(type: 'reset' | 'report'): Promise<{ report?: Report }>;
  stop(): Promise<void>;
}

function startServer(tree: string, url: string, nodeFlags: string[]): Promise<Server> {
  const child = fork(path.join(here, 'wal-server.ts'), [], {
    env: { ...process.env, BENCH_TREE: tree, BENCH_DATABASE_URL: url },
    execArgv: [...process.execArgv, ...nodeFlags],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (type: 'reset' | 'report') =>
    new Promise<{ report?: Report }>((resolve) => {
      const on = (m: { type?: string; report?: Report }) => {
        if (m?.type !== type) return;
        child.off('message', on);
        resolve(m);
      };
      child.on('message', on);
      child.send({ type });
    });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
    const on = (m: { type?: string; port?: number }) => {
      if (m?.type !== 'listening') return;
      child.off('message', on);
      child.removeAllListeners('exit');
      resolve({ child, port: m.port!, ask, stop });
    };
    child.on('message', on);
  });
}

function submit(agent: http.Agent, port: number, token: string): Promise<Outcome> {
  return postJson(agent, port, `/api/portal/invitations/${token}/submit`, {
    answers: ANSWERS,
    submissionId: randomUUID(),
  }).then((res) => {
    if (res.status !== 200) return `HTTP ${res.status}`;
    const total = (JSON.parse(res.body) as { score: { total: number } }).score.total;
    return total === EXPECTED_TOTAL ? 'ok' : `total ${total}`;
  });
}

async function warmUp(port: number, tokens: string[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  let next = 0;
  const worker = async () => {
    while (next < tokens.length) {
      const outcome = await submit(agent, port, tokens[next++]!);
      if (outcome !== 'ok') throw new Error(`warm-up: ${outcome}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  agent.destroy();
}

interface Run {
  label: string;
  achieved: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
  cpuMs: number;
  mainCpuMs: number;
  load: number;
  report: Report;
}

async function runOnce(
  label: string,
  tree: string,
  rate: number,
  seconds: number,
  warmup: number,
  prof: string[],
) {
  const target = createSqlite();
  const seedDb = openDatabase(target.url, { groupCommit: false });
  let server: Server | undefined;
  try {
    const tokens = await seedInvitations(seedDb, await seedWorld(seedDb, 100), warmup + rate * seconds);
    await seedDb.close();
    server = await startServer(tree, target.url, prof);
    await warmUp(server.port, tokens.slice(0, warmup));
    const measured = tokens.slice(warmup);
    await server.ask('reset');
    const pid = server.child.pid!;
    const cpu0 = processCpuSeconds(pid)!;
    const main0 = processCpuSeconds(pid, true)!;
    const load = os.loadavg()[0]!;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    let next = 0;
    const port = server.port;
    const result = await openLoop(rate, seconds, () => {
      const token = measured[next++];
      return token ? () => submit(agent, port, token) : null;
    });
    await result.settled;
    agent.destroy();
    const { report } = await server.ask('report');
    const ok = result.ok;
    const run: Run = {
      label,
      achieved: result.rate,
      p50: result.p50,
      p99: result.p99,
      max: result.max,
      failed: failed(result),
      cpuMs: ((processCpuSeconds(pid)! - cpu0) * 1000) / ok,
      mainCpuMs: ((processCpuSeconds(pid, true)! - main0) * 1000) / ok,
      load,
      report: report!,
    };
    return run;
  } finally {
    await server?.stop();
    await seedDb.close();
    await target.drop();
  }
}

const f = (n: number | undefined, d = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(d) : '–');

function line(r: Run): string {
  const x = r.report;
  const cp = x.checkpointer
    ? ` | checkpoints: passive ${x.checkpointer.passive}, restarts ${x.checkpointer.restarts}, gate held max ${f(x.checkpointer.gateMaxMs)} ms (drain max ${f(x.checkpointer.drainMaxMs)}), skipped ${x.checkpointer.skipped}`
    : '';
  return (
    `${r.label.padEnd(6)} load ${f(r.load)} | ${f(r.achieved, 0)}/s p50 ${f(r.p50)} p99 ${f(r.p99)} max ${f(r.max)} ms, failed ${r.failed}` +
    ` | CPU/submission ${f(r.cpuMs, 3)} ms (main ${f(r.mainCpuMs, 3)})` +
    ` | COMMIT mean ${f(x.commitMeanMs, 3)} p99 ${f(x.commitP99Ms, 2)} max ${f(x.commitMaxMs)} ms, >5 ms: ${x.commitsOver5} (${f(x.commitsOver5Ms, 0)} ms)` +
    ` | loop delay p99 ${f(x.loopDelayP99Ms)} max ${f(x.loopDelayMaxMs)} ms, stalls ≥10 ms ${x.stalls} (${f(x.stalledMs, 0)} ms)` +
    ` | WAL max ${f(x.walMaxBytes / 1e6)} MB${cp}`
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      before: { type: 'string' },
      after: { type: 'string', default: path.resolve(here, '../..') },
      rounds: { type: 'string', default: '3' },
      rate: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '400' },
      'cpu-prof': { type: 'string' },
    },
  });
  if (!values.before) throw new Error('--before DIR: the checkout to compare with');
  const prof = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
  const trees = { before: path.resolve(values.before), after: path.resolve(values.after!) };
  const runs: Run[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const label of order) {
      const r = await runOnce(
        label,
        trees[label],
        Number(values.rate),
        Number(values.seconds),
        Number(values.warmup),
        prof,
      );
      console.log(line(r));
      runs.push(r);
    }
  }
  for (const label of ['before', 'after'] as const) {
    const rs = runs.filter((r) => r.label === label);
    const m = (g: (r: Run) => number, d = 1) => f(median(rs.map(g)), d);
    console.log(
      `median ${label}: ${m((r) => r.achieved, 0)}/s, p99 ${m((r) => r.p99)} ms, CPU/submission ${m((r) => r.cpuMs, 3)} ms ` +
        `(main ${m((r) => r.mainCpuMs, 3)}), COMMIT mean ${m((r) => r.report.commitMeanMs, 3)} ms, ` +
        `COMMITs >5 ms ${m((r) => r.report.commitsOver5, 0)} (${m((r) => r.report.commitsOver5Ms, 0)} ms), ` +
        `stalls ≥10 ms ${m((r) => r.report.stalls, 0)} (${m((r) => r.report.stalledMs, 0)} ms), ` +
        `loop delay max ${m((r) => r.report.loopDelayMaxMs)} ms, WAL max ${m((r) => r.report.walMaxBytes / 1e6)} MB`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
