#!/usr/bin/env node
// Builds the web app into dist/web. With --if-needed, only when the build is missing or older
// than its sources (so `npm start` on a fresh clone builds once, and later starts are instant).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const index = path.join(root, 'dist/web/index.html');
const sources = [
  path.join(root, 'src/web'),
  path.join(root, 'src/domain'),
  path.join(root, 'vite.config.ts'),
  path.join(root, 'package-lock.json'),
];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

const ifNeeded = process.argv.includes('--if-needed');
if (ifNeeded && fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(...sources.map(newest)))
  process.exit(0);

console.log('Building the web app (dist/web)…');
const { build } = await import('vite');
await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
console.log('Web app built.');
