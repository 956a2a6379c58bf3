/**
 * Golden tests: every number metafor 3.8 computed in test/fixtures/meta/*.json (made by
 * make-fixtures.R there) — escalc's yi/vi and, for every level × method × test, the model fit,
 * prediction interval, weights and per-study CIs — must be reproduced to 1e-4 (relative to the
 * value's size when that exceeds 1).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escalc } from './effect-sizes.ts';
import { rma } from './rma.ts';
import type { EscalcInput, Measure, Method, TestType } from './types.ts';

interface FixtureFit {
  method: Method;
  test: TestType;
  level: number;
  effectiveTest: TestType;
  k: number;
  estimate: number;
  se: number;
  statistic: number;
  df: number | null;
  pval: number;
  ciLower: number;
  ciUpper: number;
  tau2: number;
  tau2Se: number | null;
  tau: number;
  i2: number;
  h2: number;
  q: number;
  qDf: number;
  qPval: number;
  piLower: number | null;
  piUpper: number | null;
  weights: number[];
  studyCiLower: number[];
  studyCiUpper: number[];
  warnings: string[];
}

interface FixtureCase {
  name: string;
  measure: Measure;
  data: Record<string, number[]>;
  options: { add?: number; to?: 'only0' | 'all' | 'if0all' | 'none' };
  escalc: { yi: number[]; vi: number[] };
  fits: FixtureFit[];
}

const dir = join(import.meta.dirname, '../../../test/fixtures/meta');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
interface FixtureFile {
  metafor: string;
  cases: FixtureCase[];
}
const fixtures = files.map((file): [string, FixtureFile] => [
  file,
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureFile,
]);
const cases = fixtures.flatMap(([file, fixture]) =>
  fixture.cases.map((c): [string, FixtureCase] => [`${file}: ${c.name}`, c]),
);

const TOL = 1e-4;

/** |actual − expected| ≤ 1e-4 · max(1, |expected|); null must match null. */
const close = (label: string, actual: number | null, expected: number | null): void => {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  const diff = Math.abs((actual as number) - expected);
  const tol = TOL * Math.max(1, Math.abs(expected));
  expect(diff, `${label}: got ${actual}, metafor ${expected}`).toBeLessThanOrEqual(tol);
};

const closeAll = (label: string, actual: readonly number[], expected: readonly number[]): void => {
  expect(actual.length, `${label} length`).toBe(expected.length);
  expected.forEach((e, i) => {
    close(`${label}[${i + 1}]`, actual[i] ?? null, e);
  });
};

const inputOf = (c: FixtureCase): EscalcInput =>
  ({ measure: c.measure, ...c.data, ...c.options }) as EscalcInput;

it('finds the fixtures, made by metafor 3.8', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const [, fixture] of fixtures) expect(fixture.metafor).toMatch(/^3\.8/);
  expect(cases.length).toBeGreaterThanOrEqual(20);
});

describe.each(cases)('%s', (_name, c) => {
  it('escalc yi and vi match metafor', () => {
    const es = escalc(inputOf(c));
    expect(es.measure).toBe(c.measure);
    closeAll('yi', es.yi, c.escalc.yi);
    closeAll('vi', es.vi, c.escalc.vi);
  });

  it.each(c.fits.map((f): [string, FixtureFit] => [`${f.method} ${f.test} level ${f.level}`, f]))(
    'rma %s matches metafor',
    (_label, f) => {
      const es = escalc(inputOf(c));
      const r = rma(es, { method: f.method, test: f.test, level: f.level });
      expect(r.method).toBe(f.method);
      expect(r.test).toBe(f.effectiveTest);
      expect(r.level).toBe(f.level);
      expect(r.k).toBe(f.k);
      close('estimate', r.estimate, f.estimate);
      close('se', r.se, f.se);
      close('statistic', r.statistic, f.statistic);
      expect(r.df).toBe(f.df);
      close('pval', r.pval, f.pval);
      close('ciLower', r.ciLower, f.ciLower);
      close('ciUpper', r.ciUpper, f.ciUpper);
      close('tau2', r.tau2, f.tau2);
      close('tau2Se', r.tau2Se, f.tau2Se);
      close('tau', r.tau, f.tau);
      close('i2', r.i2, f.i2);
      close('h2', r.h2, f.h2);
      close('q', r.q, f.q);
      expect(r.qDf).toBe(f.qDf);
      close('qPval', r.qPval, f.qPval);
      close('piLower', r.piLower, f.piLower);
      close('piUpper', r.piUpper, f.piUpper);
      closeAll(
        'weight',
        r.studies.map((s) => s.weight),
        f.weights,
      );
      closeAll(
        'study ciLower',
        r.studies.map((s) => s.ciLower),
        f.studyCiLower,
      );
      closeAll(
        'study ciUpper',
        r.studies.map((s) => s.ciUpper),
        f.studyCiUpper,
      );
      closeAll(
        'study yi',
        r.studies.map((s) => s.yi),
        c.escalc.yi,
      );
      closeAll(
        'study vi',
        r.studies.map((s) => s.vi),
        c.escalc.vi,
      );
      // Where metafor warns, we do too (and nowhere else).
      expect(r.warnings.length).toBe(f.warnings.length);
    },
  );
});
