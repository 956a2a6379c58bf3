/**
 * bench/portal/trace.ts: the statements and round trips of portal submissions, and how long each
 * waits — to see what serialises them.
 *
 *   npx tsx bench/portal/trace.ts [--concurrent 8] [--rounds 3] [--submissions 400]
 *                                 [--pg-url URL]
 *
 * Seeds a fresh database as bench/portal does, builds the app in-process (as `threshold serve`,
 * without logging), submits 20 one at a time to warm up, then one alone, printing every round trip
 * to PostgreSQL (each `client.query` of a pooled connection) with its start and duration in ms;
 * then `rounds` of `submissions` through Fastify's inject by `concurrent` workers, printing the
 * round trips per submission, the response times, and how long each held the audit chain's lock
 * as the client sees it (from the start of the round trip that appends to the end of the COMMIT's).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { phq9 } from '../../test/support/portal-fixtures.ts';
import { createPostgres, seedInvitations, seedWorld } from './seed.ts';

interface Trip {
  conn: number;
  sql: string;
  start: number;
  ms: number;
}
/** Every round trip while a run is traced, with its connection. */
let tracing = false;
let global: Trip[] = [];
const ids = new WeakMap<object, number>();
let nextId = 0;
const connId = (c: unknown) => {
  let id = ids.get(c as object);
  if (id === undefined) {
    id = nextId++;
    ids.set(c as object, id);
  }
  return id;
};

function tracePg(): void {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const trips = tracing ? global : undefined;
    const result = original.apply(this, args);
    if (trips && typeof args[0] === 'string' && result instanceof Promise) {
      const trip: Trip = { sql: args[0], start: performance.now(), ms: 0, conn: connId(this) };
      trips.push(trip);
      void result.then(
        () => (trip.ms = performance.now() - trip.start),
        () => (trip.ms = -1),
      );
    }
    return result;
  };
}

const pct = (xs: number[], p: number) =>
  xs.length
    ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(2)
    : '-';
const mean = (xs: number[]) => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2) : '-');
const short = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 110);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      concurrent: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '3' },
      submissions: { type: 'string', default: '400' },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
    },
  });
  const concurrent = Number(values.concurrent);
  const rounds = Number(values.rounds);
  const perRound = Number(values.submissions);
  const target = await createPostgres(values['pg-url']!);
  const seedDb = openDatabase(target.url, { groupCommit: false });
  try {
    const seeded = await seedWorld(seedDb, 100);
    const tokens = await seedInvitations(seedDb, seeded, 20 + 1 + rounds * perRound);
    await seedDb.close();
    tracePg();
    const db = openDatabase(target.url);
    const config = { ...loadConfig({}), databaseUrl: target.url, portalPerMinute: 1e9, schedulerSeconds: 0 };
    const { app } = await buildApp({ db, config, logger: false, web: false });
    const submit = (token: string) =>
      app.inject({
        method: 'POST',
        url: `/api/portal/invitations/${token}/submit`,
        payload: { answers: phq9(0), submissionId: randomUUID() },
      });
    for (const t of tokens.slice(0, 20)) await submit(t);
    const run = async (batch: string[], label: string, verbose: boolean) => {
      global = [];
      tracing = true;
      const t0 = performance.now();
      const totals: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const token = batch[next++]!;
          const s = performance.now();
          const res = await submit(token);
          if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${res.body}`);
          totals.push(performance.now() - s);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrent, batch.length) }, worker));
      await new Promise((r) => setTimeout(r, 50));
      tracing = false;
      const all = performance.now() - t0;
      // The chain's lock: from the start of the round trip that appends to the end of the COMMIT's.
      const held: number[] = [];
      const open = new Map<number, number>();
      for (const trip of global) {
        if (/audit_anchor/.test(trip.sql) && !open.has(trip.conn)) open.set(trip.conn, trip.start);
        if (/\bcommit$/.test(trip.sql.trim()) && open.has(trip.conn)) {
          held.push(trip.start + trip.ms - open.get(trip.conn)!);
          open.delete(trip.conn);
        }
      }
      console.log(
        `${label}: ${batch.length} submissions in ${all.toFixed(0)} ms (${Math.round((batch.length * 1000) / all)}/s), ` +
          `${(global.length / batch.length).toFixed(2)} round trips each; response ms p50 ${pct(totals, 50)} p90 ${pct(totals, 90)}; ` +
          `chain lock held (client side) ms p50 ${pct(held, 50)} p90 ${pct(held, 90)} mean ${mean(held)}`,
      );
      if (verbose)
        for (const trip of global)
          console.log(
            `  c${trip.conn} +${(trip.start - t0).toFixed(1).padStart(6)} ${trip.ms.toFixed(1).padStart(6)} ms  ${short(trip.sql)}`,
          );
    };
    await run(tokens.slice(20, 21), 'alone', true);
    for (let r = 0; r < rounds; r++)
      await run(tokens.slice(21 + r * perRound, 21 + (r + 1) * perRound), `concurrent ${concurrent}`, false);
    await app.close();
    await db.close();
  } finally {
    await target.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
