/**
 * bench/startup: how long Threshold takes to start, against plain Node and a bare Fastify app.
 *
 *   npx tsx bench/startup/run.ts [--runs 10] [--no-tsx] [--no-write]
 *
 * Builds what is out of date first (scripts/build.mjs --if-needed), migrates a fresh SQLite
 * database once, then times, in interleaved rounds so that a busy spell hurts every target alike:
 *   - the command line: `node -e 0`, `threshold --version` (bin/threshold.js, which in a development
 *     checkout also checks that dist/ is current), `node dist/cli/main.js --version` (an install
 *     without src/), and, unless --no-tsx, the sources through tsx as every command ran before the
 *     compiled build;
 *   - the server, from spawn until GET /api/health first answers 200: a bare Fastify app with that
 *     one route, `threshold serve` as `npm start` runs it (compiled, the server's heap flags) on the
 *     migrated database (a restart, the common case), and, unless --no-tsx, the same through tsx.
 * Reports medians (and minimums) and writes them between the bench:startup markers of
 * docs/PERFORMANCE.md unless --no-write. The goals (issue 18): `threshold --version` within 5× of
 * `node -e 0`, and the server healthy within 4× of the bare Fastify app.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SERVER_NODE_FLAGS } from '../../src/server/node-flags.ts';
import { armDeadline } from '../lib/child.ts';
import { markdownTable, textTable, updateSection } from '../lib/doc.ts';
import { filesystemOf, machine, waitForQuiet } from '../lib/machine.ts';
import { gitRevision, repoRoot, versionOf } from '../lib/repo.ts';
import { type Command, median, timeCommand, timeServerStart } from './measure.ts';

const DOC = path.join(repoRoot, 'docs/PERFORMANCE.md');
const BIN = path.join(repoRoot, 'bin/threshold.js');
const MAIN = path.join(repoRoot, 'dist/cli/main.js');
const SOURCE_MAIN = path.join(repoRoot, 'src/cli/main.ts');
const BARE = path.join(repoRoot, 'bench/startup/bare-server.mjs');
/** Before each round: wait at most this long for less than a quarter of the CPUs to be busy. */
const QUIET_WAIT_MS = 10_000;
const BUSY_WARNING = 0.25;
const CLI_GOAL = 5;
const SERVER_GOAL = 4;

interface Target {
  name: string;
  kind: 'cli' | 'server';
  /** The yardstick the others are compared with. */
  baseline?: boolean;
  /** Measured for comparison only (the way things ran before the compiled build). */
  tsx?: boolean;
  cmd: Command;
}

interface Result {
  target: Target;
  ms: number[];
  cpu: number[];
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'no-tsx': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);

function targets(databaseUrl: string): Target[] {
  const serverEnv = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    // The scheduler's first run is due a second after start: off, so it cannot overlap a measurement.
    SCHEDULER_SECONDS: '0',
  };
  const tsx = ['--import', 'tsx', SOURCE_MAIN];
  const all: Target[] = [
    { name: '`node -e 0`', kind: 'cli', baseline: true, cmd: { args: ['-e', '0'] } },
    { name: '`threshold --version` (bin/threshold.js)', kind: 'cli', cmd: { args: [BIN, '--version'] } },
    { name: '`node dist/cli/main.js --version`', kind: 'cli', cmd: { args: [MAIN, '--version'] } },
    {
      name: '`--version` through tsx (before the build)',
      kind: 'cli',
      tsx: true,
      cmd: { args: [...tsx, '--version'] },
    },
    { name: 'bare Fastify app', kind: 'server', baseline: true, cmd: { args: [BARE], env: serverEnv } },
    {
      name: '`threshold serve`, compiled (as `npm start`)',
      kind: 'server',
      cmd: { args: [...SERVER_NODE_FLAGS, MAIN, 'serve'], env: serverEnv },
    },
    {
      name: '`threshold serve` through tsx (before the build)',
      kind: 'server',
      tsx: true,
      cmd: { args: [...SERVER_NODE_FLAGS, ...tsx, 'serve'], env: serverEnv },
    },
  ];
  return values['no-tsx'] ? all.filter((t) => !t.tsx) : all;
}

const ms = (x: number) => Math.round(x).toLocaleString('en');

