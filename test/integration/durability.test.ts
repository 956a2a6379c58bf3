/**
 * Group commit never loses an acknowledged write (issue 18). A real server (`threshold serve`) takes
 * portal submissions from many concurrent clients and is killed with SIGKILL while they are in
 * flight; afterwards every submission that was answered 200 must be stored — its response, its
 * completed invitation and its audit entry — and the audit chain must verify. While the load runs,
 * a separate connection verifies the chain again and again: commits that group-commit together
 * must still enter the hash chain one after another, in commit order, so a reader never sees a gap,
 * a fork or an anchor ahead of the entries.
 *
 * SIGKILL ends the process, not the machine: what it proves is that a reply is never sent before
 * its transaction committed. That a committed transaction is on disk before the reply is what
 * test/integration/group-commit.test.ts checks (the flush starts after the commit and ends before
 * the reply).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/dialect.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createOrganization } from '../../src/server/organizations/service.ts';
import { hashToken } from '../../src/server/tokens.ts';
import { BIN } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';
import { phq9, portalProgram, seedInvitation, seedPortalClient } from '../support/portal-fixtures.ts';

const CLIENTS = 20;
const INVITATIONS = 1_500;
const WORKERS = 16;

const groups: number[] = [];
afterEach(() => {
  for (const pid of groups.splice(0)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already ended
    }
  }
});

/** Starts `threshold serve` in its own process group and resolves with its base URL. */
function serve(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PORTAL_PER_MINUTE: '1000000',
      SCHEDULER_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  groups.push(child.pid!);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /running at (http:\/\/[^\s]+?)\/?\s/.exec(output);
      if (m) resolve({ child, base: m[1]! });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
}

function submit(agent: http.Agent, base: string, token: string, submissionId: string): Promise<number> {
  const body = JSON.stringify({ answers: phq9(0), submissionId });
  const u = new URL(`${base}/api/portal/invitations/${token}/submit`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe.each(DATABASES)(
  'kill -9 under load with group commit on $name',
  { timeout: 180_000 },
  (database) => {
    it('keeps every acknowledged submission and an intact audit chain, verified in order while it runs', async () => {
      const { db, url, drop } = await database.create();
      try {
        const ctx = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
        const org = await createOrganization(ctx, systemActor('test'), { name: 'Durability Clinic' });
        const program = await portalProgram(db.kysely, org.id);
        const tokens: string[] = [];
        await db.kysely.transaction().execute(async (trx) => {
          const clients = [];
          for (let i = 0; i < CLIENTS; i++) clients.push(await seedPortalClient(trx, org.id, program));
          for (let i = 0; i < INVITATIONS; i++)
            tokens.push((await seedInvitation(trx, org.id, clients[i % CLIENTS]!)).token);
        });
        await db.close();

        const { child, base } = await serve(url);
        const agent = new http.Agent({ keepAlive: true, maxSockets: WORKERS });
        const acknowledged = new Map<string, string>(); // token → submission id
        let next = 0;
        let killed = false;
        const worker = async () => {
          while (!killed && next < tokens.length) {
            const token = tokens[next++]!;
            const submissionId = randomUUID();
            const status = await submit(agent, base, token, submissionId).catch(() => 0);
            if (status === 200 && !killed) acknowledged.set(token, submissionId);
            else if (!killed) expect(status, `submission answered ${status}`).toBe(200);
          }
        };

        // A second process's view of the chain while the server appends to it, group commit and all.
        const reader = openDatabase(url);
        const verifications: Array<{ ok: boolean; checked: number }> = [];
        const verifyLoop = async () => {
          while (!killed) {
            const r = await verifyAuditChain(reader.kysely);
            verifications.push({ ok: r.ok, checked: r.checked });
            await new Promise((res) => setTimeout(res, 20));
          }
        };

        const workers = Array.from({ length: WORKERS }, worker);
        const verifying = verifyLoop();
        // Kill in the middle of the load: once a good number of submissions were answered.
        await expect
          .poll(() => acknowledged.size, { timeout: 90_000, interval: 50 })
          .toBeGreaterThanOrEqual(150);
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
        await Promise.all(workers);
        await verifying;
        agent.destroy();
        await reader.close();
        await new Promise((res) =>
          child.exitCode !== null || child.signalCode ? res(null) : child.once('exit', res),
        );
        expect(child.signalCode).toBe('SIGKILL');

        // Every verification during the load saw an intact chain, and the chain grew.
        expect(verifications.length).toBeGreaterThan(1);
        expect(verifications.filter((v) => !v.ok)).toEqual([]);
        expect(verifications.at(-1)!.checked).toBeGreaterThan(verifications[0]!.checked);

        const after = openDatabase(url);
        try {
          const rows = await after.kysely
            .selectFrom('invitation_tokens as t')
            .innerJoin('invitations as i', 'i.id', 't.invitation_id')
            .leftJoin('questionnaire_responses as r', 'r.id', 'i.response_id')
            .select(['t.token_hash', 'i.status', 'i.submission_id', 'r.id as response_id'])
            .execute();
          const byHash = new Map(rows.map((r) => [r.token_hash, r]));
          const audited = new Set(
            (
              await after.kysely
                .selectFrom('audit_events')
                .select('details')
                .where('action', '=', 'response.create')
                .execute()
            ).map((a) => (JSON.parse(a.details) as { responseId: string }).responseId),
          );
          const lost = [...acknowledged].filter(([token, submissionId]) => {
            const r = byHash.get(hashToken(token));
            return !(
              r &&
              r.status === 'completed' &&
              r.submission_id === submissionId &&
              r.response_id &&
              audited.has(r.response_id)
            );
          });
          expect(lost, `${lost.length} of ${acknowledged.size} acknowledged submissions lost`).toEqual([]);
          const chain = await verifyAuditChain(after.kysely);
          expect(chain).toMatchObject({ ok: true, missing: 0 });
          expect(chain.checked).toBeGreaterThanOrEqual(acknowledged.size);
        } finally {
          await after.close();
        }
      } finally {
        await drop();
      }
    });
  },
);
