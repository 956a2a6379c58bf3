/**
 * Meta-analysis end to end: the API (POST /api/meta/analyze, forest.svg, funnel.svg) on every
 * database, and the `threshold meta` command on the CSVs in test/fixtures/meta/cli. Numbers are
 * compared with metafor's, from the golden fixtures in test/fixtures/meta/*.json, to 1e-6.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { type Agent, startTestServer, type TestServer } from '../support/harness.ts';
import { expectProblem } from '../support/problem.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/meta');
const CSV = (name: string) => path.join(FIXTURES, 'cli', name);

interface Fit {
  method: string;
  test: string;
  level: number;
  effectiveTest: string;
  [key: string]: unknown;
  weights: number[];
  studyCiLower: number[];
  studyCiUpper: number[];
}
interface Case {
  name: string;
  measure: string;
  data: Record<string, number[]>;
  fits: Fit[];
}
const cases = (file: string) =>
  (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { cases: Case[] }).cases;
const caseOf = (file: string, name: string) => cases(file).find((c) => c.name === name)!;
const fitOf = (c: Case, method: string, test = 'z', level = 95) =>
  c.fits.find((f) => f.method === method && f.test === test && f.level === level)!;

const BCG_LABELS = readFileSync(CSV('bcg.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[1]!);
type Study = { study: string } & Partial<Record<'ai' | 'bi' | 'ci' | 'di' | 'n1i' | 'n2i', number>>;
const bcgStudies = (c: Case): Study[] =>
  c.data.ai!.map((_, i) => ({
    ...(Object.fromEntries(Object.entries(c.data).map(([k, v]) => [k, v[i]!])) as Omit<Study, 'study'>),
    study: BCG_LABELS[i]!,
  }));

const SCALARS = [
  'k',
  'estimate',
  'se',
  'statistic',
  'df',
  'pval',
  'ciLower',
  'ciUpper',
  'tau2',
  'tau2Se',
  'tau',
  'i2',
  'h2',
  'q',
  'qDf',
  'qPval',
  'piLower',
  'piUpper',
] as const;

/** The result object (API or CLI --json) equals metafor's fit to 1e-6. */
function expectMatches(result: Record<string, unknown>, fit: Fit, what: string) {
  for (const key of SCALARS) {
    const want = fit[key] as number | null;
    const got = result[key] as number | null;
    if (want === null) expect(got, `${what} ${key}`).toBeNull();
    else expect(Math.abs((got as number) - want), `${what} ${key}: ${got} vs ${want}`).toBeLessThan(1e-6);
  }
  expect(result.test, what).toBe(fit.effectiveTest);
  const studies = result.studies as Array<{ weight: number; ciLower: number; ciUpper: number }>;
  expect(studies).toHaveLength(fit.weights.length);
  studies.forEach((s, i) => {
    expect(Math.abs(s.weight - fit.weights[i]!), `${what} weight ${i}`).toBeLessThan(1e-6);
    expect(Math.abs(s.ciLower - fit.studyCiLower[i]!), `${what} ciLower ${i}`).toBeLessThan(1e-6);
    expect(Math.abs(s.ciUpper - fit.studyCiUpper[i]!), `${what} ciUpper ${i}`).toBeLessThan(1e-6);
  });
}

/** Parses an SVG (linkedom's XML parser) and checks what every image of ours has. */
function parseSvg(text: string) {
  // Well-formed XML text: every & is an entity, one root element.
  expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-f]+;)/i);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  expect(svg.tagName.toLowerCase()).toBe('svg');
  expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-label')?.length).toBeGreaterThan(10);
  expect(svg.querySelector('title')?.textContent).toBe(svg.getAttribute('aria-label'));
  const marks = (description: string) =>
    [...svg.querySelectorAll(`g[aria-description="${description}"]`)].flatMap((g) => [...g.children]);
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
  return { svg, marks, texts };
}