async function main(): Promise<void> {
  const deadline = armDeadline('bench/startup', 20 * 60 * 1000);
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--if-needed'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-startup-'));
  try {
    const databaseUrl = `sqlite:${path.join(dir, 'startup.sqlite')}`;
    timeCommand({ args: [MAIN, 'migrate'], env: { DATABASE_URL: databaseUrl } }, repoRoot);
    const list = targets(databaseUrl);
    const results: Result[] = list.map((target) => ({ target, ms: [], cpu: [] }));
    let busiest = 0;
    for (let round = 1; round <= runs; round++) {
      const busy = await waitForQuiet(BUSY_WARNING, QUIET_WAIT_MS);
      busiest = Math.max(busiest, busy);
      if (busy >= BUSY_WARNING)
        console.warn(`round ${round}: ${Math.round(busy * 100)} % of the CPUs are busy with other work`);
      for (const r of results) {
        if (r.target.kind === 'cli') r.ms.push(timeCommand(r.target.cmd, repoRoot));
        else {
          const s = await timeServerStart(r.target.cmd, repoRoot);
          r.ms.push(s.healthyMs);
          if (s.cpuSeconds !== null) r.cpu.push(s.cpuSeconds);
        }
      }
      console.log(`round ${round}/${runs} done`);
    }

    const baseline = (kind: Target['kind']) =>
      median(results.find((r) => r.target.kind === kind && r.target.baseline)!.ms);
    const header = ['Start', 'median (ms)', 'min (ms)', '× baseline (median)', 'CPU to healthy (s)'];
    const rows = results.map((r) => [
      r.target.name,
      ms(median(r.ms)),
      ms(Math.min(...r.ms)),
      r.target.baseline ? '1.0× (baseline)' : `${(median(r.ms) / baseline(r.target.kind)).toFixed(1)}×`,
      r.cpu.length ? median(r.cpu).toFixed(2) : '',
    ]);
    console.log(`\n${textTable([header, ...rows])}\n`);
    const ratio = (name: string) => {
      const r = results.find((x) => x.target.name === name)!;
      return median(r.ms) / baseline(r.target.kind);
    };
    const cliRatio = ratio(list[1]!.name);
    const serverRatio = ratio(list.find((t) => t.kind === 'server' && !t.baseline && !t.tsx)!.name);
    const verdict = `\`threshold --version\`: ${cliRatio.toFixed(1)}× \`node -e 0\` (goal ≤ ${CLI_GOAL}×, ${cliRatio <= CLI_GOAL ? 'met' : '**not met**'}); server start to healthy: ${serverRatio.toFixed(1)}× the bare Fastify app (goal ≤ ${SERVER_GOAL}×, ${serverRatio <= SERVER_GOAL ? 'met' : '**not met**'}).`;
    console.log(verdict.replaceAll('`', '').replaceAll('**', ''));
    if (values['no-write']) return;

    const m = machine();
    const rev = gitRevision();
    const now = new Date();
    const section = `## Start-up (\`bench/startup\`)

Measured ${now.toISOString().slice(0, 10)} (${now.toISOString().slice(11, 16)} UTC) with \`npx tsx bench/startup/run.ts --runs ${runs}${values['no-tsx'] ? ' --no-tsx' : ''}\`${rev ? ` at \`${rev}\`` : ''}.

- **Machine:** ${m.nproc} CPUs (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}; Fastify ${versionOf('fastify')}, TypeScript ${versionOf('typescript')}, tsx ${versionOf('tsx')}.
- **Settings:** ${runs} interleaved rounds (every target once per round); each run a new process. Command-line rows: wall time from spawn to exit. Server rows: wall time from spawn until \`GET /api/health\` first answers 200 (polled every 2 ms once the server prints its address), and the CPU time (user + system, all threads) the server had used by then, from \`/proc\`. Threshold serves an SQLite database on ${filesystemOf(dir)} migrated beforehand (a restart), with the scheduler off and \`LOG_LEVEL=warn\`; the bare app is \`bench/startup/bare-server.mjs\`.
- **Quiet machine?** Before each round the benchmark waited up to ${QUIET_WAIT_MS / 1000} s for less than ${BUSY_WARNING * 100} % of the CPUs to be busy; the busiest round started with ${Math.round(busiest * 100)} % busy.${busiest >= BUSY_WARNING ? ' **Other work competed for the CPUs; the absolute times are inflated, the ratios less so.**' : ''}

${markdownTable([header, ...rows])}

**Goals (issue 18).** ${verdict}`;
    updateSection(DOC, 'startup', section);
    console.log(`Updated ${path.relative(process.cwd(), DOC)}.`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    clearTimeout(deadline);
  }
}

await main();
