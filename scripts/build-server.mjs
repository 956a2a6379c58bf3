#!/usr/bin/env node
// Compiles the server and the command line (src/domain, src/db, src/server, src/cli; not the tests,
// not src/web) to JavaScript in dist/ with tsconfig.build.json, so production runs plain Node with
// no TypeScript transpiled at run time. Type errors are `npm run typecheck`'s job (the build emits
// without checking). With --if-needed, only when dist/ is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFresh, SERVER_DIRS, SERVER_SOURCES, SERVER_STAMP } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

export function buildServer({ ifNeeded = false } = {}) {
  if (ifNeeded && fs.existsSync(path.join(dist, 'cli/main.js')) && isFresh(SERVER_STAMP, SERVER_SOURCES))
    return false;
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    throw new Error(
      'the server build needs the dev dependencies (typescript): run `npm ci` without --omit=dev',
    );
  }
  const started = new Date();
  console.log('Compiling the server (dist/)…');
  // A clean output, so a source file deleted or renamed leaves no stale module behind.
  for (const d of SERVER_DIRS) fs.rmSync(path.join(dist, d), { recursive: true, force: true });
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`tsc exited with ${r.status ?? r.signal}`);
  fs.writeFileSync(SERVER_STAMP, '');
  fs.utimesSync(SERVER_STAMP, started, started);
  console.log('Server compiled.');
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildServer({ ifNeeded: process.argv.includes('--if-needed') });
  } catch (err) {
    console.error(`build-server: ${err.message}`);
    process.exit(1);
  }
}
