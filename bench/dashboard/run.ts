/**
 * How long the outcomes dashboard takes to show on the demo (issue 15: "under 2 s").
 *
 *   npx tsx bench/dashboard/run.ts [--runs 5] [--profile] [--no-write]
 *   npx tsx bench/dashboard/run.ts --baseline X/dist [--runs 5] [--throttle 4]
 *
 * Starts the built server (`npm run build` first) with `--demo` on a fresh SQLite file, signs in
 * as the demo clinician (the clinical lead), switches to the synthetic organization and finds its
 * program with the most clients who started treatment. Then times, from the start of navigation
 * to that program's outcomes page until its timepoint table and its chart are both visible:
 * - cold: a new browser context each time (empty HTTP cache, the session cookie only);
 * - warm: a reload in the same context (the app's scripts cached).
 * The very first load after the server started is reported on its own: the browser's first context
 * (the server has already answered every program's outcomes, asked for to find the program).
 * Writes the medians into docs/PERFORMANCE.md between the `bench:dashboard` markers unless
 * --no-write.
 *
 * With --baseline, compares a copy of an earlier build (`cp -a dist X/ && cp package.json X/`) with
 * this checkout's, cold loads alternating, and writes nothing (./compare.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { markdownTable, textTable, updateSection } from '../lib/doc.ts';
import { machine } from '../lib/machine.ts';
import { gitRevision, repoRoot } from '../lib/repo.ts';
import { compareBuilds } from './compare.ts';
import {
  launchChromium,
  median,
  prepare,
  type Server,
  startServer,
  type Target,
  timeLoad,
  VIEWPORT,
} from './walk.ts';

const DOC = path.join(repoRoot, 'docs/PERFORMANCE.md');
const CHROMIUM = '/usr/bin/chromium';
const GOAL_MS = 2000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    /** Also print what one cold load waited for: each request's start and end after navigation. */
    profile: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    /** A copy of an earlier dist/ to compare with this checkout's, cold loads alternating. */
    baseline: { type: 'string' },
    /** With --baseline: slow the page's CPU this many times (CDP), so script work dominates. */
    throttle: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);

/** One cold load's requests, in the order they started: when each started and ended after navigation. */
async function profile(context: BrowserContext, url: string, target: Target): Promise<void> {
  const page = await context.newPage();
  const seen: { url: string; start: number; end: number }[] = [];
  let t0 = 0;
  page.on('requestfinished', (r) => {
    const t = r.timing();
    seen.push({
      url: r.url().replace(url, ''),
      start: t.startTime - t0,
      end: t.startTime - t0 + t.responseEnd,
    });
  });
  t0 = Date.now();
  const ms = await timeLoad(page, url, target, false);
  console.log(`Profile of one cold load (${seconds(ms)}):`);
  for (const r of seen.sort((a, b) => a.start - b.start))
    console.log(
      `  ${String(Math.round(r.start)).padStart(6)} → ${String(Math.round(r.end)).padStart(6)} ms  ${r.url}`,
    );
  await context.close();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-bench-dashboard-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const load = os.loadavg();
    server = await startServer(dir);
    const { url } = server;
    browser = await launchChromium();
    const { target, state } = await prepare(browser, url);

    const fresh = async (): Promise<BrowserContext> => {
      const context = await browser!.newContext({
        viewport: VIEWPORT,
        storageState: state,
      });
      return context;
    };
    let firstLoad = 0;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await fresh();
      const page = await context.newPage();
      const ms = await timeLoad(page, url, target, false);
      if (i === 0) firstLoad = ms;
      cold.push(ms);
      warm.push(await timeLoad(page, url, target, true));
      await context.close();
    }
    if (values.profile) await profile(await fresh(), url, target);
    const rows = [
      ['Load', 'Median', 'Fastest', 'Slowest', `Under ${GOAL_MS / 1000} s`],
      ['First after server start', seconds(firstLoad), '', '', firstLoad < GOAL_MS ? 'yes' : 'no'],
      ...(
        [
          ['Cold (new browser context)', cold],
          ['Warm (reload)', warm],
        ] as const
      ).map(([label, xs]) => [
        label,
        seconds(median(xs)),
        seconds(Math.min(...xs)),
        seconds(Math.max(...xs)),
        median(xs) < GOAL_MS ? 'yes' : 'no',
      ]),
    ];
    console.log(textTable(rows));
    const loadAfter = os.loadavg();
    console.log(
      `Load average before: ${load.map((x) => x.toFixed(2)).join(' ')}; after: ${loadAfter.map((x) => x.toFixed(2)).join(' ')}`,
    );
    if (values['no-write']) return;
    const m = machine();
    const rev = gitRevision();
    const now = new Date();
    const section = `## Outcomes dashboard (\`bench/dashboard\`)

Measured ${now.toISOString().slice(0, 10)} (${now.toISOString().slice(11, 16)} UTC) with \`npx tsx bench/dashboard/run.ts --runs ${runs}\`${rev ? ` at \`${rev}\`` : ''}.

- **Machine:** ${m.nproc} CPUs (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}; Chromium at ${CHROMIUM}, headless.
- **Load average** (1, 5, 15 min) before: ${load.map((x) => x.toFixed(2)).join(', ')}; after: ${loadAfter.map((x) => x.toFixed(2)).join(', ')}.${load[0]! > m.nproc ? ' **Other work competed for the CPUs; the times are inflated.**' : ''}
- **What is timed:** the built server with \`--demo\` (SQLite), signed in as the demo clinician, on the synthetic organization's program with the most clients who started treatment; from the start of navigation to its outcomes page until the timepoint table has a row and the chart is visible. Cold: a new browser context (empty cache); warm: a reload in it. ${runs} of each.

${markdownTable(rows)}`;
    updateSection(DOC, 'dashboard', section);
    console.log(`Updated ${path.relative(process.cwd(), DOC)}.`);
  } finally {
    await browser?.close();
    server?.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (values.baseline) {
  const throttle = Number(values.throttle);
  if (!(throttle >= 1)) throw new Error(`--throttle must be a number ≥ 1, got "${values.throttle}"`);
  await compareBuilds({ baseline: values.baseline, runs, throttle });
} else await main();
