/**
 * One autocannon run with exact latency percentiles. autocannon's own latency histogram keeps whole
 * milliseconds, which rounds a sub-millisecond server to 0 or 1 ms; here every 2xx response time
 * (a float, in ms) is kept and the percentiles are computed from all of them.
 */
import autocannon from 'autocannon';
import { busyCores, cpuSnapshot, processCpuSeconds } from './machine.ts';

export interface LoadSettings {
  connections: number;
  /** Seconds of load whose results are thrown away (JIT, caches, connection set-up). */
  warmupSeconds: number;
  /** Seconds of measured load. */
  durationSeconds: number;
}

export interface LoadResult {
  /** Mean requests per second over the measured seconds (autocannon's "Req/Sec Avg"). */
  rps: number;
  /** 2xx responses in the measured run. */
  ok: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Anything but 2xx, connection errors and timeouts: a run with any of these is not valid. */
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  /**
   * CPU time of the server's main thread (the event loop) during the measured run, as a share of
   * the wall time: near 1 means the event loop was saturated. null where /proc is missing.
   */
  serverCores: number | null;
  /** CPU time this process (autocannon) used during the measured run, as a share of the wall time. */
  loaderCores: number;
  /**
   * CPU used on the machine during the measured run by anything but the server process (all its
   * threads) and this one, in cores: other work that may have disturbed the numbers. Includes a
   * little kernel time that belongs to neither. null where /proc is missing.
   */
  otherCores: number | null;
}

/** The p-th percentile (nearest rank) of ascending samples; NaN for none. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function once(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  keep: boolean,
) {
  let samples = new Float64Array(keep ? 1 << 16 : 0);
  let n = 0;
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({ url, connections, duration: seconds, headers, timeout: 10 }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
  if (keep && instance) {
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status < 200 || status > 299) return;
      if (n === samples.length) {
        const bigger = new Float64Array(samples.length * 2);
        bigger.set(samples);
        samples = bigger;
      }
      samples[n++] = ms;
    });
  }
  const result = await done;
  return { result, samples: samples.subarray(0, n).sort() };
}

/**
 * Warms up, then measures; both bounded by their durations (autocannon stops itself). With the
 * server's pid, also reports how busy its event loop was: near 100 % means it was the bottleneck.
 */
export async function measure(
  url: string,
  headers: Record<string, string>,
  s: LoadSettings,
  serverPid?: number,
): Promise<LoadResult> {
  if (s.warmupSeconds > 0) await once(url, headers, s.connections, s.warmupSeconds, false);
  const serverBefore = serverPid ? processCpuSeconds(serverPid, true) : null;
  const serverAllBefore = serverPid ? processCpuSeconds(serverPid) : null;
  const machineBefore = cpuSnapshot();
  const loaderBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const { result, samples } = await once(url, headers, s.connections, s.durationSeconds, true);
  const wall = (performance.now() - wallBefore) / 1000;
  const loader = process.cpuUsage(loaderBefore);
  const serverAfter = serverPid ? processCpuSeconds(serverPid, true) : null;
  const serverAllAfter = serverPid ? processCpuSeconds(serverPid) : null;
  const machineBusy = busyCores(machineBefore, cpuSnapshot(), wall);
  const loaderCores = (loader.user + loader.system) / 1e6 / wall;
  return {
    serverCores: serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / wall : null,
    loaderCores,
    otherCores:
      serverAllBefore !== null && serverAllAfter !== null
        ? Math.max(0, machineBusy - (serverAllAfter - serverAllBefore) / wall - loaderCores)
        : null,
    rps: result.requests.average,
    ok: result['2xx'],
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
    max: samples.length ? samples[samples.length - 1]! : Number.NaN,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
  };
}
