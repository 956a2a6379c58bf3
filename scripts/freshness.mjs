// Whether a build is up to date: its stamp file is at least as new as every source it is built
// from. Used by the build scripts (--if-needed) and by bin/threshold.js in a development checkout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the server build (scripts/build-server.mjs) bundles from src/ into dist/<SERVER_OUT>. */
export const SERVER_DIRS = ['domain', 'api', 'db', 'server', 'cli'];
export const SERVER_OUT = 'cli';
/** Written when the server build finishes, dated when it started. */
export const SERVER_STAMP = path.join(root, 'dist/.server-built');
export const SERVER_SOURCES = [
  ...SERVER_DIRS.map((d) => path.join(root, 'src', d)),
  path.join(root, 'package-lock.json'),
  path.join(root, 'scripts/build-server.mjs'),
];

/** Whether anything under `p` (files and folders, so a deleted file counts too) changed after `time`. */
function changedAfter(p, time) {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) return false;
  if (st.mtimeMs > time) return true;
  if (!st.isDirectory()) return false;
  return fs.readdirSync(p).some((e) => changedAfter(path.join(p, e), time));
}

/** True when `stamp` exists and no source under `sources` changed after it. */
export function isFresh(stamp, sources) {
  const built = fs.statSync(stamp, { throwIfNoEntry: false });
  return !!built && !sources.some((s) => changedAfter(s, built.mtimeMs));
}
