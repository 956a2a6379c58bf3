/**
 * The random-intercept mixed model of lmm.ts with any fixed-effects design: a score per
 * observation, the subject it belongs to and a row of p covariates (the timepoint indicators and,
 * for the dose–experience analysis, the acute experience), fitted by REML as
 * `nlme::lme(score ~ 0 + X, random = ~ 1 | id, method = "REML")`.
 *
 * Model: y_ij = x_ijᵀβ + b_i + e_ij, b_i ~ N(0, τ²), e_ij ~ N(0, σ²). Subject i's covariance is
 * σ²(I + λJ), λ = τ²/σ², with the closed-form inverse (I − w_i J)/σ², w_i = λ/(1 + n_iλ). So for a
 * given λ, with x̄_i = X_iᵀ1 and S_i = Σ_j y_ij:
 *   XᵀH⁻¹X = XᵀX − Σ_i w_i x̄_i x̄_iᵀ,  XᵀH⁻¹y = Xᵀy − Σ_i w_i S_i x̄_i,  yᵀH⁻¹y = yᵀy − Σ_i w_i S_i²,
 * and since w_i depends on a subject only through n_i, the sums are gathered once, grouped by n_i.
 * The REML log-likelihood profiled over σ², ℓ(λ) = −½[(N − p)(log(2πσ²(λ)) + 1) + Σ log(1 + n_iλ) +
 * log det(XᵀH⁻¹X)], is maximised over log λ exactly as in lmm.ts (grid, then golden section, and
 * the boundary λ = 0 when at least as likely). Standard errors √diag(σ²(XᵀH⁻¹X)⁻¹) as in nlme;
 * intervals mean ± z(0.975)·SE.
 */
import { invalid } from '../errors.ts';
import { qnorm } from '../meta/distributions.ts';
import { cholesky, choleskyInverseDiagonal, choleskyLogDet, choleskySolve } from './linalg.ts';
import { peakLambda } from './lmm.ts';
import type { LmmEstimate, LmmFit } from './types.ts';

export interface DesignData {
  /** Number of fixed effects (columns of X). */
  p: number;
  /** One per observation: its score. */
  y: ArrayLike<number>;
  /** One per observation: its subject (any stable key). */
  subject: ArrayLike<number>;
  /** Observation by observation, p values each (row-major, length N·p). */
  x: ArrayLike<number>;
}

