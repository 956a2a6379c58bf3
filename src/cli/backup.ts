/**
 * `threshold backup <file>`: an online SQLite backup; for PostgreSQL, the pg_dump command to run.
 * A backup holds health data: it is created readable by its owner only (0600). Beside it,
 * `<file>.anchor.json` records the audit chain's anchor (entry count and head hash) as of the
 * backup, for `threshold audit verify --anchor` later: deleting or rewriting audit entries up to
 * that point then shows even if the database's own anchor was rewritten too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isPostgresUrl, openDatabase } from '../db/dialect.ts';
import type { Anchor } from '../domain/audit/anchor.ts';
import { readAnchor } from '../server/audit/verify.ts';
import { loadConfig } from '../server/config.ts';
import { UsageError } from './runtime.ts';

const PRIVATE = 0o600;

export async function backup(file: string): Promise<void> {
  const config = loadConfig();
  if (isPostgresUrl(config.databaseUrl)) return postgresAdvice(config.databaseUrl, file);
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  createPrivate(target, file);
  const db = openDatabase(config.databaseUrl);
  try {
    // Read before copying: entries appended meanwhile lie beyond this head, which the copy holds.
    const anchor = await readAnchor(db.kysely);
    if (!anchor) throw new Error('the database has no audit anchor: run "threshold migrate" first');
    const result = await db.sqlite!.backup(target);
    fs.chmodSync(target, PRIVATE);
    console.log(`Backed up ${db.location} to ${target} (${result.totalPages} pages).`);
    writeAnchor(anchor, `${target}.anchor.json`);
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  } finally {
    await db.close();
  }
}

/** Creates the empty target with owner-only permissions; an existing file is never overwritten. */
function createPrivate(target: string, shown: string): void {
  try {
    fs.closeSync(fs.openSync(target, 'wx', PRIVATE));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${shown} exists already; choose a new file name`);
    throw e;
  }
}

function writeAnchor(anchor: Anchor, anchorFile: string): void {
  const body: Anchor & { at: string } = { ...anchor, at: new Date().toISOString() };
  fs.writeFileSync(anchorFile, `${JSON.stringify(body, null, 2)}\n`, { mode: PRIVATE });
  fs.chmodSync(anchorFile, PRIVATE);
  console.log(`Audit anchor: ${anchor.entries} entries, head ${anchor.headSeq} ${anchor.headHash}`);
  console.log(`  written to ${anchorFile}; keep it with the backup (threshold audit verify --anchor).`);
}

async function postgresAdvice(databaseUrl: string, file: string): Promise<void> {
  const u = new URL(databaseUrl);
  const safe = `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  console.log('Threshold is on PostgreSQL: back it up with pg_dump, for example:');
  console.log(`  (umask 077 && pg_dump --format=custom --file=${JSON.stringify(file)} "${safe}")`);
  console.log('(pg_dump asks for the password, or reads it from PGPASSWORD or ~/.pgpass.)');
  const db = openDatabase(databaseUrl);
  try {
    const anchor = await readAnchor(db.kysely);
    if (anchor)
      console.log(
        `Audit anchor now: {"entries": ${anchor.entries}, "headSeq": ${anchor.headSeq}, "headHash": "${anchor.headHash}"}\n  keep it with the dump, in a file, for threshold audit verify --anchor.`,
      );
  } finally {
    await db.close();
  }
}
