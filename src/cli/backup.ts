/** `threshold backup <file>`: an online SQLite backup; for PostgreSQL, the pg_dump command to run. */
import fs from 'node:fs';
import path from 'node:path';
import { isPostgresUrl, openDatabase } from '../db/dialect.ts';
import { loadConfig } from '../server/config.ts';
import { UsageError } from './runtime.ts';

export async function backup(file: string): Promise<void> {
  const config = loadConfig();
  if (isPostgresUrl(config.databaseUrl)) {
    const u = new URL(config.databaseUrl);
    const safe = `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
    console.log('Threshold is on PostgreSQL: back it up with pg_dump, for example:');
    console.log(`  pg_dump --format=custom --file=${JSON.stringify(file)} "${safe}"`);
    console.log('(pg_dump asks for the password, or reads it from PGPASSWORD or ~/.pgpass.)');
    return;
  }
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new UsageError(`${file} exists already; choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = openDatabase(config.databaseUrl);
  try {
    const result = await db.sqlite!.backup(target);
    console.log(`Backed up ${db.location} to ${target} (${result.totalPages} pages).`);
  } finally {
    await db.close();
  }
}
