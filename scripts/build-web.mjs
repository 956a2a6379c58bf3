#!/usr/bin/env node
// Builds the web app into dist/web and precompresses it (brotli and gzip siblings, served by
// @fastify/static's preCompressed option). With --if-needed, only when the build is missing or
// older than its sources (so `npm start` on a fresh clone builds once, and later starts are instant).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { isFresh } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/web');
const stamp = path.join(root, 'dist/.web-built');
const sources = [
  path.join(root, 'src/web'),
  path.join(root, 'src/domain'),
  path.join(root, 'vite.config.ts'),
  path.join(root, 'package-lock.json'),
  fileURLToPath(import.meta.url),
];

/** Text formats worth compressing; images and fonts in dist/web are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.xml',
  '.webmanifest',
]);
/** Below this, a compressed copy saves less than the extra file lookup costs. */
const MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function filesUnder(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/** Writes file.br and file.gz beside each compressible file, each only when it is smaller. */
async function precompress(dir) {
  let count = 0;
  await Promise.all(
    filesUnder(dir)
      .filter((f) => COMPRESSIBLE.has(path.extname(f)))
      .map(async (file) => {
        const data = fs.readFileSync(file);
        if (data.length < MIN_BYTES) return;
        const [br, gz] = await Promise.all([
          brotli(data, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            },
          }),
          gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
        ]);
        if (br.length < data.length) fs.writeFileSync(`${file}.br`, br);
        if (gz.length < data.length) fs.writeFileSync(`${file}.gz`, gz);
        count++;
      }),
  );
  return count;
}

export async function buildWeb({ ifNeeded = false } = {}) {
  if (ifNeeded && fs.existsSync(path.join(out, 'index.html')) && isFresh(stamp, sources)) return false;
  const started = new Date();
  console.log('Building the web app (dist/web)…');
  const { build } = await import('vite');
  const configFile = path.join(root, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn' });
  // The client portal, its own light entry (portal.html), into the same folder.
  await build({ configFile, mode: 'portal', logLevel: 'warn' });
  const n = await precompress(out);
  fs.writeFileSync(stamp, '');
  // Sources edited while the build ran are newer than the stamp, so the next check rebuilds.
  fs.utimesSync(stamp, started, started);
  console.log(`Web app built (${n} files precompressed).`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb({ ifNeeded: process.argv.includes('--if-needed') });
}