describe.each(DATABASES)('meta-analysis API on $name', (database) => {
  let server: TestServer;
  let researcher: Agent;
  const bcgRR = caseOf('bcg.json', 'bcg RR');
  const body = (over: Record<string, unknown> = {}) => ({
    measure: 'RR',
    method: 'REML',
    studies: bcgStudies(bcgRR),
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer(database);
    const org = await server.createOrg('Evidence Clinic');
    researcher = await server.as(org.users.researcher);
  });
  afterAll(() => server.close());

  it('fits bcg (RR, REML) as metafor does, with study labels and the back-transformed estimate', async () => {
    const res = await researcher.post('/api/meta/analyze', body());
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expectMatches(r, fitOf(bcgRR, 'REML'), 'bcg RR REML');
    expect(r).toMatchObject({ measure: 'RR', method: 'REML', test: 'z', level: 95 });
    expect(r.studies[0]).toMatchObject({ study: 'Aronson 1948', yi: expect.closeTo(-0.889311333920205, 9) });
    expect(r.backTransformed.scale).toBe('RR');
    expect(r.backTransformed.estimate).toBeCloseTo(Math.exp(r.estimate), 12);
    expect(r.backTransformed.piUpper).toBeCloseTo(Math.exp(r.piUpper), 12);
  });

  it('reproduces every bcg fit of the fixture (RR, OR, RD × method × test × level)', async () => {
    for (const c of cases('bcg.json')) {
      for (const fit of c.fits) {
        const res = await researcher.post(
          '/api/meta/analyze',
          body({
            measure: c.measure,
            method: fit.method,
            test: fit.test,
            level: fit.level,
            studies: bcgStudies(c),
          }),
        );
        expect(res.statusCode, res.body).toBe(200);
        const r = res.json();
        expectMatches(r, fit, `${c.name} ${fit.method} ${fit.test} ${fit.level}`);
        expect(r.backTransformed?.scale ?? null).toBe(c.measure === 'RD' ? null : c.measure);
      }
    }
  });

  it('takes ai, n1i, ci, n2i and proportions too', async () => {
    const c = caseOf('nielweise2007.json', 'nielweise2007 RR');
    const studies = c.data.ai!.map((_, i) => ({
      ai: c.data.ai![i],
      n1i: c.data.n1i![i],
      ci: c.data.ci![i],
      n2i: c.data.n2i![i],
    }));
    const res = await researcher.post('/api/meta/analyze', { measure: 'RR', method: 'DL', studies });
    expectMatches(res.json(), fitOf(c, 'DL'), 'nielweise RR DL');
    const p = caseOf('nielweise2007.json', 'nielweise2007 PLO control arm');
    const prop = await researcher.post('/api/meta/analyze', {
      measure: 'PLO',
      method: 'REML',
      studies: p.data.xi!.map((x, i) => ({ xi: x, ni: p.data.ni![i] })),
    });
    const r = prop.json();
    expectMatches(r, fitOf(p, 'REML'), 'nielweise PLO REML');
    expect(r.backTransformed.scale).toBe('proportion');
    expect(r.backTransformed.estimate).toBeCloseTo(1 / (1 + Math.exp(-r.estimate)), 12);
    expect(r.studies[0].study).toBe('Study 1');

    // Studies may mix non-events and group sizes.
    const mixed = bcgStudies(bcgRR).map((s, i) =>
      i % 2 ? s : { study: s.study, ai: s.ai, n1i: s.ai! + s.bi!, ci: s.ci, di: s.di },
    );
    expectMatches(
      (await researcher.post('/api/meta/analyze', body({ studies: mixed }))).json(),
      fitOf(bcgRR, 'REML'),
      'mixed',
    );
  });

  it('draws a forest plot: one row per study, the diamond, the prediction interval, an RR axis', async () => {
    const res = await researcher.post('/api/meta/forest.svg', body());
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const { marks, texts, svg } = parseSvg(res.body);
    expect(marks('study')).toHaveLength(13);
    expect(marks('study confidence interval')).toHaveLength(13);
    expect(marks('study label').map((t) => t.textContent)).toEqual(BCG_LABELS);
    expect(marks('pooled estimate')).toHaveLength(1);
    expect(marks('prediction interval')).toHaveLength(1);
    expect(marks('real-world data')).toHaveLength(0);
    expect(texts).toEqual(expect.arrayContaining(['0.1', '0.5', '1', '2', 'Risk ratio (log scale)']));
    expect(texts).toContain('0.49 [0.34, 0.70]');
    expect(svg.querySelector('title')?.textContent).toMatch(/13 studies/);

    const fe = parseSvg((await researcher.post('/api/meta/forest.svg', body({ method: 'FE' }))).body);
    expect(fe.marks('prediction interval')).toHaveLength(0);
    expect(fe.marks('study')).toHaveLength(13);
  });

  it('draws a real-world estimate below the pooled one, marked as such and not pooled', async () => {
    // Entered counts, converted like a study: log RR = log((12/40)/(20/40)) = log 0.6.
    const realWorld = { label: 'Our program 2025', source: 'entered', ai: 12, n1i: 40, ci: 20, n2i: 40 };
    const res = await researcher.post('/api/meta/forest.svg', body({ realWorld }));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const { marks, texts, svg } = parseSvg(res.body);
    expect(marks('real-world data')).toHaveLength(1);
    expect(marks('study')).toHaveLength(13);
    expect(marks('pooled estimate')).toHaveLength(1);
    const half = 1.959963984540054 * Math.sqrt(1 / 12 - 1 / 40 + 1 / 20 - 1 / 40);
    const interval = `0.60 [${Math.exp(Math.log(0.6) - half).toFixed(2)}, ${Math.exp(Math.log(0.6) + half).toFixed(2)}]`;
    expect(texts).toEqual(
      expect.arrayContaining([
        'Our program 2025',
        'Real-world data (not pooled)',
        'not pooled',
        interval,
        '0.49 [0.34, 0.70]',
      ]),
    );
    expect(svg.querySelector('title')?.textContent).toMatch(/real-world estimate \(not pooled\)/);
    expect(svg.querySelector('desc')?.textContent).toContain(`real-world data, Our program 2025`);
    const bad = await researcher.post('/api/meta/forest.svg', body({ realWorld: { ...realWorld, ai: 50 } }));
    expect(expectProblem(bad, 400).errors![0]!.field).toBe('realWorld.ai');
    const old = await researcher.post(
      '/api/meta/forest.svg',
      body({ realWorld: { label: 'x', estimate: 1, ciLower: 0, ciUpper: 2 } }),
    );
    expect(expectProblem(old, 400).errors!.map((e) => e.field)).toContain('realWorld.source');
  });

  it('draws a funnel plot with one point per study', async () => {
    const res = await researcher.post('/api/meta/funnel.svg', body({ method: 'FE' }));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const { marks, texts } = parseSvg(res.body);
    expect(marks('study')).toHaveLength(13);
    expect(texts).toContain('Standard error');
  });

  it('answers bad input with 400 problems naming the study and column', async () => {
    const studies = bcgStudies(bcgRR);
    const withStudy = (i: number, patch: Record<string, unknown>, drop?: string) =>
      studies.map((s, j) => {
        if (j !== i) return s;
        const copy: Record<string, unknown> = { ...s, ...patch };
        if (drop) delete copy[drop];
        return copy;
      });
    const expectField = async (url: string, payload: unknown, field: string, message?: RegExp) => {
      const res = await researcher.post(url, payload);
      const p = expectProblem(res, 400, 'validation');
      expect(
        p.errors!.map((e) => e.field),
        res.body,
      ).toContain(field);
      if (message) expect(p.errors!.find((e) => e.field === field)!.message).toMatch(message);
      return p;
    };
    for (const url of ['/api/meta/analyze', '/api/meta/forest.svg', '/api/meta/funnel.svg']) {
      await expectField(url, body({ studies: withStudy(3, { ci: -1 }) }), 'studies[3].ci', /negative/);
      await expectField(
        url,
        body({ studies: withStudy(1, {}, 'ai') }),
        'studies[1].ai',
        /required for measure RR/,
      );
      await expectField(url, body({ studies: withStudy(2, { bi: 'many' }) }), 'studies[2].bi', /number/);
      await expectField(
        url,
        body({ studies: withStudy(0, { year: 1948 }) }),
        'studies[0].year',
        /not a known field/,
      );
      await expectField(url, body({ measure: 'HR' }), 'measure', /one of/);
      await expectField(url, body({ level: 100 }), 'level');
      await expectField(url, body({ studies: [] }), 'studies');
    }
    const n = await expectField(
      '/api/meta/analyze',
      {
        measure: 'RR',
        method: 'REML',
        studies: [
          { ai: 3, n1i: 50, ci: 4, n2i: 50 },
          { ai: 60, n1i: 40, ci: 5, n2i: 45 },
        ],
      },
      'studies[1].ai',
      /exceed the group size n1i/,
    );
    expect(n.detail).toMatch(/^studies\[1\]\.ai: /);
    await expectField(
      '/api/meta/analyze',
      { measure: 'SMD', method: 'REML', studies: [{ m1i: 1, sd1i: 0, n1i: 10, m2i: 2, sd2i: 1, n2i: 10 }] },
      'studies[0].sd1i',
    );
  });
});

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/threshold.js');
async function threshold(args: string[]) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

