/**
 * Where an audited read's time goes: `GET /api/clients?limit=50` under load against
 * trace-server.ts, audited and not, interleaved, printing per round the server's event-loop CPU per
 * read, how busy its event loop was, and the mean time of each part of an audited read (its own
 * transaction, the wait for its audit entry: the batch's transaction, the flush).
 *
 *   npx tsx bench/audited-read/trace.ts [--db sqlite|postgres] [--connections 10] [--duration 5]
 *                                       [--rounds 3] [--clients 1000] [--pg-url URL] [--cpu-prof DIR]
 *                                       [--compare-batched]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_OWNER, seedBenchDatabase } from '../api/seed.ts';
import { killAll, startServer } from '../lib/child.ts';
import { measure } from '../lib/load.ts';
import { signIn } from '../lib/sign-in.ts';
import { createPostgres } from '../portal/seed.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(here, 'trace-server.ts');
const PATH = '/api/clients?limit=50';

/** The figures the server gathered since the last call (it writes them on SIGUSR2). */
async function collect(pid: number, file: string): Promise<unknown> {
  fs.rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 50));
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      connections: { type: 'string', default: '10' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '3' },
      clients: { type: 'string', default: '1000' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
      'cpu-prof': { type: 'string' },
      'compare-batched': { type: 'boolean', default: false },
    },
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-trace-'));
  const pg = values.db === 'postgres' ? await createPostgres(values['pg-url']!) : null;
  const url = pg ? pg.url : `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const nodeFlags = values['cpu-prof']
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`]
    : [];
  try {
    await seedBenchDatabase(url, Number(values.clients));
    const variants: Array<{ name: string; env: Record<string, string> }> = [
      { name: 'audited', env: {} },
      { name: 'unaudited', env: { BENCH_NO_AUDIT: '1' } },
    ];
    if (values['compare-batched']) variants.push({ name: 'batched', env: { BENCH_READS_BATCHED: '1' } });
    const servers = [];
    for (const v of variants) {
      const traceFile = path.join(dir, `${v.name}.json`);
      const server = await startServer(
        SERVER,
        [],
        { BENCH_DATABASE_URL: url, BENCH_TRACE_FILE: traceFile, ...v.env },
        { nodeFlags, timeoutMs: 120_000 },
      );
      const base = `http://127.0.0.1:${server.port}`;
      servers.push({
        v,
        server,
        base,
        traceFile,
        cookie: await signIn(base, BENCH_OWNER.email, BENCH_OWNER.password),
      });
    }
    for (let round = 0; round <= Number(values.rounds); round++) {
      for (const { v, server, base, traceFile, cookie } of servers) {
        await collect(server.pid, traceFile);
        const r = await measure(
          `${base}${PATH}`,
          { cookie },
          {
            connections: Number(values.connections),
            warmupSeconds: 0,
            durationSeconds: Number(values.duration),
          },
          server.pid,
        );
        const trace = await collect(server.pid, traceFile);
        const cpu = r.serverCores === null ? Number.NaN : (r.serverCores / r.rps) * 1000;
        console.log(
          `${round === 0 ? 'warm-up' : `round ${round}`} ${v.name}: ${Math.round(r.rps)} req/s, ` +
            `event-loop CPU ${cpu.toFixed(3)} ms/read, other CPU ${r.otherCores?.toFixed(2)} cores`,
        );
        console.log(`  ${JSON.stringify(trace)}`);
      }
    }
    for (const { server } of servers) await server.stop();
  } finally {
    killAll();
    await pg?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  killAll();
  process.exit(1);
});
