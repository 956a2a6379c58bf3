/**
 * Servers under test run in their own child process, so the load generator never shares their
 * event loop. The child calls `announce(port)` once it listens; the parent's `startServer` waits
 * for that (bounded by a timeout) and `stop()` ends it (SIGTERM, then SIGKILL after a grace period).
 */
import { type ChildProcess, fork } from 'node:child_process';

interface Listening {
  type: 'listening';
  port: number;
}

export interface RunningServer {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server still running (used on the way out after an error or the deadline). */
export function killAll(): void {
  for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  running.clear();
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Forks `modulePath` (TypeScript runs through the tsx loader the parent was started with, plus any
 * `nodeFlags` such as --cpu-prof) and resolves with the port it announced.
 */
export function startServer(
  modulePath: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: { timeoutMs?: number; nodeFlags?: string[] } = {},
): Promise<RunningServer> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const child = fork(modulePath, args, {
    env: { ...process.env, ...env },
    execArgv: [...process.execArgv, ...(opts.nodeFlags ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    if (!(await waitForExit(child, 5_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
    running.delete(child);
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().finally(() => reject(new Error(`${modulePath} ${args.join(' ')}: ${why}`)));
    };
    const timer = setTimeout(() => fail(`did not listen within ${timeoutMs} ms`), timeoutMs);
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code, signal) => fail(`exited before listening (code ${code}, signal ${signal})`));
    child.on('message', (m: Listening) => {
      if (m?.type !== 'listening' || settled) return;
      settled = true;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ port: m.port, pid: child.pid ?? -1, stop });
    });
  });
}

/** In the child: tell the parent where it listens, and end when told to or when the parent goes away. */
export function announce(port: number, close: () => Promise<void>): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(1), 4_000);
    force.unref();
    void close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.once('disconnect', shutdown);
  process.send?.({ type: 'listening', port } satisfies Listening);
}

/** Ends the benchmark (and its server children) after `budgetMs`, or on Ctrl-C. */
export function armDeadline(name: string, budgetMs: number): NodeJS.Timeout {
  const deadline = setTimeout(() => {
    console.error(`${name}: gave up after ${budgetMs / 1000} s`);
    killAll();
    process.exit(1);
  }, budgetMs);
  deadline.unref();
  process.once('SIGINT', () => {
    killAll();
    process.exit(130);
  });
  return deadline;
}
