/**
 * A closed-loop load driver: `concurrency` workers each start an operation, wait for it, and start
 * the next, until the time is up or the work runs out. Every operation's time is kept (a float, in
 * ms) so p50/p99 are exact. Used for portal submissions over HTTP (one keep-alive connection per
 * worker, like a browser tab that submits and then submits the next) and for the raw inserts.
 */
import http from 'node:http';
import { percentile } from '../lib/load.ts';
import { busyCores, cpuSnapshot, processCpuSeconds } from '../lib/machine.ts';

/** 'ok', or what went wrong: "HTTP 410", "ECONNRESET", … */
export type Outcome = string;

export interface LoopResult {
  ok: number;
  /** Outcome → count, for everything but 'ok'. */
  failures: Record<string, number>;
  /** Wall time from the first start to the last completion (in-flight work is waited for). */
  seconds: number;
  /** ok ÷ seconds. */
  rate: number;
  p50: number;
  p99: number;
  max: number;
  /** The work ran out before the time did. */
  exhausted: boolean;
  /** CPU of the server's main thread (its event loop) as a share of the wall time, when a pid is given. */
  serverCores: number | null;
  /** CPU of this process (the load generator) as a share of the wall time. */
  loaderCores: number;
  /** Everything busy on the machine, in CPUs (2 = two CPUs flat out): server, loader, database, others. */
  machineCores: number;
  /**
   * Open loop: settles once every request it started has been answered or has failed, including
   * those still owed after the grace period (which the result counts as unanswered).
   */
  settled?: Promise<void>;
}

export const failed = (r: LoopResult): number => Object.values(r.failures).reduce((a, b) => a + b, 0);

/** `next()` hands out the next operation, or null when there is no more work. */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  next: () => (() => Promise<Outcome>) | null,
  serverPid?: number,
): Promise<LoopResult> {
  let samples = new Float64Array(1 << 14);
  let n = 0;
  let exhausted = false;
  const failures: Record<string, number> = {};
  const serverBefore = serverPid ? processCpuSeconds(serverPid, true) : null;
  const machineBefore = cpuSnapshot();
  const loaderBefore = process.cpuUsage();
  const started = performance.now();
  const until = started + seconds * 1000;

  const worker = async () => {
    while (performance.now() < until) {
      const op = next();
      if (!op) {
        exhausted = true;
        return;
      }
      const t0 = performance.now();
      let outcome: Outcome;
      try {
        outcome = await op();
      } catch (err) {
        outcome = (err as NodeJS.ErrnoException).code ?? (err as Error).message ?? String(err);
      }
      if (outcome !== 'ok') {
        failures[outcome] = (failures[outcome] ?? 0) + 1;
        continue;
      }
      if (n === samples.length) {
        const bigger = new Float64Array(samples.length * 2);
        bigger.set(samples);
        samples = bigger;
      }
      samples[n++] = performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const wall = (performance.now() - started) / 1000;
  const loader = process.cpuUsage(loaderBefore);
  const serverAfter = serverPid ? processCpuSeconds(serverPid, true) : null;
  const sorted = samples.subarray(0, n).sort();
  return {
    ok: n,
    failures,
    seconds: wall,
    rate: n / wall,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1]! : Number.NaN,
    exhausted,
    serverCores: serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / wall : null,
    loaderCores: (loader.user + loader.system) / 1e6 / wall,
    machineCores: busyCores(machineBefore, cpuSnapshot(), wall),
  };
}

export interface HttpResponse {
  status: number;
  body: string;
}

/** POSTs JSON to 127.0.0.1:`port` and reads the whole response. */
export function postJson(
  agent: http.Agent,
  port: number,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<HttpResponse> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        timeout: 10_000,
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(payload);
  });
}

/** How long an open-loop run waits, after its last request was due, for the answers still owed. */
const GRACE_MS = 10_000;

/**
 * An open-loop load driver: operations start on a fixed schedule (`rate` a second for `seconds`),
 * whether or not earlier ones have finished, as independent clients would send them. Each
 * operation's time is measured from when it was *due*, not from when it was sent, so a server (or a
 * load generator) that falls behind shows as latency instead of being hidden by a slower schedule.
 */
export async function openLoop(
  rate: number,
  seconds: number,
  next: () => (() => Promise<Outcome>) | null,
  serverPid?: number,
): Promise<LoopResult> {
  const total = Math.floor(rate * seconds);
  const samples = new Float64Array(total);
  let n = 0;
  let exhausted = false;
  const failures: Record<string, number> = {};
  const serverBefore = serverPid ? processCpuSeconds(serverPid, true) : null;
  const machineBefore = cpuSnapshot();
  const loaderBefore = process.cpuUsage();
  const started = performance.now();
  const running: Promise<void>[] = [];

  const start = (op: () => Promise<Outcome>, due: number) =>
    op()
      .catch((err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message ?? String(err))
      .then((outcome) => {
        if (outcome === 'ok') samples[n++] = performance.now() - due;
        else failures[outcome] = (failures[outcome] ?? 0) + 1;
      });

  let sent = 0;
  while (sent < total && !exhausted) {
    const dueNow = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
    for (; sent < dueNow; sent++) {
      const op = next();
      if (!op) {
        exhausted = true;
        break;
      }
      running.push(start(op, started + (sent * 1000) / rate));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  // The answers still owed get at most GRACE_MS more; what is still open then counts as unanswered.
  let open = running.length;
  for (const p of running) void p.then(() => open--);
  await Promise.race([Promise.all(running), new Promise((resolve) => setTimeout(resolve, GRACE_MS))]);
  if (open > 0) failures.unanswered = open;

  const wall = (performance.now() - started) / 1000;
  const loader = process.cpuUsage(loaderBefore);
  const serverAfter = serverPid ? processCpuSeconds(serverPid, true) : null;
  const sorted = samples.subarray(0, n).sort();
  return {
    ok: n,
    // A copy: answers that arrive after the grace period must not change the result.
    failures: { ...failures },
    seconds: wall,
    rate: n / wall,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: n ? sorted[n - 1]! : Number.NaN,
    exhausted,
    serverCores: serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / wall : null,
    loaderCores: (loader.user + loader.system) / 1e6 / wall,
    machineCores: busyCores(machineBefore, cpuSnapshot(), wall),
    settled: Promise.all(running).then(() => undefined),
  };
}