export interface DesignFit {
  fit: LmmFit;
  /** One per column of X. */
  coefficients: LmmEstimate[];
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Fits the model; null when it cannot be fitted: fewer than 2 subjects, none with 2 or more
 * observations, no more observations than columns, a design without full column rank (XᵀH⁻¹X not
 * positive definite), or no within-subject variation.
 */
export function fitDesign(d: DesignData): DesignFit | null {
  const { p } = d;
  const N = d.y.length;
  if (!Number.isInteger(p) || p < 1) throw invalid('p', 'integer-at-least-1');
  if (d.subject.length !== N || d.x.length !== N * p) throw invalid('x', 'hold-rows', { n: N, p });

  // XᵀX, and the ordinary least-squares fit β₀ the scores are centred on: the GLS estimate is linear
  // in y, so β = β₀ + β(y − Xβ₀), and the centred sums stay small (no cancellation when τ² ≫ σ²).
  const XtX = new Float64Array(p * p);
  const Xy0 = new Float64Array(p);
  for (let o = 0; o < N; o++) {
    const y = d.y[o]!;
    if (!Number.isFinite(y)) throw invalid('y', 'observation-not-finite', { index: o + 1 });
    for (let a = 0; a < p; a++) {
      const xa = d.x[o * p + a]!;
      if (!Number.isFinite(xa)) throw invalid('x', 'observation-covariate-not-finite', { index: o + 1 });
      Xy0[a]! += xa * y;
      for (let b = 0; b <= a; b++) XtX[a * p + b]! += xa * d.x[o * p + b]!;
    }
  }
  const L0 = new Float64Array(p * p);
  if (!cholesky(XtX, p, L0)) return null;
  const beta0 = new Float64Array(p);
  choleskySolve(L0, p, Xy0, beta0);

  // Per subject, on the centred scores: n_i, S_i and x̄_i.
  const index = new Map<number, number>();
  const n: number[] = [];
  const S: number[] = [];
  const xbar: Float64Array[] = [];
  const Xty = new Float64Array(p);
  let yy = 0;
  for (let o = 0; o < N; o++) {
    let y = d.y[o]!;
    for (let a = 0; a < p; a++) y -= d.x[o * p + a]! * beta0[a]!;
    const key = d.subject[o]!;
    let i = index.get(key);
    if (i === undefined) {
      i = n.length;
      index.set(key, i);
      n.push(0);
      S.push(0);
      xbar.push(new Float64Array(p));
    }
    n[i]! += 1;
    S[i]! += y;
    yy += y * y;
    const xb = xbar[i]!;
    for (let a = 0; a < p; a++) {
      const xa = d.x[o * p + a]!;
      xb[a]! += xa;
      Xty[a]! += xa * y;
    }
  }
  const subjects = n.length;
  const repeated = n.filter((k) => k > 1).length;
  if (subjects < 2 || repeated === 0 || N <= p) return null;

  // Grouped by n_i = k: count, Σ S², Σ S x̄, Σ x̄ x̄ᵀ.
  const groups = new Map<number, { count: number; Q: number; v: Float64Array; M: Float64Array }>();
  for (let i = 0; i < subjects; i++) {
    const k = n[i]!;
    let g = groups.get(k);
    if (!g) {
      g = { count: 0, Q: 0, v: new Float64Array(p), M: new Float64Array(p * p) };
      groups.set(k, g);
    }
    const s = S[i]!;
    const xb = xbar[i]!;
    g.count++;
    g.Q += s * s;
    for (let a = 0; a < p; a++) {
      g.v[a]! += s * xb[a]!;
      for (let b = 0; b <= a; b++) g.M[a * p + b]! += xb[a]! * xb[b]!;
    }
  }

  const A = new Float64Array(p * p);
  const L = new Float64Array(p * p);
  const rhs = new Float64Array(p);
  const beta = new Float64Array(p);
  const dfResidual = N - p;

  const evaluate = (lambda: number): { logLik: number; sigma2: number } => {
    A.set(XtX);
    rhs.set(Xty);
    let yHy = yy;
    let logDetH = 0;
    for (const [k, g] of groups) {
      const w = lambda / (1 + k * lambda);
      for (let a = 0; a < p; a++) {
        for (let b = 0; b <= a; b++) A[a * p + b]! -= w * g.M[a * p + b]!;
        rhs[a]! -= w * g.v[a]!;
      }
      yHy -= w * g.Q;
      logDetH += g.count * Math.log1p(k * lambda);
    }
    if (!cholesky(A, p, L)) return { logLik: Number.NEGATIVE_INFINITY, sigma2: Number.NaN };
    choleskySolve(L, p, rhs, beta);
    let r = yHy;
    for (let a = 0; a < p; a++) r -= rhs[a]! * beta[a]!;
    const sigma2 = r / dfResidual;
    if (!(sigma2 > 0)) return { logLik: Number.NEGATIVE_INFINITY, sigma2 };
    const logLik = -0.5 * (dfResidual * (LOG_2PI + Math.log(sigma2) + 1) + logDetH + choleskyLogDet(L, p));
    return { logLik, sigma2 };
  };
  const lambda = peakLambda((l) => evaluate(l).logLik);
  if (lambda === null) return null;
  const { logLik, sigma2 } = evaluate(lambda);
  if (!Number.isFinite(logLik)) return null;
  const inverseDiagonal = choleskyInverseDiagonal(L, p);
  const z = qnorm(0.975);
  const coefficients = Array.from({ length: p }, (_, a): LmmEstimate => {
    const mean = beta0[a]! + beta[a]!;
    const se = Math.sqrt(sigma2 * inverseDiagonal[a]!);
    return { mean, se, ci: { lower: mean - z * se, upper: mean + z * se } };
  });
  return { fit: { tau2: lambda * sigma2, sigma2, subjects, observations: N, logLik }, coefficients };
}
