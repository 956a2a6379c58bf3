/**
 * A transaction-scoped lock on a name, for a rule that counts rows and then writes one (a limit per
 * address): on PostgreSQL an advisory lock on the name's 64-bit hash, held until the transaction
 * ends, so that servers checking the same name take turns; on SQLite nothing is needed, since a
 * write transaction begins holding the database's one write lock (dialect.ts, `begin immediate`).
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DialectName } from './dialect.ts';
import type { Database } from './schema.ts';

/** The first 8 bytes of the name's SHA-256 as a signed 64-bit integer (PostgreSQL's bigint). */
export function lockKey(name: string): bigint {
  return createHash('sha256').update(name).digest().readBigInt64BE(0);
}

/** Locks `name` until the end of the transaction `trx` (PostgreSQL; a no-op on SQLite). */
export async function lockName(trx: Kysely<Database>, dialect: DialectName, name: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${lockKey(name).toString()}::bigint)`.execute(trx);
}
