/**
 * The random-intercept model against nlme::lme (REML) on the three datasets of
 * fixtures/make-fixtures.R: unbalanced with missing scores, balanced complete (estimates = raw
 * means), and a boundary case where REML puts τ² at 0 (compared with gls/lm as well).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cholesky, choleskyInverseDiagonal, choleskyLogDet, choleskySolve } from './linalg.ts';
import { fitRandomIntercept } from './lmm.ts';

interface LmmFixture {
  name: string;
  scores: Array<Array<number | null>>;
  fixed: number[];
  se: number[];
  tau2: number;
  sigma2: number;
  logLik: number;
  subjects: number;
  observations: number;
  rawMeans: number[];
  gls?: { logLik: number; sigma2: number };
  lm?: { coef: number[]; se: number[] };
}
const fixtures = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/r-fixtures.json'), 'utf8')) as {
  lmm: LmmFixture[];
};
const lmm = (name: string) => fixtures.lmm.find((f) => f.name === name)!;

/**
 * Subject rows as the model takes them: timepoint by timepoint (NaN = missing), optionally with
 * extra empty timepoints inserted.
 */
const matrixOf = (
  rows: Array<Array<number | null>>,
  emptyAt: number[] = [],
): { scores: Float64Array; p: number } => {
  const wide = rows.map((r) => {
    const out = r.map((y) => y ?? Number.NaN);
    for (const at of emptyAt) out.splice(at, 0, Number.NaN);
    return out;
  });
  const p = wide[0]!.length;
  return {
    scores: Float64Array.from(
      { length: p * wide.length },
      (_, k) => wide[k % wide.length]![Math.floor(k / wide.length)]!,
    ),
    p,
  };
};

