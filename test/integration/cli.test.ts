import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threshold } from '../support/cli.ts';
import { DATABASES } from '../support/databases.ts';

describe('threshold command line: arguments', { timeout: 120_000 }, () => {
  it('prints help and the version', async () => {
    const help = await threshold(['--help'], 'sqlite::memory:');
    expect(help.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'seed', 'org', 'user', 'audit', 'backup'])
      expect(help.stdout).toContain(cmd);
    const version = await threshold(['--version'], 'sqlite::memory:');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('answers wrong arguments with one line and exit code 2', async () => {
    for (const args of [
      ['bogus'],
      ['user', 'create', '--org', 'x'],
      ['org'],
      ['user', 'create', '--org', 'x', '--role', 'admin', '--email', 'a@b.c', '--password', 'x'],
    ]) {
      const r = await threshold(args, 'sqlite::memory:');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^threshold: /);
    }
  });
});

describe('threshold score', { timeout: 120_000 }, () => {
  it('scores the published PHQ-9 example as JSON', async () => {
    const r = await threshold(
      ['score', 'phq-9', '2', '2', '2', '2', '1', '1', '2', '0', '0', '--json'],
      'sqlite::memory:',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      instrument: 'phq-9',
      total: 12,
      severity: 'moderate',
      subscales: {},
      flags: [],
    });
  });

  it('prints a readable summary with flags', async () => {
    const r = await threshold(
      ['score', 'phq-9', '0', '0', '0', '0', '0', '0', '0', '0', '1'],
      'sqlite::memory:',
    );
    expect(r.stdout).toContain('Total: 1');
    expect(r.stdout).toContain('suicide-risk');
  });

  it('refuses bad answers with a message naming the answer and exit code 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['score', 'phq-9', '1', '2'], /takes 9 .* got 2/],
      [['score', 'phq-99', '1'], /unknown instrument "phq-99"; known: .*phq-9/],
      [['score', 'phq-9', '1', '1', '7', '1', '1', '1', '1', '1', '1'], /item 3 answer 7 is out of range/],
      [['score', 'gad-7', '1', 'x', '1', '1', '1', '1', '1'], /answer 2 \("x"\) is not a whole number/],
    ];
    for (const [args, message] of cases) {
      const r = await threshold(args, 'sqlite::memory:');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });
});

