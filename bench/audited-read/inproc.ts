/**
 * In-process CPU pairs for an audited read: `listClients` (src/server/clients/service.ts) called
 * directly, `--concurrency` at a time, audited and not, interleaved in rounds, on one seeded
 * database. Prints the main thread's CPU time per list (from /proc) and lists per second. No HTTP,
 * no load generator: what the audit itself costs the event loop.
 *
 *   npx tsx bench/audited-read/inproc.ts [--db sqlite|postgres] [--lists 2000] [--rounds 3]
 *                                        [--concurrency 10] [--clients 1000] [--pg-url URL]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/dialect.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { listClients } from '../../src/server/clients/service.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { seedBenchDatabase } from '../api/seed.ts';
import { processCpuSeconds } from '../lib/machine.ts';
import { createPostgres } from '../portal/seed.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'sqlite' },
      lists: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '10' },
      clients: { type: 'string', default: '1000' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
    },
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-inproc-'));
  const pg = values.db === 'postgres' ? await createPostgres(values['pg-url']!) : null;
  const url = pg ? pg.url : `sqlite:${path.join(dir, 'bench.sqlite')}`;
  try {
    const { organizationId } = await seedBenchDatabase(url, Number(values.clients));
    const db = openDatabase(url);
    const config = loadConfig({});
    const audited: AppContext = { db, audit: new AuditLog(db.dialect), config };
    const bare = new AuditLog(db.dialect);
    bare.append = async () => undefined;
    bare.appendRead = async () => undefined;
    const unaudited: AppContext = { db, audit: bare, config };
    const scope = { organizationId, role: 'owner' as const, actor: systemActor('bench') };
    const lists = Number(values.lists);
    const run = async (ctx: AppContext) => {
      let left = lists;
      const cpu0 = processCpuSeconds(process.pid, true)!;
      const t0 = performance.now();
      const worker = async () => {
        while (left-- > 0) {
          const page = await listClients(ctx, scope, { limit: 50 });
          if (page.items.length !== 50) throw new Error('short page');
        }
      };
      await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
      await db.sync();
      const ms = performance.now() - t0;
      const cpu = (processCpuSeconds(process.pid, true)! - cpu0) * 1000;
      return { cpu: cpu / lists, rate: (lists / ms) * 1000 };
    };
    const other = new AuditLog(db.dialect);
    other.readsInTransaction = !other.readsInTransaction;
    const variants: Record<string, AppContext> = { audited, unaudited };
    if (process.env.INPROC_OTHER === '1') variants.otherWay = { db, audit: other, config };
    for (let round = 0; round <= Number(values.rounds); round++) {
      const line: string[] = [];
      const r: Record<string, { cpu: number; rate: number }> = {};
      for (const [name, ctx] of Object.entries(variants)) {
        r[name] = await run(ctx);
        line.push(`${name} ${r[name].cpu.toFixed(3)} ms CPU/list, ${Math.round(r[name].rate)}/s`);
      }
      const ratio = r.audited!.cpu / r.unaudited!.cpu;
      console.log(
        `${round === 0 ? 'warm-up' : `round ${round}`}: ${line.join('; ')}; cost ${ratio.toFixed(2)}×`,
      );
    }
    await db.close();
  } finally {
    await pg?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
