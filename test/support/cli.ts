/**
 * Runs the `threshold` command as a user would (a separate Node process on bin/threshold.js) against
 * a database URL, and returns its exit code and output instead of throwing on a non-zero exit.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BIN = path.resolve(import.meta.dirname, '../../bin/threshold.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function threshold(
  args: string[],
  databaseUrl: string,
  timeoutMs = 100_000,
): Promise<CliResult> {
  try {
    const r = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: timeoutMs,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
