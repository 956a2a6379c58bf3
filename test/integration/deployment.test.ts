/**
 * Running Threshold as it is deployed: `npm start`'s process tree and signals, and a DATABASE_URL
 * it cannot use.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The command `npm start` ends in, as npm runs it (`sh -c`), with the compiled entry point swapped
 * for bin/threshold.js so it runs the code as it is now without a build in the test.
 */
function startCommand(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const last = pkg.scripts.start.split('&&').at(-1)!.trim();
  expect(last).toMatch(/ dist\/cli\/main\.js serve\b/);
  return last.replace('dist/cli/main.js', JSON.stringify(BIN));
}

function waitForExit(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(true)));
  });
}

// Each start runs in its own process group, so that a server orphaned by a failing run is ended too.
const groups: number[] = [];
afterEach(() => {
  for (const pid of groups.splice(0)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group has ended
    }
  }
});

describe.each(DATABASES)('npm start on $name', { timeout: 120_000 }, (database) => {
  it('stops the server, frees the port and closes the database when its parent gets SIGTERM', async () => {
    const { db, url, drop } = await database.create();
    // Only the server may hold the database while it runs, so that afterwards nothing does.
    await db.close();
    try {
      const parent = spawn('sh', ['-c', startCommand()], {
        cwd: ROOT,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url, SCHEDULER_SECONDS: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      groups.push(parent.pid!);
      let output = '';
      const base = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const m = /running at (http:\/\/[^\s]+?)\/?\s/.exec(output);
          if (m) resolve(m[1]!);
        };
        parent.stdout!.on('data', onData);
        parent.stderr!.on('data', onData);
        parent.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
      });
      const port = Number(new URL(base).port);
      expect((await fetch(`${base}/api/health`)).status).toBe(200);

      parent.kill('SIGTERM');
      expect(await waitForExit(parent), output).toEqual({ code: 0, signal: null });
      expect(await portIsFree(port)).toBe(true);
      expect(output).toContain('SIGTERM: shutting down');
      if (database.name === 'sqlite') {
        // SQLite removes the write-ahead log when the last connection closes cleanly.
        const file = url.replace(/^sqlite:/, '');
        expect(fs.existsSync(`${file}-wal`)).toBe(false);
      } else {
        const admin = new pg.Client({ connectionString: process.env.THRESHOLD_TEST_PG_URL });
        await admin.connect();
        try {
          const name = new URL(url).pathname.slice(1);
          const left = async () =>
            Number(
              (await admin.query('select count(*) as n from pg_stat_activity where datname = $1', [name]))
                .rows[0].n,
            );
          await expect.poll(left, { timeout: 10_000 }).toBe(0);
        } finally {
          await admin.end();
        }
      }
    } finally {
      await drop();
    }
  });
});

describe('a DATABASE_URL Threshold cannot use', { timeout: 120_000 }, () => {
  const run = promisify(execFile);

  it('is refused with one line naming the scheme and exit code 2, creating no file', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-url-'));
    try {
      for (const args of [['migrate'], ['serve'], ['audit', 'verify']]) {
        const r = await run(process.execPath, [BIN, ...args], {
          cwd,
          env: { ...process.env, DATABASE_URL: 'mysql://root:s3cret@db/x', PORT: '0' },
        }).then(
          () => ({ code: 0, stderr: '' }),
          (e: { code: number; stderr: string }) => e,
        );
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
        expect(r.stderr).toMatch(
          /^threshold: DATABASE_URL has the unsupported scheme "mysql:"; use postgres:/,
        );
        expect(r.stderr).not.toContain('s3cret');
      }
      expect(fs.readdirSync(cwd)).toEqual([]);
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  });
});
