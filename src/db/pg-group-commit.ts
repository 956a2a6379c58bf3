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
import { inlineParameters, isAtCommit, readsHeld } from './pg-at-commit.ts';
import { connectOrBusy } from './pool-wait.ts';

export const FLUSH_SQL = "select pg_logical_emit_message(true, 'threshold.group-commit', '')";
const ASYNC_COMMIT = 'set local synchronous_commit to off';
const WROTE = 'select txid_current_if_assigned() is not null as wrote';

type Result = PostgresQueryResult<unknown>;

/**
 * A Kysely pool over `pool` whose transactions commit asynchronously and report their commits, and
 * whose connections send held statements with the COMMIT (src/db/pg-at-commit.ts).
 */
export function groupCommitPool(pool: pg.Pool, group: GroupCommit, enabled: Promise<boolean>): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let inTransaction = false;
    let asyncTransaction = false;
    let held: Array<{ sql: string; parameters: ReadonlyArray<unknown> }> = [];
    const reset = () => {
      inTransaction = false;
      asyncTransaction = false;
      held = [];
    };
    const heldSql = () =>
      held.map((h) => inlineParameters(h.sql, h.parameters, (v) => client.escapeLiteral(v)));
    /** Runs the held statements now, in one round trip, before a statement that must see them. */
    const sendHeld = async () => {
      const statements = heldSql();
      held = [];
      await client.query(statements.join('; '));
    };
    const query = async (sql: string, parameters: ReadonlyArray<unknown>): Promise<Result> => {
      if (sql === 'begin' || sql.startsWith('start transaction')) {
        reset();
        inTransaction = true;
        if (await enabled) {
          // Two statements in one simple-protocol query: one round trip, two results.
          const results = (await client.query(`${sql}; ${ASYNC_COMMIT}`)) as unknown as pg.QueryResult[];
          asyncTransaction = true;
          return results[0] as unknown as Result;
        }
        return (await client.query(sql)) as unknown as Result;
      }
      if (isAtCommit(sql) && inTransaction) {
        held.push({ sql, parameters: [...parameters] });
        return { command: 'SELECT', rowCount: 0, rows: [] } as unknown as Result;
      }
      if (sql === 'commit') return commit();
      if (sql === 'rollback') {
        reset();
        return (await client.query(sql)) as unknown as Result;
      }
      // A statement that may see or undo what is held (the audit tables, a savepoint) runs after it.
      if (held.length > 0 && (readsHeld(sql) || /^(savepoint|rollback to|release)\b/i.test(sql)))
        await sendHeld();
      return (await client.query(sql, [...parameters])) as unknown as Result;
    };
    const commit = async (): Promise<Result> => {
      const statements = heldSql();
      const isAsync = asyncTransaction;
      reset();
      if (!isAsync) {
        if (statements.length === 0) return (await client.query('commit')) as unknown as Result;
        const results = (await client.query([...statements, 'commit'].join('; '))) as unknown as Result[];
        return results[results.length - 1]!;
      }
      // Whether it wrote (it has a transaction id only then), asked in the COMMIT's round trip:
      // a transaction that only read leaves nothing to flush.
      const results = (await client.query([...statements, WROTE, 'commit'].join('; '))) as unknown as Array<
        pg.QueryResult<{ wrote: boolean }>
      >;
      const commitResult = results[results.length - 1]!;
      const wrote = results[results.length - 2]!.rows[0]?.wrote;
      if (commitResult.command === 'COMMIT' && wrote) group.committed();
      return commitResult as unknown as Result;
    };
    const facade = {
      query: (sqlOrCursor: unknown, parameters?: ReadonlyArray<unknown>) =>
        typeof sqlOrCursor === 'string'
          ? query(sqlOrCursor, parameters ?? [])
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
