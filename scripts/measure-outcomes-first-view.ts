/**
 * How long the outcomes dashboard takes to show on the demo, cold: a fresh server on a new demo
 * database (built dist/), Chromium with an empty cache, sign in as the clinician, switch to the
 * synthetic organization, then open a program's outcomes by its address. Prints, per round, the
 * time from navigation to the page heading and to the first chart, and the requests the page made
 * (start and end after navigation), so a waterfall shows. Not a test: a measurement for
 * docs/PERFORMANCE.md ("Outcome dashboard on the demo").
 *
 *   npm run build && npx tsx scripts/measure-outcomes-first-view.ts [--rounds 3]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;

async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-measure-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'serve', '--demo'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'demo.sqlite')}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1]!.replace(/\/$/, ''));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function round(): Promise<void> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('threshold.language', 'en'));
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Email').fill('clinician@demo-retreat.example');
    await page.getByLabel('Password').fill('threshold-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.includes('sign-in'));
    const programs = await page.evaluate(async () => {
      const orgs = await (await fetch('/api/session')).json();
      return orgs;
    });
    const synthetic = (programs.organizations as Array<{ id: string; name: string }>).find((o) =>
      o.name.startsWith('Synthetic'),
    )!;
    await page.getByLabel('Organization').selectOption(synthetic.id);
    await page.waitForLoadState('networkidle');
    const list = await page.evaluate(async () => (await fetch('/api/programs')).json());
    const program = (list.items as Array<{ id: string; name: string }>).find((p) =>
      p.name.startsWith('Psilocybin retreat'),
    )!;
    // Cold in the browser too: a new context with the session cookie only, no cached scripts.
    const cookies = await context.cookies();
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await fresh.addCookies(cookies);
    await fresh.addInitScript(() => localStorage.setItem('threshold.language', 'en'));
    const view = await fresh.newPage();
    const t0 = Date.now();
    await view.goto(`${server.url}/programs/${program.id}/outcomes`, { waitUntil: 'commit' });
    await view.getByRole('heading', { name: /^Outcomes: /, level: 1 }).waitFor({ timeout: 60_000 });
    const heading = Date.now() - t0;
    await view.locator('figure svg[aria-label]').first().waitFor({ timeout: 60_000 });
    const chart = Date.now() - t0;
    const resources = await view.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({
          name: new URL(e.name).pathname,
          start: Math.round(e.startTime),
          end: Math.round((e as PerformanceResourceTiming).responseEnd),
          kb: Math.round(((e as PerformanceResourceTiming).transferSize || 0) / 1024),
        }))
        .filter((r) => !r.name.endsWith('.woff2')),
    );
    console.log(`heading ${heading} ms, first chart ${chart} ms`);
    for (const r of resources)
      console.log(
        `  ${String(r.start).padStart(5)}–${String(r.end).padEnd(5)} ${String(r.kb).padStart(4)} KB ${r.name}`,
      );
  } finally {
    await browser.close();
    await server.stop();
  }
}

for (let i = 0; i < rounds; i++) await round();