// Each case spawns the command (a Node process with the TypeScript loader): slow on a busy 2-CPU machine.
describe('threshold meta', { timeout: 120_000 }, () => {
  const bcgRR = caseOf('bcg.json', 'bcg RR');

  it('prints metafor’s numbers as one JSON object (bcg, RR, REML)', async () => {
    const r = await threshold(['meta', CSV('bcg.csv'), '--measure', 'RR', '--method', 'REML', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    expectMatches(out, fitOf(bcgRR, 'REML'), 'cli bcg RR REML');
    expect(out.studies.map((s: { study: string }) => s.study)).toEqual(BCG_LABELS);
    const escalc = (bcgRR as Case & { escalc: { yi: number[]; vi: number[] } }).escalc;
    out.studies.forEach((s: { yi: number; vi: number }, i: number) => {
      expect(Math.abs(s.yi - escalc.yi[i]!)).toBeLessThan(1e-6);
      expect(Math.abs(s.vi - escalc.vi[i]!)).toBeLessThan(1e-6);
    });
    expect(out.backTransformed).toMatchObject({
      scale: 'RR',
      estimate: expect.closeTo(Math.exp(out.estimate), 12),
    });
  });

  it('matches metafor for other measures, methods, tests and levels', async () => {
    const runs: Array<[string[], Case, string, string, number]> = [
      [['bcg.csv', '--measure', 'RR', '--method', 'FE'], bcgRR, 'FE', 'z', 95],
      [
        ['bcg.csv', '--measure', 'RR', '--method', 'PM', '--test', 'knha', '--level', '90'],
        bcgRR,
        'PM',
        'knha',
        90,
      ],
      [['bcg.csv', '--measure', 'OR', '--method', 'DL'], caseOf('bcg.json', 'bcg OR'), 'DL', 'z', 95],
      [
        ['nielweise2007.csv', '--measure', 'RD', '--method', 'REML'],
        caseOf('nielweise2007.json', 'nielweise2007 RD'),
        'REML',
        'z',
        95,
      ],
      [
        ['nielweise2007-control.csv', '--measure', 'PLO', '--method', 'REML', '--test', 'knha'],
        caseOf('nielweise2007.json', 'nielweise2007 PLO control arm'),
        'REML',
        'knha',
        95,
      ],
      [
        ['normand1999.csv', '--measure', 'SMD', '--method', 'DL'],
        caseOf('normand1999.json', 'normand1999 SMD'),
        'DL',
        'z',
        95,
      ],
      [
        ['generic-bcg.csv', '--measure', 'GEN', '--method', 'REML'],
        caseOf('generic.json', 'bcg yi/vi GEN'),
        'REML',
        'z',
        95,
      ],
    ];
    await Promise.all(
      runs.map(async ([[file, ...args], c, method, test, level]) => {
        const r = await threshold(['meta', CSV(file!), ...args, '--json']);
        expect(r.code, r.stderr).toBe(0);
        expectMatches(JSON.parse(r.stdout), fitOf(c, method, test, level), `cli ${file} ${args.join(' ')}`);
      }),
    );
  });

  it('prints a readable table and the pooled result with heterogeneity', async () => {
    const r = await threshold(['meta', CSV('bcg.csv'), '--measure', 'RR', '--method', 'REML']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/13 studies: RR .*random-effects model \(REML\)/);
    expect(lines.find((l) => l.startsWith('Study'))).toMatch(/yi\s+vi\s+weight\s+95% CI\s+RR \[95% CI\]/);
    expect(lines.find((l) => l.startsWith('Aronson 1948'))).toMatch(
      /-0\.8893\s+0\.3256\s+5\.06%\s+\[-2\.0077, 0\.2290\]\s+0\.411 \[0\.134, 1\.257\]/,
    );
    expect(r.stdout).toContain('Pooled estimate: -0.7145 (SE 0.1798), 95% CI [-1.0669, -0.3622]');
    expect(r.stdout).toContain('as RR: 0.4894 [0.3441, 0.6962]');
    expect(r.stdout).toContain('95% prediction interval: [-1.8667, 0.4376]');
    expect(r.stdout).toContain('tau² = 0.3132 (SE 0.1664)');
    expect(r.stdout).toContain('I² = 92.22%');
    expect(r.stdout).toContain('Q(df = 12) = 152.2330, p < 0.0001');
  });

  it('refuses bad input with one line naming the line (header = line 1) and column, exit code 2', async () => {
    const bad: Array<[string, string[], RegExp]> = [
      ['bad-negative.csv', [], /bad-negative\.csv: line 4 \(data row 3\), column ci: must not be negative/],
      ['bad-not-a-number.csv', [], /line 6 \(data row 5\), column bi: "5O36" is not a number/],
      ['bad-empty-cell.csv', [], /line 3 \(data row 2\), column ci: empty cell/],
      [
        'bad-events-exceed-n.csv',
        [],
        /line 3 \(data row 2\), column ai: events \(60\) exceed the group size n1i \(40\)/,
      ],
      ['bad-missing-column.csv', [], /line 1 \(header\): no column di or n2i/],
      ['empty.csv', [], /empty\.csv: line 1: the file is empty/],
      ['bcg.csv', ['--measure', 'PLO'], /line 1 \(header\): no column xi/],
      ['bcg.csv', ['--method', 'ML'], /--method.*'ML' is invalid.*FE, DL, REML, PM/],
      ['bcg.csv', ['--test', 't'], /--test.*'t' is invalid/],
      ['bcg.csv', ['--level', '100'], /--level.*'100' is invalid/],
      ['bcg.csv', ['--measure', 'HR'], /--measure.*'HR' is invalid/],
      ['does-not-exist.csv', [], /cannot read .*does-not-exist\.csv/],
    ];
    await Promise.all(
      bad.map(async ([file, args, message]) => {
        const measure = args.includes('--measure') ? [] : ['--measure', 'RR'];
        const r = await threshold(['meta', CSV(file), ...measure, ...args]);
        expect(r.code, `${file} ${args.join(' ')}: ${r.stderr}`).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
        expect(r.stderr).toMatch(/^threshold: /);
        expect(r.stderr).toMatch(message);
      }),
    );
  });
});
