/**
 * The audit entries of reads, appended together. A read (a client list, a record viewed) writes
 * nothing but its audit entry; appended in the read's own transaction, every read paid a write
 * transaction of its own: begin, the anchor read and move, the commit, and a place in the queue
 * for the audit chain's lock. Here the entries wait while a batch is being written, and the next
 * transaction appends all of them at once (`AuditLog.appendAll`), reading and moving the anchor
 * once. Its commit then rides the group commit (src/db/group-commit.ts): each entry's promise
 * resolves only when the commit that holds it is durable, and a failed append or flush rejects
 * every entry of its batch, so the reads fail instead of answering unaudited.
 *
 * Used on SQLite (`AuditLog.auditedRead`); on PostgreSQL a read's entry goes with its own COMMIT.
 *
 * Batches are written one after another, in arrival order, so the chain holds entries in the
 * order they were handed over. A batch is written once no flush is running: an entry committed
 * while one runs would have to wait for the next flush anyway, so the entries that arrive during a
 * flush wait for its end and go together, in one transaction, into the flush that follows. Without
 * that, each read's entry took a transaction of its own (a read's entry seldom finds another
 * waiting: the reads are spread out by the rest of the request's work).
 */
import type { Db } from '../../db/dialect.ts';
import type { Tx } from '../context.ts';
import type { Actor, AuditEntry } from './audit-log.ts';

/** More at once would hold the chain's lock (PostgreSQL) or the writer (SQLite) for long. */
const MAX_BATCH = 200;

interface Pending {
  actor: Actor;
  entry: AuditEntry;
  resolve(): void;
  reject(err: unknown): void;
}

type AppendAll = (trx: Tx, items: ReadonlyArray<{ actor: Actor; entry: AuditEntry }>) => Promise<void>;

export class ReadAuditBatch {
  private queue: Pending[] = [];
  private writing = false;

  constructor(
    private readonly db: Db,
    private readonly appendAll: AppendAll,
  ) {}

  /** Resolves once the entry is appended and durable. */
  add(actor: Actor, entry: AuditEntry): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.queue.push({ actor, entry, resolve, reject }));
    if (!this.writing) void this.write();
    return done;
  }

  private async write(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        // An entry committed while a flush runs is durable only after the next one: wait for the
        // running flush to end, gathering the entries that arrive meanwhile, and commit them all
        // just before the next flush starts (which the batch's sync starts at once).
        await this.db.groupCommit?.flushEnded();
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          await this.db.kysely.transaction().execute((trx) => this.appendAll(trx, batch));
        } catch (err) {
          for (const p of batch) p.reject(err);
          continue;
        }
        // Durable later, with whatever else this flush covers; the next batch need not wait.
        this.db.sync().then(
          () => {
            for (const p of batch) p.resolve();
          },
          (err: unknown) => {
            for (const p of batch) p.reject(err);
          },
        );
      }
    } finally {
      this.writing = false;
    }
  }
}
