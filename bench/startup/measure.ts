/**
 * One start, timed: a command that exits (the CLI), or a server from spawn until its health route
 * first answers 200 (with the CPU time the server used by then, from /proc).
 */
import { spawn, spawnSync } from 'node:child_process';
import { processCpuSeconds } from '../lib/machine.ts';

export interface Command {
  /** Arguments after the node binary. */
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Wall milliseconds of one run of a command that exits; throws on a non-zero exit. */
export function timeCommand(cmd: Command, cwd: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, cmd.args, {
    cwd,
    env: { ...process.env, ...cmd.env },
    stdio: 'pipe',
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${cmd.args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return ms;
}

export interface ServerStart {
  /** From spawn to the first 200 from GET /api/health. */
  healthyMs: number;
  /** CPU seconds (user + system, all threads) the server had used when it was healthy. */
  cpuSeconds: number | null;
}

const POLL_MS = 2;
const TIMEOUT_MS = 60_000;

/** Starts a server (it prints "running at <url>" once it listens), times it to healthy, and stops it. */
export async function timeServerStart(cmd: Command, cwd: string): Promise<ServerStart> {
  const start = performance.now();
  const child = spawn(process.execPath, cmd.args, {
    cwd,
    env: { ...process.env, ...cmd.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    let output = '';
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "running at" within ${TIMEOUT_MS} ms:\n${output}`)),
        TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const m = /running at (http:\/\/[^\s/]+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
    });
    for (;;) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (performance.now() - start > TIMEOUT_MS) throw new Error(`${base}/api/health never answered 200`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const healthyMs = performance.now() - start;
    return { healthyMs, cpuSeconds: child.pid ? processCpuSeconds(child.pid) : null };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
