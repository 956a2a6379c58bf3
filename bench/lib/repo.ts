/** Facts about the checkout a benchmark ran in: installed package versions and the git revision. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The installed version of a package ('?' when unknown). */
export function versionOf(pkg: string): string {
  try {
    // Read directly: some packages (kysely) do not export their package.json.
    const file = path.join(repoRoot, 'node_modules', pkg, 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** `git describe --always --dirty`, or null outside a git checkout. */
export function gitRevision(): string | null {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return null; // not a git checkout, or no commit yet
  }
}
