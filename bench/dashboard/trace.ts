/**
 * Main-thread CPU time of one page load from a Chromium trace: the renderer's main thread's tasks and,
 * within them, script (module evaluation and calls into JavaScript). Thread time (`tdur`), not wall
 * time, so other work on a shared machine inflates it far less than it inflates the load's duration.
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface MainThreadTime {
  /** All of the main thread's tasks, in ms of thread time. */
  taskMs: number;
  /** Evaluating modules and calling into JavaScript (outermost calls only), in ms of thread time. */
  scriptMs: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8'];
const SCRIPT = new Set(['v8.evaluateModule', 'EvaluateScript', 'v8.callFunction']);

export const startTrace = (browser: Browser, page: Page) =>
  browser.startTracing(page, { categories: CATEGORIES });

/** Sums the trace's main-thread time for the renderer that loaded `origin`. */
export async function stopTrace(browser: Browser, origin: string): Promise<MainThreadTime> {
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const pid = events.find((e) => e.args?.data?.url?.startsWith(origin) && e.name === 'FunctionCall')?.pid;
  const tid = events.find(
    (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  let taskMs = 0;
  let scriptMs = 0;
  let scriptEnd = -1;
  for (const e of main) {
    if (e.name === 'ThreadControllerImpl::RunTask') taskMs += (e.tdur ?? 0) / 1000;
    if (SCRIPT.has(e.name) && e.ts >= scriptEnd) {
      scriptMs += (e.tdur ?? 0) / 1000;
      scriptEnd = e.ts + (e.dur ?? 0);
    }
  }
  return { taskMs, scriptMs };
}
