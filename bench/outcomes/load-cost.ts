/**
 * bench/outcomes/load-cost: the CPU time and wall time a new process spends bringing one program's
 * outcome columns into memory (src/server/outcomes/cache.ts), from its stored snapshot (migration
 * 0031) and from its derived rows, in-process and without HTTP or the analysis, alternating, on a
 * database bench/outcomes/run.ts seeded. CPU time is the process's user + system time, which other
 * work on a busy machine disturbs far less than wall time.
 *
 *   npx tsx bench/outcomes/load-cost.ts [--clients 10000] [--rounds 5]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/dialect.ts';
import { programTimepoints } from '../../src/domain/outcomes/timepoints.ts';
import { OutcomeCache } from '../../src/server/outcomes/cache.ts';
import { definitionFromRow } from '../../src/server/programs/stored-definition.ts';

const { values } = parseArgs({
  options: { clients: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '5' } },
});
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(ROOT, `.tmp/bench-outcomes/synthetic-${values.clients}-1.sqlite`);
const db = openDatabase(`sqlite:${file}`);
const biggest = await db.kysely
  .selectFrom('outcome_enrollments')
  .select(['organization_id', 'program_id'])
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .groupBy(['organization_id', 'program_id'])
  .orderBy('n', 'desc')
  .executeTakeFirstOrThrow();
const { organization_id: org, program_id: program } = biggest;
const versions = await db.kysely
  .selectFrom('program_versions')
  .select(['definition', 'version'])
  .where('program_id', '=', program)
  .execute();
const defs = versions.map((v) =>
  definitionFromRow(v.definition, { programId: program, programName: 'p', version: v.version }),
);
const keys = programTimepoints(defs, 'phq-9').map((t) => t.key);

async function once(): Promise<{ cpu: number; wall: number }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const cache = new OutcomeCache(db);
  await cache.columnsFor(org, program, 'phq-9', keys);
  const used = process.cpuUsage(cpu);
  const result = { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
  await cache.saved();
  return result;
}
const deleteSnapshot = () =>
  db.kysely.deleteFrom('outcome_snapshots').where('program_id', '=', program).execute();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = { snapshot: [] as { cpu: number; wall: number }[], rows: [] as { cpu: number; wall: number }[] };
await deleteSnapshot();
await once(); // warms the JIT and the page cache alike for both, and stores the snapshot
for (let r = 0; r < Number(values.rounds); r++) {
  rows.snapshot.push(await once());
  await deleteSnapshot();
  rows.rows.push(await once()); // stores the snapshot again for the next round
}
console.log(`${biggest.n} enrollments in the program (${values.clients} clients)`);
for (const [name, xs] of Object.entries(rows))
  console.log(
    `${name.padEnd(8)} CPU median ${median(xs.map((x) => x.cpu)).toFixed(0)} ms (${xs.map((x) => x.cpu.toFixed(0)).join(', ')}); wall median ${median(xs.map((x) => x.wall)).toFixed(0)} ms`,
  );
await db.close();