describe.each(DATABASES)('threshold command line on $name', { timeout: 120_000 }, (database) => {
  let url: string;
  let drop: () => Promise<void>;
  let db: Awaited<ReturnType<typeof database.create>>['db'];

  beforeAll(async () => {
    ({ url, drop, db } = await database.create());
  });
  afterAll(() => drop());

  it('migrates, creates an organization and a user, and refuses bad input with exit code 2', async () => {
    expect((await threshold(['migrate'], url)).stdout).toContain('up to date');
    const org = await threshold(['org', 'create', 'Kliniek Één'], url);
    expect(org.code).toBe(0);
    expect(org.stdout).toContain('slug: kliniek-een');
    expect((await threshold(['org', 'create', 'Kliniek Één'], url)).code).toBe(2);

    const user = await threshold(
      [
        'user',
        'create',
        '--org',
        'kliniek-een',
        '--role',
        'clinician',
        '--email',
        'dr@kliniek.example',
        '--password',
        'long enough password',
      ],
      url,
    );
    expect(user.code).toBe(0);
    expect(user.stdout).toContain('dr@kliniek.example is clinician');
    const weak = await threshold(
      [
        'user',
        'create',
        '--org',
        'kliniek-een',
        '--role',
        'owner',
        '--email',
        'x@kliniek.example',
        '--password',
        'short',
      ],
      url,
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('password');
    const reset = await threshold(
      ['user', 'set-password', '--email', 'DR@kliniek.example', '--password', 'another long password'],
      url,
    );
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('Password of dr@kliniek.example reset');
    expect(
      (
        await threshold(
          ['user', 'set-password', '--email', 'ghost@kliniek.example', '--password', 'another long password'],
          url,
        )
      ).code,
    ).toBe(2);
    const noOrg = await threshold(
      [
        'user',
        'create',
        '--org',
        'nope',
        '--role',
        'owner',
        '--email',
        'x@kliniek.example',
        '--password',
        'long enough password',
      ],
      url,
    );
    expect(noOrg.code).toBe(2);
  });

  it('seeds the demo once', async () => {
    expect((await threshold(['seed', '--demo'], url)).stdout).toContain('Created the demo organization');
    expect((await threshold(['seed', '--demo'], url)).stdout).toContain('exists already');
  });

  it('verifies the audit trail and names the first broken link', async () => {
    const ok = await threshold(['audit', 'verify'], url);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Audit trail intact: \d+ entries checked/);
    const k = db.kysely;
    const victim = await k
      .selectFrom('audit_events')
      .select('seq')
      .orderBy('seq')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    if (database.name === 'postgres') {
      await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(k);
      await sql`UPDATE audit_events SET ip = '10.9.9.9' WHERE seq = ${victim.seq}`.execute(k);
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(k);
    } else {
      await sql`DROP TRIGGER audit_events_no_update`.execute(k);
      await sql`UPDATE audit_events SET ip = '10.9.9.9' WHERE seq = ${victim.seq}`.execute(k);
    }
    const broken = await threshold(['audit', 'verify'], url);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at entry ${victim.seq}`);
  });

  it('rescores stored responses and reports what changed', async () => {
    const k = db.kysely;
    const org = await k
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'demo-retreat-centre')
      .executeTakeFirstOrThrow();
    const client = await k
      .selectFrom('clients')
      .select('id')
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const answers = { q1: 2, q2: 2, q3: 2, q4: 2, q5: 1, q6: 1, q7: 2, q8: 0, q9: 0, difficulty: null };
    await k
      .insertInto('questionnaire_responses')
      .values({
        id: '11111111-1111-4111-8111-111111111111',
        organization_id: org.id,
        client_id: client.id,
        instrument_id: 'phq-9',
        instrument_version: 'old',
        language: 'en',
        answers: JSON.stringify(answers),
        total: 11,
        severity: 'moderate',
        subscales: '{}',
        flags: '[]',
        administered_at: now,
        source: 'import',
        entered_by_user_id: null,
        created_at: now,
        scored_at: now,
      })
      .execute();
    const dry = await threshold(['rescore', '--dry-run'], url);
    expect(dry.stdout).toMatch(/1 would change/);
    expect(dry.stdout).toContain('total 11 → 12');
    const real = await threshold(['rescore'], url);
    expect(real.code, real.stdout + real.stderr).toBe(0);
    expect(real.stdout).toMatch(/1 changed/);
    const row = await k
      .selectFrom('questionnaire_responses')
      .select(['total', 'instrument_version'])
      .where('id', '=', '11111111-1111-4111-8111-111111111111')
      .executeTakeFirstOrThrow();
    expect(row.total).toBe(12);
    expect(row.instrument_version).not.toBe('old');
    expect((await threshold(['rescore'], url)).stdout).toMatch(/0 changed/);
  });

  it('backs up (SQLite: a consistent copy; PostgreSQL: the pg_dump command)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-backup-'));
    const file = path.join(dir, 'backup.sqlite');
    const r = await threshold(['backup', file], url);
    expect(r.code).toBe(0);
    if (database.name === 'postgres') {
      expect(r.stdout).toContain('pg_dump --format=custom');
      expect(r.stdout).not.toMatch(/:[^@/]+@/); // never prints a password
    } else {
      const copy = new Database(file, { readonly: true });
      const n = copy.prepare('select count(*) as n from organizations').get() as { n: number };
      copy.close();
      // The organization created above, the demo one, and the demo's synthetic-data one.
      expect(n.n).toBe(3);
      expect((await threshold(['backup', file], url)).code).toBe(2);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
