import { describe, expect, it } from 'vitest';
import { openDatabase } from './dialect.ts';
import { changedRows, firstRow, precompiled } from './precompiled.ts';

describe('precompiled queries', () => {
  it('compiles once to the SQL Kysely builds and binds each call its own values', async () => {
    const db = openDatabase('sqlite::memory:');
    await db.kysely.schema
      .createTable('audit_anchor')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('head_hash', 'text')
      .execute();
    const build = (k: typeof db.kysely, p: { id: number; hash: string }) =>
      k.insertInto('audit_anchor').values({ id: p.id, head_hash: p.hash } as never);
    const insert = precompiled(build);
    const read = precompiled((k: typeof db.kysely, p: { id: number }) =>
      k.selectFrom('audit_anchor').select('head_hash').where('id', '=', p.id),
    );
    expect(changedRows(await insert(db.kysely, { id: 1, hash: 'a' }))).toBe(1);
    await db.kysely.transaction().execute(async (trx) => {
      expect(changedRows(await insert(trx, { id: 2, hash: 'b' }))).toBe(1);
    });
    expect(firstRow(await read(db.kysely, { id: 2 }))).toEqual({ head_hash: 'b' });
    expect(firstRow(await read(db.kysely, { id: 3 }))).toBeUndefined();
    await db.close();
  });

  it('refuses a parameter the query does not bind as it was given', async () => {
    const db = openDatabase('sqlite::memory:');
    const transformed = precompiled((k: typeof db.kysely, p: { hash: string }) =>
      k.selectFrom('audit_anchor').select('id').where('head_hash', '=', `${p.hash}`),
    );
    await expect(transformed(db.kysely, { hash: 'a' })).rejects.toThrow(/hash not a bound parameter/);
    await db.close();
  });
});
