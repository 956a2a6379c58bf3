/**
 * `threshold seed --synthetic` on both databases: the stored rows match the summary; after the
 * derivation every response is a score in a derived outcome series (so every one lies inside a
 * timepoint window); status histories follow the enrollment status machine; the seed is audited
 * once; a second run into the same organization adds clients; the same seed gives the same data,
 * derived series included, on SQLite and PostgreSQL; and the command refuses bad values with exit
 * code 2.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/runtime.ts';
import { parseSeedOptions, type SeedCommandOptions } from '../../src/cli/seed-synthetic.ts';
import type { Db } from '../../src/db/dialect.ts';
import { canTransition } from '../../src/domain/programs/status.ts';
import type { EnrollmentStatus } from '../../src/domain/programs/types.ts';
import { AuditLog, systemActor } from '../../src/server/audit/audit-log.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { createClient } from '../../src/server/clients/service.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { createOrganization } from '../../src/server/organizations/service.ts';
import { SYNTHETIC_ORG } from '../../src/server/synthetic/params.ts';
import {
  type SyntheticSummary,
  seedSynthetic,
  syntheticTargetProblem,
} from '../../src/server/synthetic/seed.ts';
import { threshold } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';

const NOW = new Date('2026-06-15T00:00:00Z');
const SLUG = 'synthetic-test';
const CLIENTS = 200;

/** What each database stored for the first run, compared across databases at the end. */
const stored = new Map<string, unknown>();

