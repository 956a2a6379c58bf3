/**
 * A gate in front of Kysely's one SQLite connection, so that the WAL checkpointer
 * (src/db/sqlite-checkpointer.ts) can have the database to itself for a moment without blocking
 * the event loop: while the gate is closed, queries wait (asynchronously) to acquire the
 * connection instead of running into SQLite's write lock, whose busy handler would sleep on the
 * event loop.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';

/** How a read-only transaction begins (`transaction().setAccessMode('read only')`). */
export const BEGIN_READ_ONLY = 'begin deferred';

export class ConnectionGate {
  /** Acquisitions that passed the gate and have not released the connection yet. */
  private inFlight = 0;
  private shut: Promise<void> | null = null;
  private reopen: (() => void) | null = null;
  private drained: (() => void) | null = null;

  async enter(): Promise<void> {
    while (this.shut) await this.shut;
    this.inFlight++;
  }

  leave(): void {
    this.inFlight--;
    if (this.inFlight === 0) this.drained?.();
  }

  /**
   * Closes the gate and waits until nothing holds or waits for the connection. Resolves false
   * (and reopens) when that takes longer than `timeoutMs` (a long streamed read, say).
   */
  async close(timeoutMs: number): Promise<boolean> {
    if (this.shut) return false;
    this.shut = new Promise((resolve) => {
      this.reopen = resolve;
    });
    if (this.inFlight === 0) return true;
    const drained = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.drained = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    this.drained = null;
    if (!drained) this.open();
    return drained;
  }

  open(): void {
    const reopen = this.reopen;
    this.shut = null;
    this.reopen = null;
    reopen?.();
  }
}

class GatedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly gate: ConnectionGate,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.gate.enter();
    try {
      return await this.inner.acquireConnection();
    } catch (err) {
      this.gate.leave();
      throw err;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.releaseConnection(connection);
    } finally {
      this.gate.leave();
    }
  }

  /**
   * A read-only transaction begins deferred: it takes no lock until it reads, and never the write
   * lock. Every other transaction begins as Kysely's `begin`, which the connection runs as `begin
   * immediate` (src/db/dialect.ts).
   */
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (settings.accessMode === 'read only') {
      await connection.executeQuery(CompiledQuery.raw(BEGIN_READ_ONLY));
      return;
    }
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  savepoint(c: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.inner.savepoint!(c, name, compile);
  }

  rollbackToSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.rollbackToSavepoint!(c, name, compile);
  }

  releaseSavepoint(
    c: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.inner.releaseSavepoint!(c, name, compile);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/**
 * Kysely's SQLite adapter, holding the one connection (`SqliteDatabase`, the statement cache of
 * src/db/dialect.ts) so that a query compiled once (src/db/precompiled.ts) can run on it at once,
 * synchronously, inside a transaction. A transaction holds Kysely's one SQLite connection from its
 * BEGIN to its COMMIT, and better-sqlite3 runs a statement to its end before returning, so nothing
 * else can run on the connection meanwhile: Kysely's per-query chain of promises (connection
 * provider, mutex, driver, result plugins — none are configured) adds nothing there but CPU. The
 * statement goes through the same `prepare` as Kysely's, so the group commit still sees every
 * write (`noteCommit`).
 */
export class DirectSqliteAdapter extends SqliteAdapter {
  constructor(private readonly database: SqliteDatabase) {
    super();
  }

  /** Runs `sql` with `parameters` as Kysely's SQLite driver would, without leaving the call. */
  run<O>(sql: string, parameters: readonly unknown[]): QueryResult<O> {
    const stmt = this.database.prepare(sql);
    if (stmt.reader) return { rows: stmt.all(parameters) as O[] };
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return {
      numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
      insertId:
        lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
      rows: [],
    };
  }
}

/** Kysely's SQLite dialect with the adapter above (the group commit's dialect adds the gate). */
export class DirectSqliteDialect extends SqliteDialect {
  constructor(private readonly direct: SqliteDialectConfig & { database: SqliteDatabase }) {
    super(direct);
  }

  override createAdapter(): DialectAdapter {
    return new DirectSqliteAdapter(this.direct.database);
  }
}

/**
 * Kysely's SQLite dialect with every acquisition of the connection passing `gate`, and read-only
 * transactions begun deferred.
 */
export class GatedSqliteDialect extends DirectSqliteDialect {
  constructor(
    config: SqliteDialectConfig & { database: SqliteDatabase },
    private readonly gate: ConnectionGate,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    return new GatedDriver(super.createDriver(), this.gate);
  }
}
