/**
 * Opens a Kysely instance on SQLite (better-sqlite3, the embedded default) or PostgreSQL (pg),
 * chosen by the database URL. PostgreSQL values are normalised on read so repositories see the
 * same JavaScript values on both: timestamptz → ISO-8601 UTC string, int8/numeric → number.
 * Only the driver the URL needs is loaded (pg alone is about 15 MB resident).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type PostgresPool, type SqliteDatabase } from 'kysely';
import type pg from 'pg';
import { parseDatabaseUrl } from './database-url.ts';
import { GroupCommit } from './group-commit.ts';
import { FLUSH_SQL, groupCommitPool } from './pg-group-commit.ts';
import { connectOrBusy, POOL_WAIT_MS } from './pool-wait.ts';
import type { Database } from './schema.ts';
import { SqliteTransactionBatches } from './sqlite-batch.ts';
import { type CheckpointOptions, DEFAULT_CHECKPOINT, WalCheckpointer } from './sqlite-checkpointer.ts';
import { BEGIN_READ_ONLY, ConnectionGate, GatedSqliteDialect } from './sqlite-gate.ts';
import { walSync } from './sqlite-wal-sync.ts';

// Both drivers are CommonJS: a synchronous require keeps openDatabase synchronous.
const requireCjs = createRequire(import.meta.url);

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, without credentials: a file path or host/database. */
  location: string;
  /** The raw better-sqlite3 handle (SQLite only), for online backups and streamed reads. */
  sqlite?: SQLite.Database;
  /** The pg pool (PostgreSQL only), for reads as arrays (src/server/outcomes/repository.ts). */
  pgPool?: import('pg').Pool;
  /**
   * Resolves once every write this process committed before the call is durable (on disk, as a
   * synchronous commit would have left it). Transactions commit without waiting for the disk and
   * share one flush (src/db/group-commit.ts); every request awaits this before it is answered.
   */
  sync(): Promise<void>;
  /** The group commit behind `sync` (absent when every commit syncs on its own). */
  groupCommit?: GroupCommit;
  /** SQLite with group commit: the checkpointer that keeps the WAL off the request path and bounded. */
  checkpointer?: WalCheckpointer;
  /**
   * SQLite with group commit: transactions that arrive together run as savepoints of one SQLite
   * transaction with one COMMIT (src/db/sqlite-batch.ts); `transaction()` (src/server/context.ts)
   * runs through it.
   */
  batches?: SqliteTransactionBatches;
  /** Syncs, then closes. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Group commit (the default): commits wait for no disk flush of their own and `sync()` makes
   * them durable together. `false`: every commit is durable on its own (SQLite `synchronous =
   * FULL`, PostgreSQL synchronous commits) and `sync()` has nothing to wait for — the baseline
   * the benchmarks compare with.
   */
  groupCommit?: boolean;
  /** SQLite with group commit: when the WAL is checkpointed and restarted (src/db/sqlite-checkpointer.ts). */
  checkpoint?: Partial<CheckpointOptions>;
}

const synced = () => Promise.resolve();

/** `close` may be called more than once (a test's cleanup after the code under test closed it). */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}

const PG_OID = { int8: 20, numeric: 1700, timestamp: 1114, timestamptz: 1184 } as const;

