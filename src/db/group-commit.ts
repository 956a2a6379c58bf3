/**
 * Group commit: transactions commit without waiting for the disk, and one flush (an fsync of
 * SQLite's write-ahead log, one synchronous commit on PostgreSQL) then makes every transaction that
 * committed before it durable at once. A request is answered only after `sync()` resolves, so
 * nothing acknowledged is lost, but concurrent requests share one flush instead of paying one each.
 *
 * The database layer calls `committed()` as each write commits. `sync()` waits for a flush that
 * *started* after the latest such commit: a flush already under way when it is called may have
 * begun before that commit, so it waits for the next one, which starts as soon as the running
 * flush ends and covers every commit made meanwhile. At most one flush runs at a time; under load
 * each one serves every commit that arrived while the previous one ran.
 */

export interface GroupCommitOptions {
  /** Makes durable everything committed before it was called. */
  flush(): Promise<void>;
  /**
   * After a failed flush, refuse every later sync with the same error (SQLite: after a failed
   * fsync the kernel may have dropped the unwritten pages, so a later successful fsync proves
   * nothing). Without it only the waiters of the failed flush are refused (PostgreSQL: a lost
   * connection says nothing about later commits).
   */
  fatalErrors: boolean;
}

const ignore = () => undefined;

export class GroupCommit {
  /** Writes committed so far. */
  private commits = 0;
  /** Writes known durable: those committed before the last completed flush started. */
  private durable = 0;
  private running: Promise<void> | null = null;
  private failure: Error | null = null;
  /** Flushes completed, and the commits they covered (for the benchmarks and tests). */
  readonly stats = { flushes: 0, commits: 0 };

  constructor(private readonly options: GroupCommitOptions) {}

  /** A write has committed (but may not yet be durable). */
  committed(): void {
    this.commits++;
  }

  /** Settles when the flush under way ends (null when none runs); never rejects. */
  get flushing(): Promise<void> | null {
    return (
      this.running?.then(
        () => {},
        () => {},
      ) ?? null
    );
  }

  /** Whether every commit so far is durable. */
  get idle(): boolean {
    return this.durable >= this.commits;
  }

  /**
   * Resolves once the flush under way, if any, has ended (whether it worked or not): a commit made
   * after that is covered by the next flush, which then starts at once. For a writer that gathers
   * work while a flush runs and commits it all just before the next (src/server/audit/read-batch.ts).
   */
  flushEnded(): Promise<void> {
    return this.running ? this.running.then(ignore, ignore) : Promise.resolve();
  }

  /** Resolves once everything committed before this call is durable; rejects if that cannot be known. */
  sync(): Promise<void> {
    const target = this.commits;
    if (this.durable >= target) return Promise.resolve();
    if (this.failure) return Promise.reject(this.failure);
    return this.waitFor(target);
  }

  private async waitFor(target: number): Promise<void> {
    while (this.durable < target) {
      if (this.failure) throw this.failure;
      // A running flush may have started before our commit: wait for it, then start the next.
      this.running ??= this.flushOnce();
      await this.running;
    }
  }

  private async flushOnce(): Promise<void> {
    const covering = this.commits;
    try {
      await this.options.flush();
      this.stats.flushes++;
      this.stats.commits += covering - this.durable;
      this.durable = Math.max(this.durable, covering);
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      if (this.options.fatalErrors) this.failure = error;
      throw error;
    } finally {
      this.running = null;
    }
  }
}
