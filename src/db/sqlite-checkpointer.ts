/**
 * SQLite's WAL checkpoint off the request path.
 *
 * Left to itself, SQLite checkpoints inside the COMMIT that takes the log past 1,000 pages: it
 * syncs the log, copies every page in it into the database file and syncs that, with the event
 * loop blocked the whole time (about every 80 portal submissions). Here the serving connection
 * never checkpoints (`wal_autocheckpoint = 0`); after each group flush the checkpointer reads the
 * log's length from the shared-memory index (the -shm file) and
 *
 * - when more than `passivePages` frames wait to be copied, has a thread of its own (its own
 *   connection, src/db/sqlite-checkpoint-worker.ts) run a PASSIVE checkpoint: it copies what is
 *   committed without taking any lock a writer needs, so requests go on meanwhile;
 * - when the log has grown past `restartPages`, closes the gate in front of the serving connection
 *   (src/db/sqlite-gate.ts: queries then wait asynchronously, the event loop keeps running), lets
 *   the thread run a RESTART checkpoint — which after the passive one has only the last few frames
 *   to copy — and reopens it. The next commit then writes the log from its start again, so the
 *   log stays bounded (a passive checkpoint alone never lets it restart under steady writes: the
 *   newest frames are always left behind). `journal_size_limit` trims a file that grew longer.
 *
 * Durability is unchanged: a checkpoint syncs the log before it copies (and the database before
 * the log is reused), and the group commit's fsync of the log still decides when a commit is
 * acknowledged. Should the thread fail, the serving connection goes back to checkpointing itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';
import { CHECKPOINT_WORKER_SOURCE } from './sqlite-checkpoint-worker.ts';
import type { ConnectionGate } from './sqlite-gate.ts';

export interface CheckpointOptions {
  /** Frames waiting to be copied that start a passive checkpoint (SQLite's own default: 1,000). */
  passivePages: number;
  /** Length of the log, in frames, past which it is restarted. */
  restartPages: number;
  /**
   * How long a restart waits for the queries already waiting for the connection to finish before
   * giving up for now (a long streamed read, say). Queries that arrive meanwhile would have waited
   * behind those anyway: Kysely hands out its one connection first come, first served.
   */
  drainMs: number;
  /** The thread's busy timeout (another process holding the write lock or reading the log). */
  busyMs: number;
}

export const DEFAULT_CHECKPOINT: CheckpointOptions = {
  passivePages: 1000,
  restartPages: 4000,
  drainMs: 1000,
  busyMs: 200,
};

/** What the checkpointer did (for the benchmarks and tests). Times in ms. */
export interface CheckpointStats {
  passive: number;
  passiveMs: number;
  restarts: number;
  restartMs: number;
  /**
   * Longest time the gate was closed with nothing left to run: the connection idle while the
   * thread restarted the log (queries waited, the event loop did not).
   */
  gateMaxMs: number;
  gateMs: number;
  /** Longest wait for the queries already queued before the gate closed. */
  drainMaxMs: number;
  /** Restarts given up: the connection stayed busy, or SQLite reported the log busy. */
  skipped: number;
}

interface Reply {
  busy?: number;
  log?: number;
  checkpointed?: number;
  ms?: number;
  error?: string;
}

/** The log's length and how much of it is copied, from the WAL index header (sqlite.org/walformat.html). */
export function readWalIndex(fd: number): { mxFrame: number; nBackfill: number } | null {
  const buf = Buffer.alloc(100);
  if (fs.readSync(fd, buf, 0, 100, 0) < 100) return null;
  const le = os.endianness() === 'LE';
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  return { mxFrame: u32(16), nBackfill: u32(96) };
}

export class WalCheckpointer {
  readonly stats: CheckpointStats = {
    passive: 0,
    passiveMs: 0,
    restarts: 0,
    restartMs: 0,
    gateMaxMs: 0,
    gateMs: 0,
    drainMaxMs: 0,
    skipped: 0,
  };
  private worker: Worker | null = null;
  private reply: ((r: Reply) => void) | null = null;
  private shm: number | null = null;
  private running: Promise<void> | null = null;
  /** No restart before this time (after one that could not be done or did not take). */
  private nextRestart = 0;
  /** The log's length after the last restart, until a commit has started it over. */
  private restartedAt: number | null = null;
  private stopped = false;

