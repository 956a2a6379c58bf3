#!/usr/bin/env node
// Builds the server and the command line (src/cli/main.ts and all it imports from src/; not the
// tests, not src/web) into dist/cli/ with esbuild: our TypeScript bundled into a few ES modules
// (each command's code a chunk of its own, loaded when the command runs), the npm packages left to
// node_modules. Production runs plain Node, with no TypeScript transpiled and no 300 small modules
// resolved and read at run time. Type errors are `npm run typecheck`'s job (esbuild only strips
// types). Then scripts/build-schemas.mjs generates the route schemas' validators and serializers.
// With --if-needed, only when dist/ is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isFresh, SERVER_OUT, SERVER_SOURCES, SERVER_STAMP } from './freshness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

function loadEsbuild() {
  try {
    return createRequire(import.meta.url)('esbuild');
  } catch {
    throw new Error('the server build needs the dev dependencies (esbuild): run `npm ci` without --omit=dev');
  }
}

/**
 * Pure JavaScript, no native code, no files read relative to themselves, imported only by our code
 * (never by a package left external, which would then load a second copy).
 */
const BUNDLED_PACKAGES = [
  /^kysely$/,
  /^@sinclair\/typebox$/,
  /^@stdlib\//,
  /^luxon$/,
  // prom-client and what it requires (the OpenTelemetry API alone is 51 modules).
  /^prom-client$/,
  /^@opentelemetry\/api$/,
  /^tdigest$/,
  /^bintrees$/,
  /^csv-(parse|stringify)$/,
  /^commander$/,
];

/** Every installed package except the bundled ones, as esbuild `external` patterns. */
function externalPackages() {
  const modules = path.join(root, 'node_modules');
  const names = fs.readdirSync(modules).flatMap((d) => {
    if (d.startsWith('.')) return [];
    if (!d.startsWith('@')) return [d];
    return fs.readdirSync(path.join(modules, d)).map((n) => `${d}/${n}`);
  });
  return names.filter((n) => !BUNDLED_PACKAGES.some((re) => re.test(n))).flatMap((n) => [n, `${n}/*`]);
}

export function buildServer({ ifNeeded = false } = {}) {
  if (ifNeeded && fs.existsSync(path.join(dist, 'cli/main.js')) && isFresh(SERVER_STAMP, SERVER_SOURCES))
    return false;
  const esbuild = loadEsbuild();
  const started = new Date();
  console.log('Building the server (dist/cli/)…');
  // A clean output, so nothing stale is left behind (dist/domain, db and server: the layout
  // before the bundle, one compiled file per source file).
  for (const d of [SERVER_OUT, 'domain', 'db', 'server'])
    fs.rmSync(path.join(dist, d), { recursive: true, force: true });
  esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', precompile: 'src/server/http/precompile.ts' },
    outdir: path.join(dist, SERVER_OUT),
    // Chunks beside the entries: every module of the bundle is then two levels below the checkout,
    // as in src/, so paths from import.meta.dirname (src/server/paths.ts) hold in both.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // npm packages stay in node_modules, except the pure-JavaScript ones below: they are
    // hundreds of small modules (Kysely's ESM build 260, TypeBox 200, @stdlib's statistics 200)
    // that Node would otherwise resolve, read and link one by one at every start.
    external: externalPackages(),
    // A bundled CommonJS package may require an external one: give the ES modules a `require`.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const s = spawnSync(process.execPath, [path.join(root, 'scripts/build-schemas.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (s.status !== 0) throw new Error(`build-schemas exited with ${s.status ?? s.signal}`);
  fs.writeFileSync(SERVER_STAMP, '');
  fs.utimesSync(SERVER_STAMP, started, started);
  console.log('Server built.');
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
