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
 *
 * After a start (or an eviction): the columns come from the program's stored snapshot (snapshot.ts,
 * migration 0031) when it is of the program's epoch and not ahead of its revision, and are then
 * brought up to date as above. A snapshot is written after every full read and every instrument
 * added, and after SAVE_AFTER_CHANGES enrollments changed since the last one, in the background
 * (the view does not wait for it).
 */
import type { Db as Dialect } from '../../db/dialect.ts';
import { parsePoints } from '../../domain/outcomes/stored.ts';
import { ProgramColumns } from './columns.ts';
import * as repo from './repository.ts';
import { packSnapshot, SNAPSHOT_FORMAT, unpackSnapshot } from './snapshot.ts';
import { readSnapshot, writeSnapshot } from './snapshot-repository.ts';

/** Beyond this many changed enrollments, reading the program again is as cheap. */
const INCREMENTAL_LIMIT = 5_000;
const CHUNK = 500;
const DEFAULT_BUDGET_BYTES = 64 * 1024 * 1024;
/** Enrollments changed since the stored snapshot before it is written again. */
const SAVE_AFTER_CHANGES = 1_000;

export class OutcomeCache {
  private readonly entries = new Map<string, ProgramColumns>();
  /** One refresh at a time per program: concurrent views wait for it and share its result. */
  private readonly locks = new Map<string, Promise<unknown>>();
  /** Per program: enrollments changed since its snapshot was last written (Infinity: never). */
  private readonly unsaved = new Map<string, number>();
  /** The snapshot writes in flight, one after the other. */
  private saving: Promise<void> = Promise.resolve();

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
    let entry = this.entries.get(key) ?? (await this.fromSnapshot(key, organizationId, programId, state));
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
        this.unsaved.set(key, (this.unsaved.get(key) ?? 0) + changed.length);
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
      this.unsaved.set(key, Number.POSITIVE_INFINITY);
    }
    if (instrumentId !== null && !entry.hasInstrument(instrumentId, keys)) {
      const columns = entry;
      columns.addInstrument(instrumentId, keys);
      this.unsaved.set(key, Number.POSITIVE_INFINITY);
      await repo.eachSeries(this.db, organizationId, programId, instrumentId, (enrollmentId, points) => {
        // A series written after the enrollments were read comes with the next revision.
        const row = columns.rowOf(enrollmentId);
        if (row !== undefined) columns.setSeries(instrumentId, row, parsePoints(points));
      });
    }
    this.entries.set(key, entry);
    this.evict(entry);
    if ((this.unsaved.get(key) ?? 0) >= SAVE_AFTER_CHANGES) this.save(key, organizationId, programId, entry);
    return entry;
  }

  /** The program's stored columns, when they can be brought up to date from here. */
  private async fromSnapshot(
    key: string,
    organizationId: string,
    programId: string,
    state: { epoch: number; revision: number },
  ): Promise<ProgramColumns | undefined> {
    const stored = await readSnapshot(this.db.kysely, organizationId, programId);
    if (!stored || stored.format !== SNAPSHOT_FORMAT) return undefined;
    if (stored.epoch !== state.epoch || stored.revision > state.revision) return undefined;
    const decoded = await unpackSnapshot(stored.data);
    if (!decoded) return undefined;
    this.unsaved.set(key, 0);
    return ProgramColumns.fromState(decoded);
  }

  /**
   * Encodes the columns now (they change with the next view), compresses them off the event loop
   * and writes them in the background, one write after another.
   */
  private save(key: string, organizationId: string, programId: string, entry: ProgramColumns): void {
    this.unsaved.set(key, 0);
    const meta = { epoch: entry.epoch, revision: entry.revision, format: SNAPSHOT_FORMAT };
    const data = packSnapshot(entry.state());
    // Awaited below, in turn; a failure is handled there, not reported as unhandled meanwhile.
    data.catch(() => undefined);
    // A failed write costs only the next start's full read: the view is not failed for it.
    this.saving = this.saving
      .then(async () => {
        const snapshot = { ...meta, data: await data };
        await writeSnapshot(this.db.kysely, organizationId, programId, snapshot, this.db.dialect);
      })
      .catch(() => undefined);
  }

  /** Resolves when the snapshot writes started so far are done (tests, shutdown). */
  saved(): Promise<void> {
    return this.saving;
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
