/**
 * The source keeps one path for responses: only the responses repository inserts into
 * `questionnaire_responses`, only `record.ts` calls that insert, and the bulk writers are listed
 * here with its reason. A new writer (a query, a raw INSERT, a bulk load) fails this test until it
 * goes through `recordResponse` or is listed with a reason a reviewer can judge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

const files = sourceFiles(SRC).map((p) => ({
  file: path.relative(SRC, p).split(path.sep).join('/'),
  text: fs.readFileSync(p, 'utf8'),
}));
const matching = (re: RegExp) =>
  files
    .filter((f) => re.test(f.text))
    .map((f) => f.file)
    .sort();

const TABLE = String.raw`['"\x60]?questionnaire_responses['"\x60]?`;

/** Every way the code base writes rows into the table: Kysely, a raw INSERT, the bulk loader. */
const INSERTS = new RegExp(
  [
    String.raw`(insertInto|replaceInto|mergeInto)\(\s*${TABLE}`,
    String.raw`insert\s+(or\s+\w+\s+)?into\s+${TABLE}`,
    String.raw`insertRows\([^)]*${TABLE}`,
    String.raw`copy\s+${TABLE}`,
  ].join('|'),
  'i',
);

/** Writers allowed besides the one path, each with why it may skip scoring, alerts and invitations. */
const BULK_WRITERS: Record<string, string> = {
  'server/synthetic/seed.ts':
    'generates clearly synthetic clients in an organization of their own for benchmarks and the ' +
    'demo dashboards: up to a million rows in batches; their answers are drawn, not given by a ' +
    'person, so a "risk" among them is no one at risk, and alerting or emailing clinicians about ' +
    'them would bury real alerts. It writes no invitations, so none waits for an answer.',
  'server/demo/ceq.ts':
    "adds the demo's synthetic CEQ answers after the synthetic doses (seed --demo only, the synthetic " +
    "organization only), scored with the organization's stored copy as a submission would be; drawn, " +
    'not given by a person, and marked SYNTHETIC. The integration window reads them as it reads any ' +
    'CEQ, so its challenging-experience alerts follow; no invitation waits for them.',
};

describe('one path for every questionnaire response', () => {
  it('only the responses repository and the listed bulk writers insert into questionnaire_responses', () => {
    expect(matching(INSERTS)).toEqual(
      ['server/responses/repository.ts', ...Object.keys(BULK_WRITERS)].sort(),
    );
  });

  it('only record.ts calls the repository insert', () => {
    const callers = files
      .filter((f) => /\binsertResponse\s*\(/.test(f.text) && f.file !== 'server/responses/repository.ts')
      .map((f) => f.file);
    expect(callers).toEqual(['server/responses/record.ts']);
    const repo = files.find((f) => f.file === 'server/responses/repository.ts')!.text;
    expect(repo.match(/insertInto\(/g)).toHaveLength(1);
  });

  it('the services that store responses all go through recordResponse', () => {
    expect(matching(/\brecordResponse\s*\(/).filter((f) => f !== 'server/responses/record.ts')).toEqual([
      'server/imports/responses.ts',
      'server/portal/service.ts',
      'server/responses/service.ts',
    ]);
  });

  it('the scan sees the writers it is meant to see', () => {
    expect(INSERTS.test(".insertInto('questionnaire_responses')")).toBe(true);
    expect(INSERTS.test('INSERT INTO questionnaire_responses (id) VALUES ($1)')).toBe(true);
    expect(INSERTS.test("insertRows(trx, dialect, 'questionnaire_responses', rows)")).toBe(true);
    expect(INSERTS.test(".selectFrom('questionnaire_responses')")).toBe(false);
  });
});
