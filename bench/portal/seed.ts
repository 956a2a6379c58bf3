/**
 * The databases bench/portal runs on (a fresh SQLite file, or a fresh PostgreSQL database created
 * beside the one the URL names and dropped afterwards, as test/support/databases.ts does) and their
 * seed: one organization (through the organization service), a program with a PHQ-9 at enrollment,
 * enrolled clients with an email, and invitations that were sent, each with its own link token. The
 * rows are written by the same fixtures the portal integration tests use, in one transaction per
 * batch. Nothing here is real data.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Db } from '../../src/db/dialect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createOrganization } from '../../src/server/organizations/service.ts';
import { portalProgram, seedInvitation, seedPortalClient } from '../../test/support/portal-fixtures.ts';
import type { SeededProgram } from '../../test/support/programs-fixtures.ts';

export interface BenchDatabase {
  name: 'SQLite' | 'PostgreSQL';
  url: string;
  /** The OS temp directory holding the SQLite file (for the filesystem note), or null. */
  dir: string | null;
  drop(): Promise<void>;
}

export function createSqlite(): BenchDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-bench-portal-'));
  return {
    name: 'SQLite',
    url: `sqlite:${path.join(dir, 'bench.sqlite')}`,
    dir,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Why PostgreSQL at `adminUrl` cannot be used (unreachable, refused), or null when it can. */
export async function postgresProblem(adminUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message || err.name : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(adminUrl: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server `adminUrl` points at; dropped (even if still in use) by `drop`. */
export async function createPostgres(adminUrl: string): Promise<BenchDatabase> {
  const dbName = `threshold_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${dbName}`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return {
    name: 'PostgreSQL',
    url: u.toString(),
    dir: null,
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    },
  };
}

/** The server's version and the settings that decide what a commit costs. */
export async function postgresSettings(adminUrl: string): Promise<string> {
  const r = await adminQuery(
    adminUrl,
    `select current_setting('server_version') as v, current_setting('fsync') as f,
            current_setting('synchronous_commit') as s, current_setting('shared_buffers') as b`,
  );
  const row = r.rows[0] as { v: string; f: string; s: string; b: string };
  return `server ${row.v.split(' ')[0]} on ${new URL(adminUrl).host} (\`fsync = ${row.f}\`, \`synchronous_commit = ${row.s}\`, \`shared_buffers = ${row.b}\`)`;
}

export interface Seeded {
  organizationId: string;
  clientIds: string[];
  enrollmentIds: string[];
  program: SeededProgram;
}

/** Migrates the database and writes the organization, the program and `clients` enrolled clients. */
export async function seedWorld(db: Db, clients: number): Promise<Seeded> {
  await migrateToLatest(db);
  const ctx: AppContext = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
  const org = await createOrganization(ctx, systemActor('bench'), { name: 'Benchmark Clinic' });
  const program = await portalProgram(db.kysely, org.id);
  const clientIds: string[] = [];
  const enrollmentIds: string[] = [];
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < clients; i++) {
      const n = String(i).padStart(4, '0');
      const c = await seedPortalClient(trx, org.id, program, {
        name: `Bench${n}`,
        email: `client-${n}@bench.example`,
      });
      clientIds.push(c.clientId);
      enrollmentIds.push(c.enrollmentId);
    }
  });
  return { organizationId: org.id, clientIds, enrollmentIds, program };
}

/**
 * `count` more sent invitations, spread round-robin over the clients (`from` continues the
 * rotation), each with its own link token; returns the tokens. Batches of 1,000 per transaction.
 */
export async function seedInvitations(db: Db, s: Seeded, count: number, from = 0): Promise<string[]> {
  const tokens: string[] = [];
  for (let done = 0; done < count; ) {
    const batch = Math.min(1_000, count - done);
    await db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < batch; i++) {
        const k = (from + done + i) % s.clientIds.length;
        const inv = await seedInvitation(trx, s.organizationId, {
          clientId: s.clientIds[k]!,
          enrollmentId: s.enrollmentIds[k]!,
        });
        tokens.push(inv.token);
      }
    });
    done += batch;
  }
  return tokens;
}
