import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './dialect.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const modeOf = (f: string) => fs.statSync(f).mode & 0o777;

describe('openDatabase on SQLite (issue 14, finding 11)', () => {
  it('creates the database file and its -wal and -shm readable by the owner only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-perm-'));
    dirs.push(dir);
    const file = path.join(dir, 'data', 'threshold.sqlite');
    const db = openDatabase(`sqlite:${file}`);
    try {
      db.sqlite!.exec('create table t (x integer); insert into t values (1)');
      expect(modeOf(path.dirname(file))).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(f), f).toBe(0o600);
    } finally {
      await db.close();
    }
  });

  it('narrows a database file created earlier with wider permissions', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-perm-'));
    dirs.push(dir);
    const file = path.join(dir, 'old.sqlite');
    fs.writeFileSync(file, '', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const db = openDatabase(`sqlite:${file}`);
    await db.close();
    expect(modeOf(file)).toBe(0o600);
  });
});

describe('transactions on SQLite', () => {
  it.each([true, false])(
    'take the write lock at their begin, except a read-only one (group commit %s)',
    async (groupCommit) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-tx-'));
      dirs.push(dir);
      const file = path.join(dir, 'tx.sqlite');
      const db = openDatabase(`sqlite:${file}`, { groupCommit });
      const BetterSqlite = (await import('better-sqlite3')).default;
      const other = new BetterSqlite(file, { timeout: 0 });
      try {
        db.sqlite!.exec('create table t (x integer); insert into t values (1)');
        const otherWrites = () => {
          try {
            other.exec('begin immediate; insert into t values (2); rollback');
            return true;
          } catch {
            return false;
          }
        };
        const read = (trx: typeof db.kysely) => sql<{ n: number }>`select count(*) as n from t`.execute(trx);
        // Another process may write while a read-only transaction reads...
        await db.kysely
          .transaction()
          .setAccessMode('read only')
          .execute(async (trx) => {
            await read(trx);
            expect(otherWrites()).toBe(true);
          });
        // ...but not while a transaction that may write holds the write lock from its begin.
        await db.kysely.transaction().execute(async (trx) => {
          await read(trx);
          expect(otherWrites()).toBe(false);
        });
      } finally {
        other.close();
        await db.close();
      }
    },
  );
});