function pgTypeParser(types: typeof pg.types): (oid: number, format?: string) => (value: string) => unknown {
  return (oid, format) => {
    switch (oid) {
      case PG_OID.int8:
      case PG_OID.numeric:
        return (v) => Number(v);
      case PG_OID.timestamptz:
        return (v) => new Date(v).toISOString();
      case PG_OID.timestamp:
        return (v) => new Date(`${v.replace(' ', 'T')}Z`).toISOString();
      default:
        return types.getTypeParser(oid, format as 'text') as (value: string) => unknown;
    }
  };
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function openDatabase(url: string, options: OpenOptions = {}): Db {
  const target = parseDatabaseUrl(url);
  const grouped = options.groupCommit !== false;
  if (target.dialect === 'postgres') return openPostgres(url, grouped);
  const { file } = target;
  if (file !== ':memory:') makePrivate(file);
  const BetterSqlite = requireCjs('better-sqlite3') as typeof import('better-sqlite3');
  const sqlite = new BetterSqlite(file);
  sqlite.pragma('journal_mode = WAL');
  // Group commit: each commit is written to the WAL and made durable by the WAL fsync that
  // sync() runs for many commits at once (src/db/sqlite-wal-sync.ts). `FULL` fsyncs every commit.
  const group = grouped && file !== ':memory:' ? sqliteGroupCommit(file, sqlite, options.checkpoint) : null;
  sqlite.pragma(group ? 'synchronous = NORMAL' : 'synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  optimizeSqlite(sqlite, true);
  const config = { database: withStatementCache(sqlite, group?.commits) };
  // Without group commit nothing closes the gate; the dialect still begins read-only transactions deferred.
  const kysely = new Kysely<Database>({
    dialect: new GatedSqliteDialect(config, group?.gate ?? new ConnectionGate()),
  });
  const batches = group ? new SqliteTransactionBatches(kysely, group.commits) : undefined;
  return {
    kysely,
    dialect: 'sqlite',
    location: file,
    sqlite,
    sync: group ? () => group.commits.sync() : synced,
    groupCommit: group?.commits,
    checkpointer: group?.checkpointer,
    batches,
    close: once(async () => {
      try {
        await batches?.drain();
        await group?.commits.sync();
        await group?.checkpointer.close();
      } finally {
        group?.wal.close();
        await kysely.destroy();
      }
    }),
  };
}

/**
 * Group commit on SQLite: the WAL's fsync shared by many commits (sqlite-wal-sync.ts), and after
 * each, the checkpointer's look at the log (sqlite-checkpointer.ts).
 */
function sqliteGroupCommit(file: string, sqlite: SQLite.Database, checkpoint?: Partial<CheckpointOptions>) {
  const wal = walSync(file);
  const gate = new ConnectionGate();
  const driver = requireCjs.resolve('better-sqlite3');
  const checkpointer = new WalCheckpointer(file, sqlite, gate, driver, {
    ...DEFAULT_CHECKPOINT,
    ...checkpoint,
  });
  const flush = async () => {
    await wal.flush();
    checkpointer.afterFlush();
  };
  return { wal, gate, checkpointer, commits: new GroupCommit({ flush, fatalErrors: true }) };
}

function openPostgres(url: string, grouped: boolean): Db {
  const pg = requireCjs('pg') as typeof import('pg');
  const newPool = (max: number, waitMs?: number) => {
    const pool = new pg.Pool({
      connectionString: url,
      max,
      connectionTimeoutMillis: waitMs,
      types: { getTypeParser: pgTypeParser(pg.types) as typeof pg.types.getTypeParser },
    });
    // An idle connection that the server closes (restart, admin termination) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection error: ${err.message}`));
    return pool;
  };
  // A request waits at most POOL_WAIT_MS for a connection (src/db/pool-wait.ts).
  const pool = newPool(10, POOL_WAIT_MS);
  const parsed = new URL(url);
  const location = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  if (!grouped) {
    const busyAware = { connect: () => connectOrBusy(pool), end: () => pool.end() };
    const kysely = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: busyAware as unknown as PostgresPool }),
    });
    return {
      kysely,
      dialect: 'postgres',
      pgPool: pool,
      location,
      sync: synced,
      close: () => kysely.destroy(),
    };
  }
  // One connection of its own for the flushes, so a busy pool never delays them.
  const flusher = newPool(1);
  const commits = new GroupCommit({
    flush: async () => void (await flusher.query(FLUSH_SQL)),
    fatalErrors: false,
  });
  // Transactions commit asynchronously only once a flush has worked (see pg-group-commit.ts).
  const probe = flusher.query(FLUSH_SQL).then(
    () => true,
    (err: Error) => {
      console.error(`PostgreSQL group commit is off (${err.message}): every commit syncs`);
      return false;
    },
  );
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: groupCommitPool(pool, commits, probe) }),
  });
  return {
    kysely,
    dialect: 'postgres',
    pgPool: pool,
    location,
    sync: () => commits.sync(),
    groupCommit: commits,
    close: once(async () => {
      try {
        await probe;
        await commits.sync();
      } finally {
        await kysely.destroy();
        await flusher.end();
      }
    }),
  };
}

/**
 * The database holds health data: its file is created readable and writable by its owner only
 * (0600), in a directory created 0700. SQLite gives the -wal and -shm files the database file's
 * permissions. A file created earlier with wider permissions (0644) is narrowed at open, the -wal
 * and -shm beside it too.
 */
function makePrivate(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((fs.statSync(f).mode & 0o077) !== 0) fs.chmodSync(f, 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

/**
 * SQLite chooses indexes from the statistics ANALYZE gathers; without them it may scan a program's
 * 50,000 derived rows to delete one enrollment's. SQLite's advice for long-lived connections: at
 * open, `PRAGMA optimize=0x10002` (analyse every table that needs it), then `PRAGMA optimize` now
 * and then (the scheduler does, hourly), with `analysis_limit` keeping each analysis to a sample.
 */
export function optimizeSqlite(sqlite: SQLite.Database, atOpen = false): void {
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma(atOpen ? 'optimize = 0x10002' : 'optimize');
}

/** Refreshes the query planner's statistics where the database needs it (PostgreSQL's autovacuum does). */
export function optimizeStatistics(db: Db): void {
  if (db.sqlite) optimizeSqlite(db.sqlite);
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing is a measurable share of a request's
 * CPU. Kysely runs one query at a time on the connection, so reusing a prepared statement is safe.
 *
 * Its transactions also begin as `begin` (deferred): a transaction that read and then writes while
 * another process wrote meanwhile fails at once with SQLITE_BUSY, which busy_timeout does not wait
 * out. They begin as `begin immediate` instead, taking the write lock first, so that a second
 * process (a CLI command, another server) waits its turn. In one process Kysely runs one
 * transaction at a time on its one connection anyway. A transaction declared read-only begins
 * deferred instead (`BEGIN_READ_ONLY`, src/db/sqlite-gate.ts): it never needs the write lock, and
 * taking it would hold up another process's writers for a read.
 */
function withStatementCache(sqlite: SQLite.Database, commits?: GroupCommit, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  let transactionWrote = false;
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const source = text === 'begin' ? 'begin immediate' : text;
      let stmt = cache.get(source);
      if (!stmt) {
        stmt = sqlite.prepare(source);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(source, stmt);
      }
      if (commits) noteCommit(text, stmt);
      return stmt;
    },
  };

  /**
   * Tells the group commit about each commit that wrote something. Kysely runs the statement
   * right after preparing it, in the same synchronous call, so counting it here counts it before
   * any sync() could start a flush that misses it. A statement outside a transaction that changes
   * something commits on its own; a transaction counts at its COMMIT, if it wrote.
   */
  function noteCommit(text: string, stmt: SQLite.Statement): void {
    if (text === 'begin' || text === BEGIN_READ_ONLY) transactionWrote = false;
    else if (text === 'commit') {
      if (transactionWrote) commits!.committed();
      transactionWrote = false;
    } else if (text === 'rollback') transactionWrote = false;
    else if (!stmt.readonly) {
      if (sqlite.inTransaction) transactionWrote = true;
      else commits!.committed();
    }
  }
}

/** The default embedded database, relative to the working directory. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/threshold.sqlite';
