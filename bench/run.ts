/**
 * Runs every benchmark under bench/ (each directory with a run.ts), one after the other, each in
 * its own process.
 *
 *   npx tsx bench/run.ts [name...] [-- arguments passed to each benchmark]
 *
 * e.g. `npx tsx bench/run.ts api -- --duration 5 --no-write`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/**
 * Per benchmark; each one also bounds itself. Outcomes seeds 100,000 clients per database on its first run; scale
 * starts six sets of servers.
 */
const TIMEOUT_MS = 10 * 60 * 1000;
const TIMEOUTS_MS: Record<string, number> = { outcomes: 50 * 60 * 1000, scale: 15 * 60 * 1000 };

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const names = dash === -1 ? argv : argv.slice(0, dash);
const passThrough = dash === -1 ? [] : argv.slice(dash + 1);

const all = fs
  .readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(here, d.name, 'run.ts')))
  .map((d) => d.name)
  .sort();
const unknown = names.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${all.join(', ')}`);
  process.exit(2);
}
const selected = names.length ? names : all;

function run(name: string): Promise<number> {
  return new Promise((resolve) => {
    // The same Node and loader flags (tsx) this process was started with.
    const child = spawn(
      process.execPath,
      [...process.execArgv, path.join(here, name, 'run.ts'), ...passThrough],
      {
        stdio: 'inherit',
      },
    );
    const timer = setTimeout(() => {
      console.error(
        `bench/${name}: still running after ${(TIMEOUTS_MS[name] ?? TIMEOUT_MS) / 1000} s, stopping it`,
      );
      child.kill('SIGKILL');
    }, TIMEOUTS_MS[name] ?? TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      console.error(err);
      resolve(1);
    });
  });
}

const failed: string[] = [];
for (const name of selected) {
  console.log(`\n=== bench/${name} ===\n`);
  if ((await run(name)) !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
