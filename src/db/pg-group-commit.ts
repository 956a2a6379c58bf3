/**
 * Group commit on PostgreSQL.
 *
 * Every transaction Kysely begins also sets `synchronous_commit = off` for itself (in the same
 * round trip as its BEGIN): its COMMIT returns once the commit record is in the WAL buffers, and
 * its locks are released then, without waiting for the WAL flush. That matters because audit
 * appends are serialised (the hash chain has one head): with synchronous commits every submission
 * held the chain's lock through its own WAL flush, so submissions could never share one.
 *
 * Durability comes after: `flush()` runs one small transaction that writes WAL (a transactional
 * logical message, which needs no table and no privilege) and commits synchronously. PostgreSQL
 * flushes the WAL in order, so when that commit returns, every commit record written before it —
 * every transaction whose COMMIT returned before the flush began — is on disk. GroupCommit calls
 * it once for all the transactions that committed while the previous flush ran.
 *
 * Statements outside a transaction keep PostgreSQL's default (a synchronous commit each). Group
 * commit is switched on only once the flush has worked (transactions begun before that wait for
 * the first try); where it cannot work (a server that refuses the function), every transaction
 * commits synchronously as before.
 */
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import type { GroupCommit } from './group-commit.ts';
import { inlinable, inlineParameters, isAtCommit, readsHeld } from './pg-at-commit.ts';
import { connectOrBusy } from './pool-wait.ts';

export const FLUSH_SQL = "select pg_logical_emit_message(true, 'threshold.group-commit', '')";
const ASYNC_COMMIT = 'set local synchronous_commit to off';
const WROTE = 'select txid_current_if_assigned() is not null as wrote';

type Result = PostgresQueryResult<unknown>;

/**
 * At most this many statements prepared per connection (the app's statements sent with a BEGIN or
 * a COMMIT are far fewer); beyond it they are sent with their parameters inlined, unprepared.
 */
const MAX_PREPARED = 64;
/** PostgreSQL's "cached plan must not change result type" (feature_not_supported). */
const CACHED_PLAN_CHANGED = '0A000';
let nextName = 0;
/** What PREPARE takes (after any leading comment): a query or a data-modifying statement. */
const PREPARABLE = /^\s*(\/\*.*?\*\/\s*)*(select|with|insert|update|delete|values)\b/is;
const isBegin = (sql: string | undefined) =>
  sql !== undefined && (sql === 'begin' || sql.startsWith('start transaction'));

/**
 * A Kysely pool over `pool` whose transactions commit asynchronously and report their commits, and
 * whose connections save round trips: a transaction's BEGIN is sent with its first statement, and
 * statements marked `AT_COMMIT` with its COMMIT (src/db/pg-at-commit.ts). Both are prepared once
 * per connection (`asSent`): sent with their parameters inlined they were planned anew every time,
 * and planning the portal's first statement (a join of four tables) cost PostgreSQL more CPU than
 * running it (docs/PERFORMANCE.md).
 */