const count = async (
  db: Db,
  table: 'clients' | 'enrollments' | 'program_sessions' | 'questionnaire_responses',
  org: string,
) =>
  Number(
    (
      await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('organization_id', '=', org)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.each(DATABASES)('synthetic outcome data on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: AppContext;
  let first: SyntheticSummary;
  const phases: string[] = [];

  beforeAll(async () => {
    const created = await database.create();
    db = created.db;
    drop = created.drop;
    ctx = { db, audit: new AuditLog(db.dialect), config: loadConfig({}) };
    first = await seedSynthetic(ctx, {
      clients: CLIENTS,
      orgSlug: SLUG,
      seed: 7,
      now: NOW,
      onProgress: (phase, done, total) => {
        if (phases.at(-1) !== phase) phases.push(phase);
        expect(done).toBeLessThanOrEqual(total);
      },
    });
  }, 120_000);
  afterAll(() => drop?.());

  it('creates the organization and stores what the summary counts', async () => {
    const org = await db.kysely
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', first.organizationId)
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({ slug: SLUG, name: SYNTHETIC_ORG.name, timezone: 'Europe/Amsterdam' });
    expect(phases).toEqual(['clients', 'sessions', 'responses', 'outcomes']);
    expect(first).toMatchObject({
      organizationCreated: true,
      programs: 3,
      programsCreated: 3,
      clients: CLIENTS,
    });
    expect(first.enrollments).toBe(CLIENTS);
    expect(await count(db, 'clients', first.organizationId)).toBe(CLIENTS);
    expect(await count(db, 'enrollments', first.organizationId)).toBe(first.enrollments);
    expect(await count(db, 'program_sessions', first.organizationId)).toBe(first.sessions);
    expect(await count(db, 'questionnaire_responses', first.organizationId)).toBe(first.responses);
    // About ten responses per client.
    expect(first.responses / CLIENTS).toBeGreaterThan(7);
    expect(first.responses / CLIENTS).toBeLessThan(13);
    const clients = await db.kysely
      .selectFrom('clients')
      .select(['given_name', 'family_name', 'email', 'notes'])
      .where('organization_id', '=', first.organizationId)
      .execute();
    for (const c of clients) {
      expect(`${c.given_name} ${c.family_name}`).toMatch(/^Synthetic \d{6}$/);
      expect(c.email).toBeNull();
      expect(c.notes).toMatch(/SYNTHETIC/);
    }
    const programs = await db.kysely
      .selectFrom('programs')
      .select(['name', 'format'])
      .where('organization_id', '=', first.organizationId)
      .execute();
    expect(programs.map((p) => p.name).every((n) => n.endsWith('(synthetic)'))).toBe(true);
    const arms = await db.kysely
      .selectFrom('enrollments')
      .select('arm')
      .distinct()
      .where('organization_id', '=', first.organizationId)
      .where('arm', 'is not', null)
      .execute();
    expect(arms.map((a) => a.arm).sort()).toEqual(['ketamine-alone', 'ketamine-psychotherapy']);
  });

  it('derives every enrollment, with one series score for every response', async () => {
    expect(first.derived).toBe(first.enrollments);
    const stale = await db.kysely
      .selectFrom('outcome_dirty')
      .select('enrollment_id')
      .where('organization_id', '=', first.organizationId)
      .execute();
    expect(stale).toEqual([]);
    const enrollments = await db.kysely
      .selectFrom('outcome_enrollments')
      .select('enrollment_id')
      .where('organization_id', '=', first.organizationId)
      .execute();
    expect(enrollments).toHaveLength(first.enrollments);
    const series = await db.kysely
      .selectFrom('outcome_series')
      .select('points')
      .where('organization_id', '=', first.organizationId)
      .execute();
    let scores = 0;
    for (const s of series) {
      for (const point of JSON.parse(s.points) as Array<[string, number | null]>)
        if (point[1] !== null) scores++;
    }
    // Every response is of a program instrument and was timed inside one of its enrollment's
    // timepoint windows: each one fills exactly one timepoint.
    expect(scores).toBe(first.responses);
  });

  it('moves every enrollment along legal status transitions', async () => {
    const enrollments = await db.kysely
      .selectFrom('enrollments')
      .select(['id', 'status', 'version'])
      .where('organization_id', '=', first.organizationId)
      .execute();
    const events = await db.kysely
      .selectFrom('enrollment_events')
      .select(['enrollment_id', 'from_status', 'to_status', 'reason', 'at'])
      .where('organization_id', '=', first.organizationId)
      .orderBy('enrollment_id')
      .orderBy('at')
      .execute();
    const byEnrollment = new Map<string, typeof events>();
    for (const e of events)
      byEnrollment.set(e.enrollment_id, [...(byEnrollment.get(e.enrollment_id) ?? []), e]);
    const finals = new Set<string>();
    for (const e of enrollments) {
      const history = byEnrollment.get(e.id) ?? [];
      expect(history[0]).toMatchObject({ from_status: null, to_status: 'referred' });
      for (let i = 1; i < history.length; i++) {
        expect(history[i]!.from_status).toBe(history[i - 1]!.to_status);
        expect(
          canTransition(
            history[i]!.from_status as EnrollmentStatus,
            history[i]!.to_status as EnrollmentStatus,
          ),
        ).toBe(true);
        if (history[i]!.to_status === 'withdrawn') expect(history[i]!.reason).toBeTruthy();
      }
      expect(history.at(-1)!.to_status).toBe(e.status);
      expect(e.version).toBe(history.length);
      expect(Date.parse(history.at(-1)!.at)).toBeLessThanOrEqual(NOW.getTime());
      finals.add(e.status);
    }
    for (const s of ['completed', 'withdrawn', 'ineligible']) expect(finals.has(s), s).toBe(true);
  });

  it('audits the seed in one event that says the data is synthetic', async () => {
    const events = await db.kysely
      .selectFrom('audit_events')
      .select(['action', 'actor_label', 'details'])
      .where('organization_id', '=', first.organizationId)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'synthetic.seed', actor_label: 'seed --synthetic' });
    expect(JSON.parse(events[0]!.details)).toMatchObject({
      synthetic: true,
      seed: 7,
      clients: CLIENTS,
      responses: first.responses,
    });
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
  });

  it('keeps what it stored for the comparison between databases', async () => {
    const series = await db.kysely
      .selectFrom('outcome_series')
      .select([
        'enrollment_id',
        'instrument_id',
        'client_id',
        'program_id',
        'cohort_id',
        'arm',
        'condition',
        'age_band',
        'sex',
        'gender',
        'start_date',
        'status',
        'reached',
        'points',
      ])
      .where('organization_id', '=', first.organizationId)
      .orderBy('enrollment_id')
      .orderBy('instrument_id')
      .execute();
    const responses = await db.kysely
      .selectFrom('questionnaire_responses')
      .select([
        'id',
        'client_id',
        'instrument_id',
        'answers',
        'total',
        'severity',
        'flags',
        'administered_at',
      ])
      .where('organization_id', '=', first.organizationId)
      .orderBy('id')
      .execute();
    const { timings: _t, ...summary } = first;
    stored.set(database.name, { summary, series, responses });
    expect(series.length).toBeGreaterThan(CLIENTS);
  });

  it('adds clients to the organization on a second run with the same slug', async () => {
    const second = await seedSynthetic(ctx, { clients: 50, orgSlug: SLUG, seed: 7, now: NOW });
    expect(second).toMatchObject({
      organizationId: first.organizationId,
      organizationCreated: false,
      programs: 3,
      programsCreated: 0,
      clients: 50,
      firstClientNumber: CLIENTS + 1,
      derived: 50,
    });
    expect(await count(db, 'clients', first.organizationId)).toBe(CLIENTS + 50);
    expect(await count(db, 'questionnaire_responses', first.organizationId)).toBe(
      first.responses + second.responses,
    );
    const programs = await db.kysely
      .selectFrom('programs')
      .select('id')
      .where('organization_id', '=', first.organizationId)
      .execute();
    expect(programs).toHaveLength(3);
  });

  it('tells the command line not to mix synthetic clients into an organization with real ones', async () => {
    const clinic = await createOrganization(ctx, systemActor('test'), {
      name: 'Real Clinic',
      slug: 'real-clinic',
    });
    const scope = { organizationId: clinic.id, role: 'owner' as const, actor: systemActor('test') };
    await createClient(ctx, scope, {
      givenName: 'Real',
      familyName: 'Person',
      dateOfBirth: '1980-05-17',
      sexAtBirth: 'female',
    });
    expect(await syntheticTargetProblem(db.kysely, 'real-clinic')).toMatch(/has clients and was not made/);
    // A new slug, the generator's own organization and one without clients are fine; so is one
    // seeded before, whatever its name (the demo organization gets synthetic history this way).
    expect(await syntheticTargetProblem(db.kysely, 'no-such-org')).toBeNull();
    expect(await syntheticTargetProblem(db.kysely, SLUG)).toBeNull();
    const empty = await createOrganization(ctx, systemActor('test'), { name: 'Empty', slug: 'empty-org' });
    expect(await syntheticTargetProblem(db.kysely, 'empty-org')).toBeNull();
    const s = await seedSynthetic(ctx, { clients: 3, orgSlug: 'empty-org', seed: 1, now: NOW });
    expect(s).toMatchObject({ organizationId: empty.id, organizationCreated: false, clients: 3 });
    await seedSynthetic(ctx, { clients: 3, orgSlug: 'real-clinic', seed: 1, now: NOW });
    expect(await syntheticTargetProblem(db.kysely, 'real-clinic')).toBeNull();
  });
});