  constructor(
    private readonly file: string,
    private readonly sqlite: SQLite.Database,
    private readonly gate: ConnectionGate,
    private readonly driverPath: string,
    private readonly options: CheckpointOptions = DEFAULT_CHECKPOINT,
  ) {
    sqlite.pragma('wal_autocheckpoint = 0');
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    sqlite.pragma(`journal_size_limit = ${2 * options.restartPages * pageSize}`);
  }

  /** Called after each group flush: starts a checkpoint when the log needs one. Never throws. */
  afterFlush(): void {
    if (this.running || this.stopped) return;
    const index = this.index();
    if (!index) return;
    const pending = index.mxFrame - index.nBackfill;
    if (this.restartedAt !== null && index.mxFrame !== this.restartedAt) {
      // A commit since the restart that did not start the log over: another process reads it.
      if (index.mxFrame > this.restartedAt) this.nextRestart = performance.now() + 50;
      this.restartedAt = null;
    }
    let work: Promise<void> | null = null;
    if (index.mxFrame >= this.options.restartPages && pending > 0 && performance.now() >= this.nextRestart)
      work = this.restart(pending);
    else if (pending >= this.options.passivePages) work = this.passive();
    if (!work) return;
    this.running = work
      .catch((err: unknown) => this.fail(err))
      .finally(() => {
        this.running = null;
      });
  }

  /** Waits for a running checkpoint, then ends the thread. */
  async close(): Promise<void> {
    this.stopped = true;
    await this.running;
    if (this.shm !== null) fs.closeSync(this.shm);
    this.shm = null;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ mode: 'close' });
    const timer = setTimeout(() => void worker.terminate(), 2000);
    await exited;
    clearTimeout(timer);
  }

  private index(): { mxFrame: number; nBackfill: number } | null {
    try {
      this.shm ??= fs.openSync(`${this.file}-shm`, 'r');
      return readWalIndex(this.shm);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  private async passive(): Promise<void> {
    const r = await this.checkpoint('PASSIVE');
    this.stats.passive++;
    this.stats.passiveMs += r.ms ?? 0;
  }

  private async restart(pending: number): Promise<void> {
    // Copy most of the log while requests go on, so the gate stays closed only for the rest.
    if (pending >= this.options.passivePages / 4) await this.passive();
    const drainFrom = performance.now();
    const drained = await this.gate.close(this.options.drainMs);
    const closedAt = performance.now();
    this.stats.drainMaxMs = Math.max(this.stats.drainMaxMs, closedAt - drainFrom);
    if (!drained) {
      this.stats.skipped++;
      this.nextRestart = closedAt + 50;
      return;
    }
    let r: Reply;
    try {
      r = await this.checkpoint('RESTART');
    } finally {
      this.gate.open();
      const gateMs = performance.now() - closedAt;
      this.stats.gateMs += gateMs;
      this.stats.gateMaxMs = Math.max(this.stats.gateMaxMs, gateMs);
    }
    if (r.busy) {
      this.stats.skipped++;
      this.nextRestart = performance.now() + 50;
    } else {
      this.stats.restarts++;
      this.restartedAt = this.index()?.mxFrame ?? null;
    }
    this.stats.restartMs += r.ms ?? 0;
  }

  private checkpoint(mode: 'PASSIVE' | 'RESTART'): Promise<Reply> {
    const worker = this.start();
    return new Promise<Reply>((resolve, reject) => {
      this.reply = (r) => (r.error ? reject(new Error(r.error)) : resolve(r));
      worker.postMessage({ mode });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(CHECKPOINT_WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, driver: this.driverPath, busyMs: this.options.busyMs },
    });
    worker.unref();
    worker.on('message', (r: Reply) => {
      const reply = this.reply;
      this.reply = null;
      reply?.(r);
    });
    worker.on('error', (err) => {
      this.reply?.({ error: err.message });
      this.reply = null;
    });
    worker.on('exit', () => {
      this.reply?.({ error: 'the checkpoint thread exited' });
      this.reply = null;
    });
    this.worker = worker;
    return worker;
  }

  /** The thread failed: the serving connection checkpoints itself again, as SQLite does by default. */
  private fail(err: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    console.error(`SQLite WAL checkpoint thread failed (${(err as Error).message}); checkpointing inline`);
    try {
      this.sqlite.pragma('wal_autocheckpoint = 1000');
    } catch {
      // The connection is closing.
    }
    void this.worker?.terminate();
    this.worker = null;
  }
}
