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
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import type pg from 'pg';
import { parseDatabaseUrl } from './database-url.ts';
import type { Database } from './schema.ts';

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
  close(): Promise<void>;
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

export function openDatabase(url: string): Db {
  const target = parseDatabaseUrl(url);
  if (target.dialect === 'postgres') {
    const pg = requireCjs('pg') as typeof import('pg');
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      types: { getTypeParser: pgTypeParser(pg.types) as typeof pg.types.getTypeParser },
    });
    // An idle connection that the server closes (restart, admin termination) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection error: ${err.message}`));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const parsed = new URL(url);
    return {
      kysely,
      dialect: 'postgres',
      pgPool: pool,
      location: `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
      close: () => kysely.destroy(),
    };
  }
  const { file } = target;
  if (file !== ':memory:') makePrivate(file);
  const BetterSqlite = requireCjs('better-sqlite3') as typeof import('better-sqlite3');
  const sqlite = new BetterSqlite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  optimizeSqlite(sqlite, true);
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { kysely, dialect: 'sqlite', location: file, sqlite, close: () => kysely.destroy() };
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
 * transaction at a time on its one connection anyway.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
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
      return stmt;
    },
  };
}

/** The default embedded database, relative to the working directory. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/threshold.sqlite';
