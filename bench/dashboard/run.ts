/**
 * How long the outcomes dashboard takes to show on the demo (issue 15: "under 2 s").
 *
 *   npx tsx bench/dashboard/run.ts [--runs 5] [--profile] [--no-write]
 *
 * Starts the built server (`npm run build` first) with `--demo` on a fresh SQLite file, signs in
 * as the demo clinician (the clinical lead), switches to the synthetic organization and finds its
 * program with the most clients who started treatment. Then times, from the start of navigation
 * to that program's outcomes page until its timepoint table and its chart are both visible:
 * - cold: a new browser context each time (empty HTTP cache, the session cookie only);
 * - warm: a reload in the same context (the app's scripts cached).
 * The very first load after the server started is reported on its own (the server's caches empty).
 * Writes the medians into docs/PERFORMANCE.md between the `bench:dashboard` markers unless
 * --no-write.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { markdownTable, textTable, updateSection } from '../lib/doc.ts';
import { machine } from '../lib/machine.ts';
import { gitRevision, repoRoot } from '../lib/repo.ts';

const DOC = path.join(repoRoot, 'docs/PERFORMANCE.md');
const CHROMIUM = '/usr/bin/chromium';
const EMAIL = 'clinician@demo-retreat.example';
const PASSWORD = 'threshold-demo';
const GOAL_MS = 2000;
const STEP_TIMEOUT_MS = 60_000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    /** Also print what one cold load waited for: each request's start and end after navigation. */
    profile: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(dir: string): Promise<Server> {
  if (!fs.existsSync(path.join(repoRoot, 'dist/web/index.html')))
    throw new Error('dist/web is missing: run `npm run build` first');
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/threshold.js'), 'serve', '--demo'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'dashboard.sqlite')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { url, child };
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.includes('sign-in'), { timeout: STEP_TIMEOUT_MS });
}

/** Switches to the demo's synthetic organization, where the outcome data is, as a user would. */
async function switchToSynthetic(page: Page): Promise<void> {
  const select = page.getByLabel('Organization');
  const value = await select
    .locator('option', { hasText: 'Synthetic data (generated)' })
    .getAttribute('value');
  if (!value) throw new Error('the demo has no synthetic organization (src/server/demo/seed.ts)');
  await select.selectOption(value);
  await page.waitForLoadState('networkidle');
}

interface Target {
  programId: string;
  /** The timepoint table's accessible name. */
  table: string;
}

/** The program with the most clients who started treatment, as the clinician's API answers. */
async function findProgram(page: Page, url: string): Promise<Target> {
  // Through the context's request client (its session cookie), not page.evaluate: tsx's helpers do
  // not exist in the page.
  const get = async <T>(p: string): Promise<T> => (await (await page.request.get(`${url}${p}`)).json()) as T;
  const { items } = await get<{ items: { id: string }[] }>('/api/programs?status=all');
  let best: (Target & { subjects: number }) | null = null;
  for (const { id } of items) {
    const o = await get<{ report?: { subjects: number } | null; instrument?: { shortName: string } | null }>(
      `/api/programs/${id}/outcomes`,
    );
    const subjects = o.report?.subjects ?? 0;
    if (subjects > (best?.subjects ?? 0) && o.instrument)
      best = { programId: id, table: `${o.instrument.shortName} at each timepoint`, subjects };
  }
  if (!best) throw new Error('no program of the synthetic organization has outcomes');
  return { programId: best.programId, table: best.table };
}

/** Milliseconds from the start of navigation until the timepoint table and the chart are visible. */
async function timeLoad(page: Page, url: string, target: Target, reload: boolean): Promise<number> {
  const started = performance.now();
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(`${url}/programs/${target.programId}/outcomes`, { waitUntil: 'commit' });
  await Promise.all([
    page.getByRole('region', { name: target.table, exact: true }).getByRole('row').nth(1).waitFor({
      timeout: STEP_TIMEOUT_MS,
    }),
    page.locator('figure svg[aria-label]').first().waitFor({ timeout: STEP_TIMEOUT_MS }),
  ]);
  return performance.now() - started;
}

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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-bench-dashboard-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const load = os.loadavg();
    server = await startServer(dir);
    const { url } = server;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    const setup = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await setup.addInitScript(() => localStorage.setItem('threshold.language', 'en'));
    const first = await setup.newPage();
    await signIn(first, url);
    await switchToSynthetic(first);
    const target = await findProgram(first, url);
    const state = await setup.storageState();
    await setup.close();

    const fresh = async (): Promise<BrowserContext> => {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: 900 },
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

await main();
