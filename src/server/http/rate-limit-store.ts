/**
 * Where @fastify/rate-limit counts requests. Routes marked with `sharedLimit` (the sign-in routes,
 * where a limit per server would let N servers allow N times the password or link guesses) count
 * in the database (`rate_limit_hits`, migration 0023), so the limit holds for the installation
 * however many servers share the database. Other limited routes (the portal's, whose link tokens
 * are 256-bit random, so the limit there only sheds load) count in each server's memory: with N
 * servers a client may make N times the requests, which is what N servers are there to serve.
 *
 * A shared counter is one upsert per request: the first hit opens a window of `timeWindow` ms,
 * later hits in it count up, the first hit after it opens a new one (fixed windows, as the memory
 * store). Keys are stored as the SHA-256 of route and client address; lapsed rows are pruned.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../../db/dialect.ts';

/** Marks a route's rate limit as counted in the database (see `sharedLimit`). */
const SHARED = Symbol('rate limit shared through the database');

/** A route's rate-limit options, counted across every server on the database. */
export function sharedLimit<T extends { max: number; timeWindow: string | number }>(options: T): T {
  return { ...options, [SHARED]: true };
}

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0] & {
  [SHARED]?: boolean;
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  cache?: number;
  routeInfo?: { method?: string | string[]; url?: string };
};

const LocalStore = createRequire(import.meta.url)(
  '@fastify/rate-limit/store/LocalStore.js',
) as FastifyRateLimitStoreCtor & {
  new (continueExceeding?: boolean, exponentialBackoff?: boolean, cache?: number): FastifyRateLimitStore;
};

const PRUNE_EVERY_MS = 60_000;

/** Counts one route's requests in `rate_limit_hits`. */
class DatabaseCounter implements FastifyRateLimitStore {
  private prunedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly route: string,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number): void {
    this.count(key, timeWindow).then(
      (r) => callback(null, r),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  }

  private async count(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const ends = new Date(now + timeWindow).toISOString();
    const row = await this.db.kysely
      .insertInto('rate_limit_hits')
      .values({
        key_hash: createHash('sha256').update(`${this.route}\u0000${key}`).digest('hex'),
        hits: 1,
        window_ends_at: ends,
      })
      .onConflict((oc) =>
        oc.column('key_hash').doUpdateSet((eb) => {
          const lapsed = eb('rate_limit_hits.window_ends_at', '<=', at);
          return {
            hits: eb
              .case()
              .when(lapsed)
              .then(1)
              .else(eb('rate_limit_hits.hits', '+', 1))
              .end(),
            window_ends_at: eb
              .case()
              .when(lapsed)
              .then(ends)
              .else(eb.ref('rate_limit_hits.window_ends_at'))
              .end(),
          };
        }),
      )
      .returning(['hits', 'window_ends_at'])
      .executeTakeFirstOrThrow();
    if (now - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = now;
      await this.db.kysely.deleteFrom('rate_limit_hits').where('window_ends_at', '<', at).execute();
    }
    return { current: Number(row.hits), ttl: Math.max(0, Date.parse(row.window_ends_at) - now) };
  }

  child(): FastifyRateLimitStore {
    throw new Error('a route counter has no children');
  }
}

/**
 * The store for `@fastify/rate-limit`'s `store` option: each limited route gets a counter in the
 * database (routes marked with `sharedLimit`) or in memory (the others).
 */
export function rateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  return class RateLimitStore implements FastifyRateLimitStore {
    private readonly memory: FastifyRateLimitStore;

    constructor(options: { continueExceeding?: boolean; exponentialBackoff?: boolean }) {
      this.memory = new LocalStore(options.continueExceeding, options.exponentialBackoff);
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      this.memory.incr(key, callback, timeWindow, max);
    }

    child(options: ChildOptions): FastifyRateLimitStore {
      if (!options[SHARED])
        return new LocalStore(options.continueExceeding, options.exponentialBackoff, options.cache);
      const { method, url } = options.routeInfo ?? {};
      return new DatabaseCounter(db, `${String(method)} ${url ?? options.path}`);
    }
  };
}
