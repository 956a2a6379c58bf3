/**
 * The data-in commands as a user runs them: `threshold import clients|responses` (CSV, a FHIR
 * Bundle, dry runs that list every bad row and exit 2) on both databases, and `threshold db copy`
 * from a seeded SQLite installation into a fresh PostgreSQL database: every table's count equal,
 * the audit trail verifying on the copy, the audit sequence moved on, a non-empty target refused.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/dialect.ts';
import { verifyAuditChain } from '../../src/server/audit/verify.ts';
import { threshold } from '../support/cli.ts';
import { DATABASES, PG_URL } from '../support/databases.ts';

const TIMEOUT = { timeout: 240_000 };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'threshold-import-cli-'));
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('threshold import --template', TIMEOUT, () => {
  it('prints the templates', async () => {
    const clients = await threshold(['import', 'clients', '--template'], 'sqlite::memory:');
    expect(clients.code).toBe(0);
    expect(clients.stdout.split('\n')[0]).toMatch(
      /^givenName,familyName,preferredName,dateOfBirth,sexAtBirth/,
    );
    const responses = await threshold(
      ['import', 'responses', '--template', '--instrument', 'gad-7'],
      'sqlite::memory:',
    );
    expect(responses.stdout.split('\n')[0]).toBe('client,instrument,completedAt,q1,q2,q3,q4,q5,q6,q7');
  });
});

describe.each(DATABASES)('threshold import on $name', TIMEOUT, (database) => {
  let url: string;
  let drop: () => Promise<void>;
  let db: Db;

  beforeAll(async () => {
    ({ db, url, drop } = await database.create());
    expect((await threshold(['org', 'create', 'Files Clinic', '--slug', 'files'], url)).code).toBe(0);
  });
  afterAll(() => drop?.());

  it('imports clients: a dry run lists every bad row (exit 2), then the fixed file goes in', async () => {
    const header = 'givenName,familyName,dateOfBirth,sexAtBirth,email';
    const bad = file(
      'bad.csv',
      [
        header,
        'Anna,Smit,1980-01-01,female,anna@x.org',
        ',Bos,1980-02-30,male,',
        'Cor,Kok,1981-01-01,other,',
      ].join('\n'),
    );
    const dry = await threshold(['import', 'clients', '--org', 'files', '--file', bad, '--dry-run'], url);
    expect(dry.code, dry.stderr).toBe(2);
    expect(dry.stdout).toContain('line 3, givenName: is empty; this column is required');
    expect(dry.stdout).toContain('line 3, dateOfBirth: 1980-02-30 is not a calendar date');
    expect(dry.stdout).toContain('line 4, sexAtBirth: "other" is not one of female, male, intersex, unknown');

    const refused = await threshold(['import', 'clients', '--org', 'files', '--file', bad], url);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('line 3, dateOfBirth');
    expect(refused.stderr).toMatch(/^threshold: Nothing was imported: 3 problems in 2 client rows/);

    const good = file(
      'good.csv',
      [header, 'Anna,Smit,1980-01-01,female,anna@x.org', 'Bert,Bos,1980-02-28,male,'].join('\n'),
    );
    const ok = await threshold(['import', 'clients', '--org', 'files', '--file', good], url);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Created 2 clients.');
  });

  it('imports past responses from CSV and from a FHIR Bundle, each through recordResponse', async () => {
    const anna = await db.kysely
      .selectFrom('clients')
      .select('id')
      .where('email', '=', 'anna@x.org')
      .executeTakeFirstOrThrow();
    const csv = file(
      'phq.csv',
      [
        'client,instrument,completedAt,q1,q2,q3,q4,q5,q6,q7,q8,q9',
        'anna@x.org,phq-9,2022-01-10,1,1,1,1,1,1,1,1,2',
      ].join('\n'),
    );
    const ok = await threshold(['import', 'responses', '--org', 'files', '--file', csv], url);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Stored 1 responses; 1 safety alerts raised (marked as imported).');

    const entry = (answers: Record<string, number>, authored?: string) => ({
      resource: {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'urn:threshold:questionnaire:gad-7',
        subject: { reference: `Patient/${anna.id}` },
        ...(authored ? { authored } : {}),
        item: Object.entries(answers).map(([linkId, v]) => ({ linkId, answer: [{ valueInteger: v }] })),
      },
    });
    const gad = { q1: 1, q2: 1, q3: 1, q4: 0, q5: 0, q6: 0, q7: 0 };
    const badBundle = file(
      'bad.json',
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [entry(gad), entry({ ...gad, q7: 9 }, '2022-01-10T10:00:00+01:00')],
      }),
    );
    const refused = await threshold(
      ['import', 'responses', '--org', 'files', '--file', badBundle, '--dry-run'],
      url,
    );
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('line 1, entry[0].resource.authored: is required in an import');
    expect(refused.stdout).toMatch(
      /line 2, entry\[1\]\.resource\.item\[6\]\.answer\[0\]\.valueInteger: 9 is not an answer/,
    );

    const bundle = file(
      'ok.json',
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [entry(gad, '2022-01-10T10:00:00+01:00')],
      }),
    );
    const stored = await threshold(['import', 'responses', '--org', 'files', '--file', bundle], url);
    expect(stored.code, stored.stderr).toBe(0);
    const rows = await db.kysely
      .selectFrom('questionnaire_responses')
      .select(['instrument_id', 'source', 'administered_at'])
      .where('client_id', '=', anna.id)
      .orderBy('instrument_id')
      .execute();
    expect(rows).toEqual([
      { instrument_id: 'gad-7', source: 'import', administered_at: '2022-01-10T09:00:00.000Z' },
      { instrument_id: 'phq-9', source: 'import', administered_at: '2022-01-10T12:00:00.000Z' },
    ]);
  });
});

/** A new PostgreSQL database, not migrated: what an operator creates before `db copy`. */
async function freshPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `threshold_copy_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

describe.each(DATABASES.filter((d) => d.name === 'postgres'))('threshold db copy into $name', TIMEOUT, () => {
  const sqliteUrl = `sqlite:${path.join(tmp, 'clinic.sqlite')}`;
  let target: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    const seeded = await threshold(['seed', '--demo'], sqliteUrl);
    expect(seeded.code, seeded.stderr).toBe(0);
    target = await freshPostgres();
  });
  afterAll(() => target?.drop());

  it('copies every table of the demo installation, counts equal and the audit trail intact', async () => {
    const r = await threshold(
      ['db', 'copy', '--to', target.url, '--from', sqliteUrl],
      'sqlite:/nonexistent/unused.sqlite',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/every count matches the source/);

    const from = openDatabase(sqliteUrl);
    const to = openDatabase(target.url);
    try {
      const tables = (
        from
          .sqlite!.prepare(
            `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`,
          )
          .all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables).toEqual(
        expect.arrayContaining(['clients', 'audit_events', 'questionnaire_responses', 'outcome_series']),
      );
      for (const t of tables) {
        const a = from.sqlite!.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number };
        const b = (await to.pgPool!.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0] as { n: number };
        expect({ t, n: b.n }).toEqual({ t, n: a.n });
        expect(r.stdout).toMatch(new RegExp(`\\b${t}\\s+${a.n}\\n`));
      }
      expect(
        (from.sqlite!.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n,
      ).toBeGreaterThan(0);
      // Values read back identically through the dialect layer (timestamps as the same ISO text).
      const clientsFrom = await from.kysely.selectFrom('clients').selectAll().orderBy('id').execute();
      const clientsTo = await to.kysely.selectFrom('clients').selectAll().orderBy('id').execute();
      expect(clientsTo).toEqual(clientsFrom);
      const chain = await verifyAuditChain(to.kysely);
      expect(chain).toMatchObject({ ok: true, firstBroken: null });
      expect(chain.checked).toBe((await verifyAuditChain(from.kysely)).checked);
    } finally {
      await from.close();
      await to.close();
    }

    // The server can write on: the audit sequence continues after the copied entries.
    const created = await threshold(['org', 'create', 'After The Move'], target.url);
    expect(created.code, created.stderr).toBe(0);
    const verify = await threshold(['audit', 'verify'], target.url);
    expect(verify.code, verify.stdout).toBe(0);
  });

  it('refuses a target that holds data, with exit code 2', async () => {
    const r = await threshold(['db', 'copy', '--to', target.url, '--from', sqliteUrl], sqliteUrl);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^threshold: the target database is not empty \(.*audit_events: \d+ rows/);
  });
});