describe('fitRandomIntercept against nlme::lme(REML)', () => {
  for (const name of ['unbalanced', 'balanced', 'boundary']) {
    it(`${name}: fixed effects, SEs, variance components, logLik`, () => {
      const f = lmm(name);
      const { scores, p } = matrixOf(f.scores);
      const res = fitRandomIntercept(scores, p)!;
      expect(res).not.toBeNull();
      res.estimates.forEach((e, t) => {
        expect(e!.mean).toBeCloseTo(f.fixed[t]!, 6);
        expect(e!.se).toBeCloseTo(f.se[t]!, 5);
        expect(e!.ci.lower).toBeCloseTo(f.fixed[t]! - 1.959963984540054 * f.se[t]!, 5);
        expect(e!.ci.upper).toBeCloseTo(f.fixed[t]! + 1.959963984540054 * f.se[t]!, 5);
      });
      expect(res.fit.tau2).toBeCloseTo(f.tau2, 6);
      expect(res.fit.sigma2).toBeCloseTo(f.sigma2, 6);
      expect(res.fit.logLik).toBeCloseTo(f.logLik, 6);
      expect(res.fit.subjects).toBe(f.subjects);
      expect(res.fit.observations).toBe(f.observations);
    });
  }

  it('balanced complete data: the estimates are the raw timepoint means', () => {
    const f = lmm('balanced');
    const { scores, p } = matrixOf(f.scores);
    fitRandomIntercept(scores, p)!.estimates.forEach((e, t) => {
      expect(e!.mean).toBeCloseTo(f.rawMeans[t]!, 10);
    });
  });

  it('boundary: τ² = 0 exactly, and the fit is gls / lm', () => {
    const f = lmm('boundary');
    const { scores, p } = matrixOf(f.scores);
    const res = fitRandomIntercept(scores, p)!;
    expect(res.fit.tau2).toBe(0);
    expect(res.fit.logLik).toBeCloseTo(f.gls!.logLik, 8);
    expect(res.fit.sigma2).toBeCloseTo(f.gls!.sigma2, 8);
    res.estimates.forEach((e, t) => {
      expect(e!.mean).toBeCloseTo(f.lm!.coef[t]!, 10);
      expect(e!.se).toBeCloseTo(f.lm!.se[t]!, 8);
    });
  });

  it('drops a timepoint nobody was assessed at, leaving the others as they were', () => {
    const f = lmm('unbalanced');
    const plain = matrixOf(f.scores);
    const gapped = matrixOf(f.scores, [2]);
    const a = fitRandomIntercept(plain.scores, plain.p)!;
    const b = fitRandomIntercept(gapped.scores, gapped.p)!;
    expect(b.estimates).toHaveLength(5);
    expect(b.estimates[2]).toBeNull();
    expect(b.estimates.filter((e) => e !== null).map((e) => e!.mean)).toEqual(
      a.estimates.map((e) => e!.mean),
    );
    expect(b.fit).toEqual(a.fit);
  });

  it('ignores subjects with no score', () => {
    const f = lmm('unbalanced');
    const { scores, p } = matrixOf([...f.scores, [null, null, null, null], [null, null, null, null]]);
    const res = fitRandomIntercept(scores, p)!;
    expect(res.fit.subjects).toBe(f.subjects);
    expect(res.fit.logLik).toBeCloseTo(f.logLik, 6);
  });

  it('is null when it cannot be fitted', () => {
    const fitRows = (rows: Array<Array<number | null>>) => {
      const { scores, p } = matrixOf(rows);
      return fitRandomIntercept(scores, p);
    };
    // No subjects, or only one.
    expect(fitRandomIntercept(new Float64Array(0), 3)).toBeNull();
    expect(fitRows([[10, 8, 7]])).toBeNull();
    // Nobody assessed twice: τ² and σ² cannot be told apart.
    expect(
      fitRows([
        [10, null],
        [12, null],
        [null, 7],
      ]),
    ).toBeNull();
    // No more observations than timepoints.
    expect(
      fitRows([
        [10, 8],
        [null, null],
      ]),
    ).toBeNull();
    // Every score the same: no variation to estimate.
    expect(
      fitRows([
        [5, 5, 5],
        [5, 5, 5],
        [5, 5, 5],
        [5, 5, 5],
      ]),
    ).toBeNull();
  });

  it('refuses a matrix that does not match the timepoints', () => {
    expect(() => fitRandomIntercept(new Float64Array(5), 2)).toThrow(/multiple of 2/);
    expect(() => fitRandomIntercept(Float64Array.from([1, Number.POSITIVE_INFINITY]), 2)).toThrow(
      /non-finite/,
    );
  });
});

describe('linalg', () => {
  // A = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]; R: chol, solve, determinant, diag(solve(A)).
  const A = Float64Array.from([4, 2, 0.4, 2, 5, 1, 0.4, 1, 3]);
  it('factorises, solves, and gives the log determinant and inverse diagonal', () => {
    const L = new Float64Array(9);
    expect(cholesky(A, 3, L)).toBe(true);
    const x = new Float64Array(3);
    choleskySolve(L, 3, [1, 2, 3], x);
    // A·x = b
    for (let i = 0; i < 3; i++) {
      expect(A[i * 3]! * x[0]! + A[i * 3 + 1]! * x[1]! + A[i * 3 + 2]! * x[2]!).toBeCloseTo(
        [1, 2, 3][i]!,
        12,
      );
    }
    // det = 4(15 − 1) − 2(6 − 0.4) + 0.4(2 − 2) = 56 − 11.2 = 44.8
    expect(choleskyLogDet(L, 3)).toBeCloseTo(Math.log(44.8), 12);
    // diag(A⁻¹) = cofactors / det: (15 − 1)/44.8, (12 − 0.16)/44.8, (20 − 4)/44.8
    const d = choleskyInverseDiagonal(L, 3);
    expect([...d].map((v) => v * 44.8)).toEqual([
      expect.closeTo(14, 12),
      expect.closeTo(11.84, 12),
      expect.closeTo(16, 12),
    ]);
  });
  it('reports a matrix that is not positive definite', () => {
    expect(cholesky(Float64Array.from([1, 2, 2, 1]), 2, new Float64Array(4))).toBe(false);
  });
});
