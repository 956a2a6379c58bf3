/**
 * bench/portal/cpu.ts: the server's CPU time per portal submission — a figure a busy machine
 * disturbs far less than a rate (other work delays a request; it hardly changes the CPU the
 * server spends on it).
 *
 *   npx tsx bench/portal/cpu.ts [--db sqlite|postgres] [--submissions 3000] [--connections 8]
 *                               [--warmup 500] [--pg-url URL] [--cpu-prof DIR]
 *                               [--dist DIR]   (another build's dist/, to compare)
 *
 * Seeds a fresh database as bench/portal does, starts the compiled server (`node dist/cli/main.js
 * serve`, as `npm start` runs it: run `npm run build` first) with LOG_LEVEL=warn, the scheduler
 * off and the portal's rate limit raised, submits `warmup` invitations (not measured), then
 * `submissions` more over `connections` keep-alive connections, and reports the server process's
 * CPU time (user + system, all threads, from /proc) per submission, and the machine's load.
 * Every submission must answer 200 with the expected total.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/dialect.ts';
import { findInstrument } from '../../src/domain/instruments/registry.ts';
import { phq9 } from '../../test/support/portal-fixtures.ts';
import { processCpuSeconds } from '../lib/machine.ts';
import { postJson } from './load.ts';
import { type BenchDatabase, createPostgres, createSqlite, seedInvitations, seedWorld } from './seed.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ANSWERS = phq9(0) as Record<string, number>;
const EXPECTED_TOTAL = findInstrument('phq-9')!.score(ANSWERS).total;

function startCompiled(
  url: string,
  cwd: string,
  dist: string,
  profileDir?: string,
): Promise<{ child: ChildProcess; port: number }> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, path.join(dist, 'cli/main.js'), 'serve'], {
    cwd,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SCHEDULER_SECONDS: '0',
      PORTAL_PER_MINUTE: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at http:\/\/[^:]+:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

async function submitAll(port: number, tokens: string[], connections: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let next = 0;
  const worker = async () => {
    while (next < tokens.length) {
      const token = tokens[next++]!;
      const res = await postJson(agent, port, `/api/portal/invitations/${token}/submit`, {
        answers: ANSWERS,
        submissionId: randomUUID(),
      });
      const total =
        res.status === 200 ? (JSON.parse(res.body) as { score: { total: number } }).score.total : null;
      if (total !== EXPECTED_TOTAL) throw new Error(`HTTP ${res.status}: ${res.body.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      submissions: { type: 'string', default: '3000' },
      warmup: { type: 'string', default: '500' },
      connections: { type: 'string', default: '8' },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
      'cpu-prof': { type: 'string' },
      dist: { type: 'string', default: path.join(root, 'dist') },
    },
  });
  const n = Number(values.submissions);
  const warmup = Number(values.warmup);
  const connections = Number(values.connections);
  const target: BenchDatabase =
    values.db === 'postgres' ? await createPostgres(values['pg-url']!) : createSqlite();
  const db = openDatabase(target.url, { groupCommit: false });
  // The server's working directory (its generated development key goes there).
  const workDir = target.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-bench-cpu-'));
  let server: ChildProcess | undefined;
  try {
    const seeded = await seedWorld(db, 100);
    const tokens = await seedInvitations(db, seeded, warmup + n);
    const started = await startCompiled(
      target.url,
      workDir,
      path.resolve(values.dist!),
      values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    );
    server = started.child;
    await submitAll(started.port, tokens.slice(0, warmup), connections);
    const pid = server.pid!;
    const cpu0 = processCpuSeconds(pid)!;
    const main0 = processCpuSeconds(pid, true)!;
    const load0 = os.loadavg()[0]!;
    const t0 = performance.now();
    await submitAll(started.port, tokens.slice(warmup), connections);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = processCpuSeconds(pid)! - cpu0;
    const mainCpu = processCpuSeconds(pid, true)! - main0;
    console.log(
      `${target.name}: ${n} submissions in ${seconds.toFixed(2)} s (${Math.round(n / seconds)}/s); server CPU ` +
        `${((cpu * 1000) / n).toFixed(3)} ms per submission (main thread ${((mainCpu * 1000) / n).toFixed(3)} ms); ` +
        `load average ${load0.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs`,
    );
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    await db.close();
    await target.drop();
    if (!target.dir) fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
