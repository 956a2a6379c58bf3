/**
 * What a run did to PostgreSQL's tables: row versions updated (and how many of those were HOT, so
 * no index entry was written), dead row versions left for VACUUM, and the table's size. Printed by
 * bench/portal/run.ts --pg-stats after seeding and after the run, to see which rows the portal
 * updates and what they leave behind when nothing vacuums (autovacuum off).
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/dialect.ts';

/**
 * ANALYZE the whole database: what autovacuum does on a real server once a table has changed by
 * 50 rows and 10 % (this machine's server runs with autovacuum off). Without statistics the planner
 * guesses, and a statement prepared once per connection keeps whatever plan it guessed.
 */
export async function analyze(db: Db): Promise<void> {
  await sql`analyze`.execute(db.kysely);
}

interface TableStat {
  table: string;
  inserted: number;
  updated: number;
  hot: number;
  live: number;
  dead: number;
  kb: number;
}

export async function tableStats(db: Db): Promise<TableStat[]> {
  // The statistics collector reports with a delay; this asks for fresh numbers.
  await sql`select pg_stat_clear_snapshot()`.execute(db.kysely);
  const r = await sql<TableStat>`
    select relname as "table", n_tup_ins::int as inserted, n_tup_upd::int as updated,
           n_tup_hot_upd::int as hot, n_live_tup::int as live, n_dead_tup::int as dead,
           (pg_total_relation_size(relid) / 1024)::int as kb
    from pg_stat_user_tables
    where n_tup_upd > 0 or n_dead_tup > 0 or n_tup_ins > 0
    order by n_tup_upd desc, n_tup_ins desc`.execute(db.kysely);
  return r.rows;
}

export function printStats(label: string, rows: TableStat[]): void {
  console.log(`  pg_stat_user_tables ${label}:`);
  console.log(
    '    table                          inserted   updated       HOT      dead      live    size kB',
  );
  for (const s of rows) {
    if (s.updated === 0 && s.dead === 0 && s.inserted < 50) continue;
    console.log(
      `    ${s.table.padEnd(28)} ${[s.inserted, s.updated, s.hot, s.dead, s.live, s.kb]
        .map((n) => String(n).padStart(9))
        .join(' ')}`,
    );
  }
}

interface IndexStat {
  index: string;
  scans: number;
  read: number;
  fetched: number;
}

/** Index scans and the index entries they read: a scan that reads thousands is a plan gone wrong. */
export async function indexStats(db: Db): Promise<IndexStat[]> {
  await sql`select pg_stat_clear_snapshot()`.execute(db.kysely);
  const r = await sql<IndexStat>`
    select indexrelname as "index", idx_scan::int as scans, idx_tup_read::int as read,
           idx_tup_fetch::int as fetched
    from pg_stat_user_indexes where idx_scan > 0 order by idx_tup_read desc limit 12`.execute(db.kysely);
  return r.rows;
}

export function printIndexStats(label: string, rows: IndexStat[]): void {
  console.log(`  pg_stat_user_indexes ${label}:`);
  console.log('    index                                         scans   entries read   read per scan');
  for (const s of rows)
    console.log(
      `    ${s.index.padEnd(44)} ${String(s.scans).padStart(7)} ${String(s.read).padStart(14)} ${(s.read / s.scans).toFixed(1).padStart(15)}`,
    );
}