export function groupCommitPool(pool: pg.Pool, group: GroupCommit, enabled: Promise<boolean>): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let inTransaction = false;
    let asyncTransaction = false;
    /** Statements not yet sent (the BEGIN), ready to go before the next one. */
    let pending: string[] = [];
    /** AT_COMMIT statements held for the COMMIT. */
    let held: Array<{ sql: string; parameters: ReadonlyArray<unknown> }> = [];
    const reset = () => {
      inTransaction = false;
      asyncTransaction = false;
      pending = [];
      held = [];
    };
    const quote = (v: string) => client.escapeLiteral(v);
    /** Statements this connection prepared (`asSent`): SQL → name. */
    const prepared = new Map<string, string>();
    /** PREPAREs to send first in the next round trip, and the statements they name. */
    let preparing: Array<{ prepare: string; sql: string }> = [];
    /**
     * A statement with its parameters as sent in a simple-protocol round trip: `EXECUTE` of the
     * statement prepared on this connection (its PREPARE sent first, the first time), so that
     * PostgreSQL plans it once per connection instead of every time — or, past `MAX_PREPARED`
     * statements, the statement with its parameters inlined. Either way each parameter is a quoted
     * literal of unknown type, as pg sends it, typed by where it stands.
     */
    const asSent = (sql: string, parameters: ReadonlyArray<unknown>): string => {
      let name = prepared.get(sql);
      if (!name) {
        if (prepared.size >= MAX_PREPARED || !PREPARABLE.test(sql))
          return inlineParameters(sql, parameters, quote);
        name = `threshold_${nextName++}`;
        prepared.set(sql, name);
        preparing.push({ prepare: `prepare ${name} as ${sql}`, sql });
      }
      if (parameters.length === 0) return `execute ${name}`;
      const args = parameters.map((_, i) => `$${i + 1}`).join(', ');
      return inlineParameters(`execute ${name}(${args})`, parameters, quote);
    };
    /** Everything not yet sent, as SQL, and nothing left pending. */
    const takeUnsent = (withHeld: boolean): string[] => {
      const out = [...pending, ...(withHeld ? held.map((h) => asSent(h.sql, h.parameters)) : [])];
      pending = [];
      if (withHeld) held = [];
      return out;
    };
    /**
     * Runs `statements` in one simple-protocol round trip, after the PREPAREs they need; every
     * result of `statements`, in order. When the round trip fails, what it prepared is forgotten
     * (prepared again under another name when next needed).
     */
    const send = async (statements: string[]): Promise<pg.QueryResult[]> => {
      const prepares = preparing;
      preparing = [];
      let r: pg.QueryResult | pg.QueryResult[];
      try {
        r = (await client.query([...prepares.map((p) => p.prepare), ...statements].join('; '))) as unknown as
          | pg.QueryResult
          | pg.QueryResult[];
      } catch (err) {
        for (const p of prepares) prepared.delete(p.sql);
        throw err;
      }
      return (Array.isArray(r) ? r : [r]).slice(prepares.length);
    };
    const query = async (sql: string, parameters: ReadonlyArray<unknown>): Promise<Result> => {
      if (isBegin(sql)) {
        reset();
        inTransaction = true;
        asyncTransaction = await enabled;
        // Sent with the transaction's first statement.
        pending = asyncTransaction ? [sql, ASYNC_COMMIT] : [sql];
        return { command: 'BEGIN', rowCount: null, rows: [] } as unknown as Result;
      }
      if (isAtCommit(sql) && inTransaction) {
        held.push({ sql, parameters: [...parameters] });
        return { command: 'SELECT', rowCount: 0, rows: [] } as unknown as Result;
      }
      if (sql === 'commit') return commit();
      if (sql === 'rollback') {
        // A transaction whose BEGIN was never sent has nothing to roll back.
        const begun = pending.length === 0;
        reset();
        if (!begun) return { command: 'ROLLBACK', rowCount: null, rows: [] } as unknown as Result;
        return (await client.query(sql)) as unknown as Result;
      }
      // A statement that may see or undo what is held (the audit tables, a savepoint) runs after it.
      const unsent = takeUnsent(
        held.length > 0 && (readsHeld(sql) || /^(savepoint|rollback to|release)\b/i.test(sql)),
      );
      if (unsent.length === 0) return (await client.query(named(sql, parameters))) as unknown as Result;
      if (inlinable(parameters)) return (await sendFirst(unsent, sql, parameters)) as unknown as Result;
      await send(unsent);
      return (await client.query(named(sql, parameters))) as unknown as Result;
    };
    /** Statements this connection parsed as named (extended-protocol) statements: SQL → name. */
    const parsed = new Map<string, string>();
    /**
     * A statement sent on its own with bound parameters, as a named statement (parsed and planned
     * once per connection) when it has parameters, reads no `*` (its result columns cannot change
     * under it: such a statement could not be sent again inside a transaction) and the connection
     * has fewer than `MAX_PREPARED`; else unnamed, as pg sends it by default.
     */
    const named = (sql: string, parameters: ReadonlyArray<unknown>): pg.QueryConfig => {
      let name = parsed.get(sql);
      if (!name && parameters.length > 0 && !sql.includes('*') && parsed.size < MAX_PREPARED) {
        name = `threshold_${nextName++}`;
        parsed.set(sql, name);
      }
      return name ? { name, text: sql, values: [...parameters] } : { text: sql, values: [...parameters] };
    };
    /**
     * The transaction's BEGIN (and whatever else is unsent) with its first statement, prepared
     * (`asSent`). A prepared statement whose result columns changed since it was prepared (a
     * migration altered a table it reads `*` of) fails without doing anything, and nothing ran
     * before it in the transaction: it is rolled back, prepared anew and sent again.
     */
    const sendFirst = async (unsent: string[], sql: string, parameters: ReadonlyArray<unknown>) => {
      // Only a transaction's first statement is prepared (a later one could not be sent again).
      if (!isBegin(unsent[0]))
        return (await send([...unsent, inlineParameters(sql, parameters, quote)])).at(-1)!;
      try {
        return (await send([...unsent, asSent(sql, parameters)])).at(-1)!;
      } catch (err) {
        if ((err as { code?: string }).code !== CACHED_PLAN_CHANGED) throw err;
        await client.query('rollback');
        prepared.delete(sql);
        return (await send([...unsent, asSent(sql, parameters)])).at(-1)!;
      }
    };
    const commit = async (): Promise<Result> => {
      const isAsync = asyncTransaction;
      const unsent = takeUnsent(true);
      reset();
      if (!isAsync) return (await send([...unsent, 'commit'])).at(-1) as unknown as Result;
      // Whether it wrote (it has a transaction id only then), asked in the COMMIT's round trip:
      // a transaction that only read leaves nothing to flush.
      const results = await send([...unsent, WROTE, 'commit']);
      const commitResult = results.at(-1)!;
      const wrote = (results.at(-2)!.rows[0] as { wrote: boolean } | undefined)?.wrote;
      if (commitResult.command === 'COMMIT' && wrote) group.committed();
      return commitResult as unknown as Result;
    };
    /** A cursor (a streamed read) cannot carry the unsent statements: they go first. */
    const submit = async (cursor: pg.Submittable) => {
      const unsent = takeUnsent(held.length > 0);
      if (unsent.length > 0) await send(unsent);
      return client.query(cursor);
    };
    const facade = {
      query: (sqlOrCursor: unknown, parameters?: ReadonlyArray<unknown>) =>
        typeof sqlOrCursor === 'string'
          ? query(sqlOrCursor, parameters ?? [])
          : pending.length > 0 || held.length > 0
            ? submit(sqlOrCursor as pg.Submittable)
            : client.query(sqlOrCursor as pg.Submittable),
      release: (destroy?: boolean) => {
        reset();
        client.release(destroy);
      },
    } as unknown as PostgresPoolClient;
    return facade;
  };
  return {
    async connect() {
      const client = await connectOrBusy(pool);
      let w = wrapped.get(client);
      if (!w) {
        w = wrap(client);
        wrapped.set(client, w);
      }
      return w;
    },
    end: () => pool.end(),
  };
}
