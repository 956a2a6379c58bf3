/**
 * bench/portal/statement-cpu.ts: PostgreSQL's backend CPU per statement of a portal submission.
 *
 *   npx tsx bench/portal/statement-cpu.ts [--submissions 600] [--rounds 3] [--clients 100]
 *                                         [--pg-url URL] [--alter SQL --restore SQL]
 *
 * Seeds a fresh database as bench/portal does, builds the app in-process (as `threshold serve`,
 * without logging), and submits invitations one at a time through Fastify's inject. Around every
 * round trip to PostgreSQL it reads the serving backend's CPU time from /proc/<pid>/schedstat
 * (nanoseconds on the CPU; the backend is idle between round trips when one submission runs at a
 * time, so the difference is that round trip's whole cost: protocol, parse, plan, execute, triggers,
 * index upkeep, commit). Per round it prints each kind of round trip's backend CPU per submission,
 * the round trips per submission, and the Node process's CPU per submission. The machine's load
 * hardly changes CPU time (it delays, it does not add work), unlike a rate.
 *
 * `--alter SQL --restore SQL`: alternate rounds with SQL applied to the database (e.g. a trigger
 * disabled, an index dropped) and undone after — to attribute a statement's cost to what it does.
 * A measurement only.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../src/db/dialect.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { phq9 } from '../../test/support/portal-fixtures.ts';
import { createPostgres, seedInvitations, seedWorld } from './seed.ts';

/** Nanoseconds the process `pid` has been on a CPU. */
const cpuNs = (pid: number): number =>
  Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);

let tracing = false;
let printing = false;
/** Backend CPU ns and round trips by kind of round trip, for the round being measured. */
const byKind = new Map<string, { ns: number; trips: number }>();

/** What a round trip does, named by its first words. */
function kind(sql: string): string {
  if (sql.includes('pg_logical_emit_message')) return 'flush (own connection)';
  if (sql.startsWith('begin')) return 'begin + token/invitation/client/org';
  if (/\bcommit$/.test(sql.trim())) return 'audit append + commit';
  if (sql.startsWith('insert into "questionnaire_responses"')) return 'response insert';
  if (sql.startsWith('update "invitations"')) return 'invitation update';
  if (sql.startsWith('select * from "questionnaire_responses"')) return 'baseline select';
  if (sql.startsWith('with "stored" as')) return 'response + invitation + baseline';
  return sql.replace(/\s+/g, ' ').trim().slice(0, 50);
}

function tracePg(): void {
  const proto = pg.Client.prototype as unknown as {
    query: (...a: unknown[]) => unknown;
  };
  const original = proto.query;
  proto.query = function (this: { processID?: number }, ...args: unknown[]) {
    const pid = this.processID;
    // A statement as text, or as a config (a named statement: { name, text, values }).
    const sql = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text;
    if (!tracing || typeof sql !== 'string' || !pid) return original.apply(this, args);
    const before = cpuNs(pid);
    const result = original.apply(this, args);
    if (result instanceof Promise)
      void result.then(
        () => {
          const k = kind(sql);
          if (printing && !byKind.has(k)) console.log(`-- ${k}\n${sql};`);
          const t = byKind.get(k) ?? { ns: 0, trips: 0 };
          t.ns += cpuNs(pid) - before;
          t.trips++;
          byKind.set(k, t);
        },
        () => undefined,
      );
    return result;
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      submissions: { type: 'string', default: '600' },
      rounds: { type: 'string', default: '3' },
      clients: { type: 'string', default: '100' },
      /** Invitations seeded beyond those submitted (a larger table, as a database in use holds). */
      extra: { type: 'string', default: '0' },
      alter: { type: 'string' },
      restore: { type: 'string' },
      /** Keep the database afterwards (its URL printed) and print one statement of each kind. */
      keep: { type: 'boolean', default: false },
      'pg-url': {
        type: 'string',
        default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
      },
    },
  });
  const perRound = Number(values.submissions);
  const rounds = Number(values.rounds);
  const variants = values.alter ? ['as is', 'altered'] : ['as is'];
  const target = await createPostgres(values['pg-url']!);
  const seedDb = openDatabase(target.url, { groupCommit: false });
  try {
    const seeded = await seedWorld(seedDb, Number(values.clients));
    const tokens = await seedInvitations(
      seedDb,
      seeded,
      50 + rounds * perRound * variants.length + Number(values.extra),
    );
    await seedDb.close();
    const admin = new pg.Client({ connectionString: target.url });
    await admin.connect();
    await admin.query('analyze');
    tracePg();
    const db = openDatabase(target.url);
    const config = { ...loadConfig({}), databaseUrl: target.url, portalPerMinute: 1e9, schedulerSeconds: 0 };
    const { app } = await buildApp({ db, config, logger: false, web: false });
    const submit = async (token: string) => {
      const res = await app.inject({
        method: 'POST',
        url: `/api/portal/invitations/${token}/submit`,
        payload: { answers: phq9(0), submissionId: randomUUID() },
      });
      if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}: ${res.body}`);
    };
    for (const t of tokens.slice(0, 50)) await submit(t);
    printing = values.keep;
    let used = 50;
    for (let r = 0; r < rounds; r++)
      for (const variant of variants) {
        if (variant === 'altered') await admin.query(values.alter!);
        const batch = tokens.slice(used, used + perRound);
        used += perRound;
        byKind.clear();
        tracing = true;
        const cpu0 = process.cpuUsage();
        for (const t of batch) await submit(t);
        const cpu = process.cpuUsage(cpu0);
        tracing = false;
        if (variant === 'altered' && values.restore) await admin.query(values.restore);
        const n = batch.length;
        let ns = 0;
        let trips = 0;
        for (const t of byKind.values()) {
          ns += t.ns;
          trips += t.trips;
        }
        console.log(
          `round ${r + 1}, ${variant}: ${n} submissions one at a time; backend CPU ${(ns / 1e6 / n).toFixed(3)} ms, ` +
            `Node CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(3)} ms, ${(trips / n).toFixed(2)} round trips per submission`,
        );
        for (const [k, t] of [...byKind].sort((a, b) => b[1].ns - a[1].ns))
          console.log(
            `  ${k.padEnd(40)} ${(t.trips / n).toFixed(2)} per submission, backend CPU ${(t.ns / 1e3 / n).toFixed(0).padStart(5)} µs per submission`,
          );
      }
    await admin.end();
    await app.close();
    await db.close();
  } finally {
    if (values.keep) console.log(`kept: ${target.url}`);
    else await target.drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
