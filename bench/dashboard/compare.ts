/**
 * Two builds of the app side by side (`bench/dashboard/run.ts --baseline X/dist`): a server for each,
 * then cold loads of the dashboard alternating between them, so both meet the same load on a shared
 * machine. Besides the time until the table and chart show, each load reports figures that depend
 * less on that load: the renderer main thread's CPU time in tasks and in script, from a trace
 * (./trace.ts; optionally with the page's CPU slowed `--throttle` times) and the bytes of JavaScript
 * the page had fetched by then (uncompressed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { textTable } from '../lib/doc.ts';
import { startTrace, stopTrace } from './trace.ts';
import { launchChromium, median, prepare, type Server, startServer, timeLoad, VIEWPORT } from './walk.ts';

interface Figures {
  ms: number;
  scriptMs: number;
  taskMs: number;
  jsKB: number;
}

interface Variant {
  name: string;
  server: Server;
  prepared: Awaited<ReturnType<typeof prepare>>;
  loads: Figures[];
}

/** Sum of the decoded sizes of the .js files the page has fetched (a string: tsx adds no helpers). */
const JS_BYTES = `performance.getEntriesByType('resource')
  .filter((e) => /\\.js(\\?|$)/.test(e.name))
  .reduce((sum, e) => sum + e.decodedBodySize, 0)`;

async function coldLoad(browser: Browser, v: Variant, throttle: number): Promise<Figures> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: v.prepared.state });
  try {
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await startTrace(browser, page);
    const ms = await timeLoad(page, v.server.url, v.prepared.target, false);
    const { taskMs, scriptMs } = await stopTrace(browser, v.server.url);
    const jsBytes = (await page.evaluate(JS_BYTES)) as number;
    return { ms, scriptMs, taskMs, jsKB: jsBytes / 1024 };
  } finally {
    await context.close();
  }
}

function report(variants: Variant[], throttle: number): string {
  const fmt = (xs: number[]) =>
    `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
  const rows = [
    [
      'Build',
      'Shown (ms)',
      `Main-thread CPU (ms${throttle > 1 ? `, CPU ÷${throttle}` : ''})`,
      'of which script (ms)',
      'JS fetched (KB)',
    ],
    ...variants.map((v) => [
      v.name,
      fmt(v.loads.map((l) => l.ms)),
      fmt(v.loads.map((l) => l.taskMs)),
      fmt(v.loads.map((l) => l.scriptMs)),
      Math.round(median(v.loads.map((l) => l.jsKB))).toString(),
    ]),
  ];
  return textTable(rows);
}

/** Alternates cold loads of `baseline` (a copy of dist/) and this checkout's dist/; prints medians. */
export async function compareBuilds(opts: {
  baseline: string;
  runs: number;
  throttle: number;
}): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-bench-dashboard-'));
  const variants: Variant[] = [];
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    const load = os.loadavg();
    browser = await launchChromium();
    for (const [name, dist] of [
      ['baseline', path.resolve(opts.baseline)],
      ['this build', undefined],
    ] as const) {
      const sub = fs.mkdtempSync(path.join(dir, 'db-'));
      const server = await startServer(sub, dist);
      servers.push(server);
      variants.push({ name, server, prepared: await prepare(browser, server.url), loads: [] });
    }
    for (let i = 0; i < opts.runs; i++) {
      // Alternate which goes first, so neither always meets the other's leftovers.
      const order = i % 2 ? [...variants].reverse() : variants;
      for (const v of order) v.loads.push(await coldLoad(browser, v, opts.throttle));
    }
    console.log(report(variants, opts.throttle));
    const after = os.loadavg();
    console.log(
      `${opts.runs} cold loads each, alternating; load average before: ${load.map((x) => x.toFixed(2)).join(' ')}; after: ${after.map((x) => x.toFixed(2)).join(' ')}`,
    );
  } finally {
    await browser?.close();
    for (const server of servers) server.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