describe('synthetic outcome data on both databases', () => {
  it.skipIf(DATABASES.length < 2)('is the same for the same seed, derived series included', () => {
    const [a, b] = [stored.get('sqlite'), stored.get('postgres')];
    expect(a).toBeDefined();
    expect(b).toEqual(a);
  });
});

describe('threshold seed --synthetic', { timeout: 120_000 }, () => {
  let dir: string;
  let url: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-synthetic-'));
    url = `sqlite:${path.join(dir, 'cli.sqlite')}`;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses bad values with one line and exit code 2', async () => {
    for (const args of [
      ['seed', '--synthetic', '--clients', '0'],
      ['seed', '--demo', '--synthetic', '--clients', '5'],
    ]) {
      const r = await threshold(args, url);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^threshold: /);
    }
  });

  it('checks every option before opening the database', () => {
    const bad: SeedCommandOptions[] = [
      {},
      { demo: true, synthetic: true, clients: '5' },
      { demo: true, clients: '5' },
      { synthetic: true },
      { synthetic: true, clients: '0' },
      { synthetic: true, clients: '1000001' },
      { synthetic: true, clients: '1e3' },
      { synthetic: true, clients: '-5' },
      { synthetic: true, clients: 'many' },
      { synthetic: true, clients: '5', seed: '-1' },
      { synthetic: true, clients: '5', seed: '1.5' },
      { synthetic: true, clients: '5', org: 'Not A Slug' },
      { synthetic: true, clients: '5', org: '-x' },
    ];
    for (const o of bad) expect(() => parseSeedOptions(o), JSON.stringify(o)).toThrow(UsageError);
    expect(parseSeedOptions({ demo: true })).toEqual({ kind: 'demo' });
    expect(parseSeedOptions({ synthetic: true, clients: '1000000' })).toEqual({
      kind: 'synthetic',
      clients: 1_000_000,
      orgSlug: 'synthetic',
      seed: 1,
    });
    expect(parseSeedOptions({ synthetic: true, clients: '12', org: 'bench-1', seed: '99' })).toEqual({
      kind: 'synthetic',
      clients: 12,
      orgSlug: 'bench-1',
      seed: 99,
    });
  });

  it('seeds, printing progress on standard error and one summary line on standard output', async () => {
    const r = await threshold(
      ['seed', '--synthetic', '--clients', '30', '--org', 'cli-synthetic', '--seed', '3'],
      url,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(
      /^Synthetic data \(seed 3\) in "cli-synthetic" \(created\): 30 clients, 30 enrollments/,
    );
    for (const phase of ['Clients and enrollments', 'Sessions', 'Responses', 'Deriving outcomes'])
      expect(r.stderr).toContain(`${phase}: 100%`);
  });
});
