/**
 * The server's Prometheus metrics (prom-client), one registry per app context so that several apps
 * in one process (tests) never share counters. Requests are labelled by method, route pattern and
 * status — never by the raw URL, which can carry a portal or calendar token. The database pool and
 * the outbox backlog are read when Prometheus scrapes, not kept up to date in between.
 */
import { sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppContext } from '../context.ts';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  requestSeconds: Histogram<'method' | 'route'>;
  jobRuns: Counter<'job'>;
  jobFailures: Counter<'job'>;
  jobSeconds: Histogram<'job'>;
}

const byContext = new WeakMap<AppContext, Metrics>();

/** The metrics of one app context, created on first use (the app and its scheduler share them). */
export function metricsFor(ctx: AppContext): Metrics {
  let m = byContext.get(ctx);
  if (!m) {
    m = createMetrics(ctx);
    byContext.set(ctx, m);
  }
  return m;
}

/** The outbox states that mean work is waiting (or gave up): counted at scrape time. */
const BACKLOG_STATUSES = ['queued', 'sending', 'failed'] as const;

function createMetrics(ctx: AppContext): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const m: Metrics = {
    registry,
    requests: new Counter({
      name: 'threshold_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    requestSeconds: new Histogram({
      name: 'threshold_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    jobRuns: new Counter({
      name: 'threshold_scheduler_job_runs_total',
      help: 'Scheduler job runs, by job.',
      labelNames: ['job'],
      registers,
    }),
    jobFailures: new Counter({
      name: 'threshold_scheduler_job_failures_total',
      help: 'Scheduler job runs that failed, by job.',
      labelNames: ['job'],
      registers,
    }),
    jobSeconds: new Histogram({
      name: 'threshold_scheduler_job_duration_seconds',
      help: 'Time a scheduler job run took, by job.',
      labelNames: ['job'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60],
      registers,
    }),
  };

  const pool = ctx.db.pgPool;
  new Gauge({
    name: 'threshold_db_connections',
    help: 'Database connections by state: PostgreSQL pool total, idle and waiting clients; SQLite open connections.',
    labelNames: ['state'],
    registers,
    collect() {
      if (pool) {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      } else {
        this.set({ state: 'open' }, ctx.db.sqlite?.open ? 1 : 0);
      }
    },
  });

  new Gauge({
    name: 'threshold_outbox_messages',
    help: 'Outbox messages waiting to be sent (queued, sending) or given up on (failed).',
    labelNames: ['status'],
    registers,
    async collect() {
      const rows = await ctx.db.kysely
        .selectFrom('outbox')
        .select(['status', sql<number | string>`count(*)`.as('n')])
        .where('status', 'in', [...BACKLOG_STATUSES])
        .groupBy('status')
        .execute();
      const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
      for (const status of BACKLOG_STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });
  return m;
}

/** Runs one scheduler job, counting the run, its failure and its duration; the result or error passes through. */
export async function timeJob<T>(ctx: AppContext, job: string, work: () => Promise<T>): Promise<T> {
  const m = metricsFor(ctx);
  const end = m.jobSeconds.startTimer({ job });
  m.jobRuns.inc({ job });
  try {
    return await work();
  } catch (error) {
    m.jobFailures.inc({ job });
    throw error;
  } finally {
    end();
  }
}
