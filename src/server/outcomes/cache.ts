/**
 * Programs' derived outcomes kept in memory as columns (columns.ts), so that a dashboard view of
 * a program with 50,000 enrollments reads from the database only what changed since the last view.
 *
 * Freshness: every derivation stamps the rows it writes with a new revision of their program
 * (migration 0007-outcome-revisions). Before each use, `columnsFor` reads the program's revision
 * and epoch (one indexed row): the same revision means nothing changed; a later one means the
 * enrollments written since are read again, with their series of every instrument held; a new
 * epoch (an enrollment left the program) or a large change means the program is read again in
 * full. This holds across processes, since the revision lives in the database.
 *
 * Memory: entries are evicted least recently used first beyond a budget (64 MB by default); full
 * reads stream rows (repository.ts eachEnrollment, eachSeries) rather than holding them all.
 */
import type { Db as Dialect } from '../../db/dialect.ts';
import { parsePoints } from '../../domain/outcomes/stored.ts';
import { ProgramColumns } from './columns.ts';
import * as repo from './repository.ts';

/** Beyond this many changed enrollments, reading the program again is as cheap. */
const INCREMENTAL_LIMIT = 5_000;
const CHUNK = 500;
const DEFAULT_BUDGET_BYTES = 64 * 1024 * 1024;

export class OutcomeCache {
  private readonly entries = new Map<string, ProgramColumns>();
  /** One refresh at a time per program: concurrent views wait for it and share its result. */
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Dialect,
    private readonly budgetBytes = DEFAULT_BUDGET_BYTES,
  ) {}

  /**
   * The program's columns with `instrumentId` (whose timepoints are `keys`, in schedule order)
   * loaded, up to date with the database. Derive stale enrollments before calling; not from inside
   * a transaction (full reads take the connection).
   */
  columnsFor(
    organizationId: string,
    programId: string,
    instrumentId: string | null,
    keys: readonly string[],
  ): Promise<ProgramColumns> {
    const key = `${organizationId}\u0000${programId}`;
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() => this.refresh(key, organizationId, programId, instrumentId, keys));
    this.locks.set(key, run);
    void run
      .finally(() => {
        if (this.locks.get(key) === run) this.locks.delete(key);
      })
      .catch(() => undefined);
    return run;
  }

  private async refresh(
    key: string,
    organizationId: string,
    programId: string,
    instrumentId: string | null,
    keys: readonly string[],
  ): Promise<ProgramColumns> {
    const db = this.db.kysely;
    const state = await repo.programState(db, organizationId, programId);
    let entry = this.entries.get(key);
    this.entries.delete(key);
    // A revision behind the one held: the database was restored from a backup.
    if (entry && entry.revision > state.revision) entry = undefined;
    if (entry && entry.epoch === state.epoch && entry.revision < state.revision) {
      const changed = await repo.enrollmentsSince(
        db,
        organizationId,
        programId,
        entry.revision,
        INCREMENTAL_LIMIT + 1,
      );
      if (changed.length > INCREMENTAL_LIMIT) entry = undefined;
      else {
        const rows = changed.map((r) => entry!.setEnrollment(r));
        for (const instrument of entry.loadedInstruments()) {
          const points = new Map<string, string>();
          for (let i = 0; i < changed.length; i += CHUNK) {
            const ids = changed.slice(i, i + CHUNK).map((r) => r.enrollment_id);
            for (const s of await repo.seriesOfEnrollments(db, organizationId, programId, instrument, ids))
              points.set(s.enrollment_id, s.points);
          }
          changed.forEach((r, k) => {
            const json = points.get(r.enrollment_id);
            entry!.setSeries(instrument, rows[k]!, json === undefined ? null : parsePoints(json));
          });
        }
        entry.revision = state.revision;
      }
    }
    if (!entry || entry.epoch !== state.epoch) {
      const fresh = new ProgramColumns(state.epoch, state.revision);
      await repo.eachEnrollment(this.db, organizationId, programId, (r) => fresh.setEnrollment(r));
      entry = fresh;
    }
    if (instrumentId !== null && !entry.hasInstrument(instrumentId, keys)) {
      const columns = entry;
      columns.addInstrument(instrumentId, keys);
      await repo.eachSeries(this.db, organizationId, programId, instrumentId, (enrollmentId, points) => {
        // A series written after the enrollments were read comes with the next revision.
        const row = columns.rowOf(enrollmentId);
        if (row !== undefined) columns.setSeries(instrumentId, row, parsePoints(points));
      });
    }
    this.entries.set(key, entry);
    this.evict(entry);
    return entry;
  }

  /** Drops the least recently used entries beyond the budget (never the one just used). */
  private evict(keep: ProgramColumns): void {
    let total = 0;
    for (const e of this.entries.values()) total += e.bytes;
    for (const [k, e] of this.entries) {
      if (total <= this.budgetBytes || e === keep) break;
      total -= e.bytes;
      this.entries.delete(k);
    }
  }
}

const caches = new WeakMap<Dialect, OutcomeCache>();

/** The cache of one open database (one per server process and database). */
export function outcomeCache(db: Dialect): OutcomeCache {
  let c = caches.get(db);
  if (!c) {
    c = new OutcomeCache(db);
    caches.set(db, c);
  }
  return c;
}
