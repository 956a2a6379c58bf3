/**
 * SQLite's WAL checkpoint off the request path (src/db/sqlite-checkpointer.ts): the serving
 * connection never checkpoints, a thread of its own does, and the log restarts, so the -wal file
 * stays bounded under writes that never pause — and every acknowledged write is there afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { readWalIndex } from '../../src/db/sqlite-checkpointer.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-wal-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}

const PASSIVE = 40;
const RESTART = 160;

async function writeSteadily(db: Db, writers: number, each: number, onBatch: () => void): Promise<void> {
  const payload = 'x'.repeat(900);
  let next = 0;
  const worker = async () => {
    while (next < writers * each) {
      const i = next++;
      await db.kysely.transaction().execute(async (trx) => {
        await sql`insert into t (id, body) values (${i}, ${payload})`.execute(trx);
        await sql`update counter set n = n + 1`.execute(trx);
      });
      await db.sync();
      onBatch();
    }
  };
  await Promise.all(Array.from({ length: writers }, worker));
}

describe('the SQLite WAL checkpoint', () => {
  it('keeps the WAL bounded under steady writes, and loses nothing', async () => {
    const file = tempFile();
    const db = openDatabase(`sqlite:${file}`, {
      checkpoint: { passivePages: PASSIVE, restartPages: RESTART },
    });
    const pageSize = db.sqlite!.pragma('page_size', { simple: true }) as number;
    expect(db.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await sql`create table t (id integer primary key, body text not null)`.execute(db.kysely);
    await sql`create index t_body on t (body, id)`.execute(db.kysely);
    await sql`create table counter (n integer not null)`.execute(db.kysely);
    await sql`insert into counter (n) values (0)`.execute(db.kysely);
    let maxWal = 0;
    let maxFrames = 0;
    const shm = fs.openSync(`${file}-shm`, 'r');
    try {
      await writeSteadily(db, 8, 800, () => {
        maxWal = Math.max(maxWal, fs.statSync(`${file}-wal`).size);
        maxFrames = Math.max(maxFrames, readWalIndex(shm)!.mxFrame);
      });
    } finally {
      fs.closeSync(shm);
    }
    const stats = { ...db.checkpointer!.stats };
    const rows = await sql<{ n: number }>`select count(*) as n from t`.execute(db.kysely);
    const counter = await sql<{ n: number }>`select n from counter`.execute(db.kysely);
    await db.close();

    // 6,400 transactions of 3 pages or more each: over 19,000 frames, and a -wal file of over
    // 75 MB, had the log never restarted.
    expect(stats.passive).toBeGreaterThan(0);
    expect(stats.restarts).toBeGreaterThan(5);
    // It restarted: it held at most a fraction of that (commits go on while a checkpoint runs,
    // so it overshoots the restart mark), and the file was never longer than its longest log.
    expect(maxFrames).toBeLessThan(3000);
    expect(maxWal).toBeLessThanOrEqual(32 + 3000 * (pageSize + 24));
    expect(rows.rows[0]!.n).toBe(6400);
    expect(counter.rows[0]!.n).toBe(6400);

    const again = openDatabase(`sqlite:${file}`);
    try {
      expect(again.sqlite!.pragma('integrity_check', { simple: true })).toBe('ok');
      const n = await sql<{ n: number }>`select count(*) as n from t`.execute(again.kysely);
      expect(n.rows[0]!.n).toBe(6400);
    } finally {
      await again.close();
    }
  });

  it('checkpoints inline again when its thread is gone', async () => {
    const file = tempFile();
    const db = openDatabase(`sqlite:${file}`, {
      checkpoint: { passivePages: PASSIVE, restartPages: RESTART },
    });
    try {
      await sql`create table t (id integer primary key, body text not null)`.execute(db.kysely);
      // A checkpointer whose thread cannot load its driver fails over to SQLite's own checkpoint.
      const cp = db.checkpointer! as unknown as { driverPath: string };
      cp.driverPath = path.join(path.dirname(file), 'no-such-driver.js');
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...a: unknown[]) => errors.push(a);
      try {
        for (let i = 0; i < 300 && db.sqlite!.pragma('wal_autocheckpoint', { simple: true }) === 0; i++) {
          await sql`insert into t (id, body) values (${i}, ${'y'.repeat(3000)})`.execute(db.kysely);
          await db.sync();
          await new Promise((r) => setTimeout(r, 5));
        }
      } finally {
        console.error = original;
      }
      expect(db.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(errors.length).toBe(1);
    } finally {
      await db.close();
    }
  });
});
