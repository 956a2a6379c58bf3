/**
 * The steps of the dashboard benchmark (bench/dashboard/run.ts): start a built server on the demo,
 * sign in, find the program to open, and time one load of its outcomes page.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../lib/repo.ts';

const EMAIL = 'clinician@demo-retreat.example';
const PASSWORD = 'threshold-demo';
const STEP_TIMEOUT_MS = 60_000;

export interface Server {
  url: string;
  child: ChildProcess;
}

/**
 * Starts the server built into `dist` (default: this checkout's) on a new demo database in `dir`. A
 * copy of a build elsewhere (`cp -a dist X/dist && cp package.json X/`) serves its own dist/web.
 */
export async function startServer(dir: string, dist = path.join(repoRoot, 'dist')): Promise<Server> {
  if (!fs.existsSync(path.join(dist, 'web/index.html')))
    throw new Error(`${dist}/web is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [path.join(dist, 'cli/main.js'), 'serve', '--demo'], {
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

export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.includes('sign-in'), { timeout: STEP_TIMEOUT_MS });
}

/** Switches to the demo's synthetic organization, where the outcome data is, as a user would. */
export async function switchToSynthetic(page: Page): Promise<void> {
  const select = page.getByLabel('Organization');
  const value = await select
    .locator('option', { hasText: 'Synthetic data (generated)' })
    .getAttribute('value');
  if (!value) throw new Error('the demo has no synthetic organization (src/server/demo/seed.ts)');
  await select.selectOption(value);
  await page.waitForLoadState('networkidle');
}

export interface Target {
  programId: string;
  /** The timepoint table's accessible name. */
  table: string;
}

/** The program with the most clients who started treatment, as the clinician's API answers. */
export async function findProgram(page: Page, url: string): Promise<Target> {
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
export async function timeLoad(page: Page, url: string, target: Target, reload: boolean): Promise<number> {
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

/** Signs in on a server, in English, and returns the program to open and the session to reuse. */
export async function prepare(
  browser: Browser,
  url: string,
): Promise<{ target: Target; state: BrowserContextOptions['storageState'] }> {
  const setup = await browser.newContext({ viewport: VIEWPORT });
  await setup.addInitScript(() => localStorage.setItem('threshold.language', 'en'));
  const first = await setup.newPage();
  await signIn(first, url);
  await switchToSynthetic(first);
  const target = await findProgram(first, url);
  const state = await setup.storageState();
  await setup.close();
  return { target, state };
}

export const VIEWPORT = { width: 1280, height: 900 };

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
