/**
 * A bounded wait for a PostgreSQL connection. Under more load than the database can take, requests
 * queue for the pool's connections; without a bound the queue only grows, every request waits
 * behind all the earlier ones, and the server spends its time on requests whose clients have long
 * given up (an open-loop benchmark at 1,000 submissions/s: 29 answered a second, p99 14 s). A
 * request that waits longer than `POOL_WAIT_MS` is refused instead, as a `DatabaseBusy` error the
 * HTTP edge answers with 503 and `Retry-After` (portal submissions are idempotent by their
 * submission id, so a retry is safe), and the requests behind it still find the database in time.
 */
import type pg from 'pg';

export const POOL_WAIT_MS = 5_000;

/** The database had no connection free for this request within POOL_WAIT_MS. */
export class DatabaseBusy extends Error {
  /** Fastify's error handler reads it (src/server/http/problem.ts). */
  readonly statusCode = 503;
  constructor() {
    super(`The database is busy: no connection was free within ${POOL_WAIT_MS / 1000} s.`);
    this.name = 'DatabaseBusy';
  }
}

/** pg-pool's error when `connectionTimeoutMillis` ran out, in its queue or while connecting. */
const isPoolTimeout = (err: unknown) =>
  err instanceof Error && err.message === 'timeout exceeded when trying to connect';

/** `pool.connect()`, with the pool's timeout reported as DatabaseBusy. */
export async function connectOrBusy(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (err) {
    throw isPoolTimeout(err) ? new DatabaseBusy() : err;
  }
}
