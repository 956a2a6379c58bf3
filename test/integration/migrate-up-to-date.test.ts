/**
 * A restart on an up-to-date database skips Kysely's Migrator (src/db/migrate.ts); anything else
 * still goes through it, on both databases.
 */
import { DEFAULT_MIGRATION_TABLE, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { DATABASES } from '../support/databases.ts';

const table = sql.table(DEFAULT_MIGRATION_TABLE);

describe.each(DATABASES)('migrateToLatest on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await database.create());
  });
  afterAll(() => drop());

  it('applies nothing on a database that has every migration', async () => {
    expect(await migrateToLatest(db)).toEqual({ applied: [] });
  });

  it('reapplies a migration whose record is missing (through the Migrator, not the fast path)', async () => {
    const { rows } = await sql<{ name: string }>`select name from ${table} order by name desc`.execute(
      db.kysely,
    );
    const last = rows[0]!.name;
    const saved = await sql<Record<string, unknown>>`select * from ${table} where name = ${last}`.execute(
      db.kysely,
    );
    await sql`delete from ${table} where name = ${last}`.execute(db.kysely);
    // The Migrator runs it again: a migration that creates objects fails (they exist) and says
    // which; one that only sets something (0041's storage settings) is applied again and recorded.
    const rerun = await migrateToLatest(db).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    if ('error' in rerun) {
      expect(String(rerun.error)).toContain(last);
      const row = saved.rows[0]!;
      await sql`insert into ${table} (name, timestamp) values (${row.name}, ${row.timestamp})`.execute(
        db.kysely,
      );
    } else expect(rerun.result).toEqual({ applied: [last] });
    expect(await migrateToLatest(db)).toEqual({ applied: [] });
  });

  it('refuses a database with a migration this code does not know', async () => {
    await sql`insert into ${table} (name, timestamp) values ('9999-from-the-future', ${new Date().toISOString()})`.execute(
      db.kysely,
    );
    await expect(migrateToLatest(db)).rejects.toThrow(/9999-from-the-future/);
    await sql`delete from ${table} where name = '9999-from-the-future'`.execute(db.kysely);
  });
});
