/**
 * Transactions that arrive together share one SQLite transaction (SQLite with group commit only).
 *
 * On SQLite a small transaction's cost is mostly its BEGIN and COMMIT: the COMMIT writes every page
 * the transaction changed to the write-ahead log, one frame (two `write` calls) each, and the pages
 * a portal submission changes (the anchor, the sequence, the tail of each table and index) are
 * largely the same ones the next submission changes. Kysely runs one transaction at a time on the
 * one connection anyway, so a transaction that has to wait its turn loses nothing by running
 * inside the one before it instead: each joins the open SQLite transaction as a SAVEPOINT, which
 * it releases when it succeeds and rolls back to when it fails (undoing its own statements only).
 * A batch stays open while the group commit's flush (src/db/group-commit.ts) runs: a commit made
 * now would wait for the next flush anyway, which starts when this one ends. It COMMITs once, at
 * the end of the event loop's turn (`setImmediate`: requests whose bytes arrived meanwhile have
 * reached their transaction by then) in which no transaction waits and no flush runs, or when it
 * holds `maxMembers`, or has been open for `maxMs`; the next flush then makes it durable.
 *
 * Each member resolves — or rejects with its own error — only after the batch's COMMIT ran, so a
 * caller that awaits it and then `sync()` answers only once its data is durable, and no answer,
 * not even a refusal, rests on a write of another member that was never committed. If the COMMIT
 * fails, or SQLite undid the whole transaction (a savepoint could not be rolled back to), every
 * member of the batch fails with that error and nothing of it is stored.
 *
 * Members run one after another, never interleaved (a member that awaits keeps the turn), exactly
 * as transactions on the one connection did; statements outside a transaction wait for the batch's
 * COMMIT as they waited for a transaction's.
 */
import type { ControlledTransaction, Kysely } from 'kysely';
import type { GroupCommit } from './group-commit.ts';
import type { Database } from './schema.ts';
import { DirectSqliteAdapter } from './sqlite-gate.ts';

export interface BatchOptions {
  /** The most transactions one batch holds. */
  maxMembers: number;
  /** A batch commits once it has been open this long, even with transactions waiting. */
  maxMs: number;
}

export const DEFAULT_BATCH: BatchOptions = { maxMembers: 16, maxMs: 5 };

interface Batch {
  trx: ControlledTransaction<Database>;
  direct: DirectSqliteAdapter;
  members: number;
  openedAt: number;
  /** Settles once the batch committed (resolves) or was rolled back (rejects with the cause). */
  done: Promise<void>;
  settle(error?: unknown): void;
  /** A commit is scheduled for the end of the event loop's turn. */
  scheduled: boolean;
}

export class SqliteTransactionBatches {
  private batch: Batch | null = null;
  private busy = false;
  private readonly waiting: Array<() => void> = [];
  /** Batches committed and the transactions they held (for the benchmarks and tests). */
  readonly stats = { batches: 0, members: 0 };

  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly commits: GroupCommit,
    private readonly options: BatchOptions = DEFAULT_BATCH,
  ) {}

  /** Runs `fn` as one transaction of the current batch; resolves after the batch's COMMIT. */
  async run<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    await this.acquire();
    let batch: Batch;
    try {
      batch = this.batch ?? (await this.begin());
    } catch (err) {
      this.release();
      throw err;
    }
    const name = `batch_member_${++batch.members}`;
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      batch.direct.run(`savepoint ${name}`, []);
      try {
        outcome = { ok: true, value: await fn(batch.trx) };
        batch.direct.run(`release ${name}`, []);
      } catch (error) {
        outcome = { ok: false, error };
        batch.direct.run(`rollback to ${name}`, []);
        batch.direct.run(`release ${name}`, []);
      }
    } catch (fatal) {
      // The savepoint could not be taken or undone: SQLite may have rolled the whole transaction
      // back. Nothing of this batch is committed.
      await this.abort(batch, fatal);
      this.release();
      throw fatal;
    }
    const full =
      batch.members >= this.options.maxMembers || performance.now() - batch.openedAt >= this.options.maxMs;
    if (full) await this.commit(batch);
    else if (this.waiting.length === 0) this.schedule(batch);
    this.release();
    await batch.done;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** Resolves once no batch is open (before the database closes). */
  async drain(): Promise<void> {
    while (this.batch || this.busy) {
      const open = this.batch;
      if (open) await open.done.catch(() => {});
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Commits `batch` at the end of a turn once no flush runs, or once it is `maxMs` old. */
  private schedule(batch: Batch): void {
    if (batch.scheduled) return;
    batch.scheduled = true;
    const flushing = this.commits.flushing;
    if (!flushing) {
      setImmediate(() => void this.commitIfIdle(batch));
      return;
    }
    const age = performance.now() - batch.openedAt;
    const timer = setTimeout(() => void this.commitIfIdle(batch), Math.max(0, this.options.maxMs - age));
    void flushing.then(() => {
      clearTimeout(timer);
      setImmediate(() => void this.commitIfIdle(batch));
    });
  }

  /** Commits `batch` unless it is gone or a member runs (that member decides at its end). */
  private async commitIfIdle(batch: Batch): Promise<void> {
    batch.scheduled = false;
    if (this.batch !== batch || this.busy) return;
    this.busy = true;
    await this.commit(batch);
    this.release();
  }

  private async begin(): Promise<Batch> {
    const trx = await this.kysely.startTransaction().execute();
    const direct = trx.getExecutor().adapter;
    if (!(direct instanceof DirectSqliteAdapter)) {
      await trx.rollback().execute();
      throw new Error('transaction batches need the SQLite dialect of src/db/dialect.ts');
    }
    let settle!: (error?: unknown) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    // A batch whose members all failed before it was rolled back has nobody awaiting `done`.
    done.catch(() => {});
    this.batch = { trx, direct, members: 0, openedAt: performance.now(), done, settle, scheduled: false };
    return this.batch;
  }

  private async commit(batch: Batch): Promise<void> {
    this.batch = null;
    try {
      await batch.trx.commit().execute();
    } catch (err) {
      // Kysely releases the connection on a rollback, whether or not the rollback succeeds.
      if (!batch.trx.isRolledBack)
        await batch.trx
          .rollback()
          .execute()
          .catch(() => {});
      batch.settle(err);
      return;
    }
    this.stats.batches++;
    this.stats.members += batch.members;
    batch.settle();
  }

  private async abort(batch: Batch, cause: unknown): Promise<void> {
    this.batch = null;
    await batch.trx
      .rollback()
      .execute()
      .catch(() => {});
    batch.settle(cause);
  }

  private async acquire(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}
