/**
 * The design-matrix model against nlme::lme: with timepoint indicators as its only columns it is the
 * model of lmm.ts, so it must give nlme's numbers on lmm.test.ts's fixtures (the covariate case is
 * checked in src/domain/experience/later.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitDesign } from './lmm-design.ts';

const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8')) as {
  lmm: Array<{
    name: string;
    scores: Array<Array<number | null>>;
    fixed: number[];
    se: number[];
    tau2: number;
    sigma2: number;
    logLik: number;
  }>;
};

describe('fitDesign', () => {
  // The three datasets lmm.test.ts checks at these tolerances.
  for (const f of fixtures.lmm.filter((x) => ['unbalanced', 'balanced', 'boundary'].includes(x.name))) {
    it(`equals nlme on "${f.name}" with timepoint indicators`, () => {
      const p = f.scores[0]!.length;
      const y: number[] = [];
      const subject: number[] = [];
      const x: number[] = [];
      f.scores.forEach((row, i) => {
        row.forEach((score, t) => {
          if (score === null) return;
          y.push(score);
          subject.push(i);
          x.push(...Array.from({ length: p }, (_, k) => (k === t ? 1 : 0)));
        });
      });
      const fit = fitDesign({ p, y, subject, x })!;
      fit.coefficients.forEach((c, k) => {
        // The tolerances of lmm.test.ts on the same fixtures.
        expect(c.mean).toBeCloseTo(f.fixed[k]!, 6);
        expect(c.se).toBeCloseTo(f.se[k]!, 5);
      });
      expect(fit.fit.tau2).toBeCloseTo(f.tau2, 6);
      expect(fit.fit.sigma2).toBeCloseTo(f.sigma2, 6);
      expect(fit.fit.logLik).toBeCloseTo(f.logLik, 6);
    });
  }

  it('refuses a design whose length does not match, and gives no fit without repeated scores', () => {
    expect(() => fitDesign({ p: 2, y: [1, 2], subject: [0, 1], x: [1, 0, 0] })).toThrow(/x/);
    expect(fitDesign({ p: 1, y: [1, 2, 3], subject: [0, 1, 2], x: [1, 1, 1] })).toBeNull();
  });

  it('gives no fit when the design lacks full rank', () => {
    const fit = fitDesign({ p: 2, y: [1, 2, 3, 5], subject: [0, 0, 1, 1], x: [1, 1, 1, 1, 1, 1, 1, 1] });
    expect(fit).toBeNull();
  });
});
