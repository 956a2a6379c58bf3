#!/usr/bin/env node
// The client portal's size budget (issue 18): sums the gzipped size of every JavaScript chunk the
// portal entry (portal.html) loads at once, following static imports through the Vite manifest, and
// fails above the budget. CSS and lazily loaded chunks (dynamic imports) are reported separately.
// Run after `npm run build`: `npm run budget` (or `node scripts/portal-budget.mjs --entry index.html`
// to measure another entry; --max <KB> to change the limit).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'dist/web');

const { values } = parseArgs({
  options: {
    entry: { type: 'string', default: 'portal.html' },
    max: { type: 'string', default: '150' },
  },
});
const budgetKb = Number(values.max);

/** The manifest of the build that has the entry (the staff app and the portal are built apart). */
function manifestWith(entry) {
  const dir = path.join(web, '.vite');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const key = Object.keys(manifest).find((k) => manifest[k].isEntry && path.basename(k) === entry);
    if (key) return { manifest, key };
  }
  console.error(`portal-budget: no entry ${entry} in dist/web/.vite/*.json; run \`npm run build\` first.`);
  process.exit(1);
}

/** The chunks an entry loads at once (static imports, recursively) and those it may load later. */
function chunksOf(manifest, entryKey) {
  const eager = new Set();
  const lazy = new Set();
  const visit = (key, into) => {
    if (eager.has(key) || into.has(key)) return;
    into.add(key);
    const chunk = manifest[key];
    for (const k of chunk.imports ?? []) visit(k, into);
    for (const k of chunk.dynamicImports ?? []) if (!eager.has(k)) visit(k, lazy);
  };
  visit(entryKey, eager);
  for (const k of eager) lazy.delete(k);
  return { eager: [...eager], lazy: [...lazy] };
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(web, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

function sizes(manifest, keys) {
  const js = keys.map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const css = [...new Set(keys.flatMap((k) => manifest[k].css ?? []))];
  const rows = [...js, ...css].map((file) => ({ file, gz: gzipSize(file) }));
  const sum = (files) => rows.filter((r) => files.includes(r.file)).reduce((n, r) => n + r.gz, 0);
  return { rows, js: sum(js), css: sum(css) };
}

const { manifest, key: entryKey } = manifestWith(values.entry);
const { eager, lazy } = chunksOf(manifest, entryKey);
const now = sizes(manifest, eager);
const later = sizes(manifest, lazy);

console.log(`${values.entry}: loaded at once (gzip -9)`);
for (const r of now.rows) console.log(`  ${kb(r.gz).padStart(7)} KB  ${r.file}`);
console.log(`  JS ${kb(now.js)} KB, CSS ${kb(now.css)} KB (budget: ${budgetKb} KB of JS)`);
if (later.rows.length > 0)
  console.log(
    `  loaded on demand: JS ${kb(later.js)} KB, CSS ${kb(later.css)} KB in ${later.rows.length} files`,
  );
if (now.js > budgetKb * 1024) {
  console.error(`portal-budget: ${values.entry} loads ${kb(now.js)} KB of gzipped JS, over ${budgetKb} KB.`);
  process.exit(1);
}
