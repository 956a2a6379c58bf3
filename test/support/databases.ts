/**
 * The databases every integration test runs on: SQLite always, PostgreSQL when
 * THRESHOLD_TEST_PG_URL points at a server (`.ci/run` sets it). Each suite gets its own fresh
 * database (a temporary file, or a new PostgreSQL database dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export const PG_URL = process.env.THRESHOLD_TEST_PG_URL ?? '';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Opens a fresh, migrated database; `drop` removes it. */
  create(): Promise<{ db: Db; url: string; drop(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-test-'));
    const url = `sqlite:${path.join(dir, 'test.sqlite')}`;
    const db = openDatabase(url);
    await migrateToLatest(db);
    return {
      db,
      url,
      drop: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const dbName = `threshold_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${dbName}`;
    const db = openDatabase(u.toString());
    await migrateToLatest(db);
    return {
      db,
      url: u.toString(),
      drop: async () => {
        await db.close();
        const a = new pg.Client({ connectionString: PG_URL });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await a.end();
      },
    };
  },
};

export const DATABASES: TestDatabase[] = PG_URL ? [sqlite, postgres] : [sqlite];

if (!PG_URL && !process.env.THRESHOLD_PG_SKIP_NOTICE_SHOWN) {
  process.env.THRESHOLD_PG_SKIP_NOTICE_SHOWN = '1';
  console.warn(
    '\n*** PostgreSQL integration tests SKIPPED: THRESHOLD_TEST_PG_URL is not set. ' +
      'Set it (e.g. postgres://postgres@127.0.0.1:5432/test) to run every database test on PostgreSQL too. ***\n',
  );
}
