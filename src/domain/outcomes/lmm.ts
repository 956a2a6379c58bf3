/**
 * A linear mixed model for repeated scores: a random intercept per subject and the timepoint as a
 * fixed factor, fitted by restricted maximum likelihood (REML), as
 * `nlme::lme(score ~ 0 + timepoint, random = ~ 1 | id, method = "REML")`.
 *
 * Model: y_ij = β_t(ij) + b_i + e_ij, b_i ~ N(0, τ²), e_ij ~ N(0, σ²), independent. One mean β_t per
 * timepoint (cell means), so β_t is the model's estimate of the mean at t for everyone in the
 * analysis, including those not assessed there. Observations are assumed missing at random given
 * each subject's observed scores: unlike a completers' or observed-cases mean, the estimate uses
 * every score a subject has, and a subject who left early pulls the later means through their
 * correlation with the earlier ones. Each subject has at most one score per timepoint.
 *
 * Method. Subject i's covariance is compound symmetric, V_i = σ²(I + λJ) with λ = τ²/σ², whose
 * inverse and determinant have closed forms: V_i⁻¹ = (I − λ/(1 + n_iλ)·J)/σ² and
 * log det(I + λJ) = log(1 + n_iλ). For a given λ the generalised least-squares estimate β(λ) and the
 * REML variance σ²(λ) = r(λ)/(N − p) are then sums over subjects of p × p statistics, and since the
 * weight λ/(1 + n_iλ) depends on a subject only through n_i, those statistics are gathered once,
 * grouped by n_i, in one pass over the data: O(N·p), plus O(p²) per distinct pattern of observed
 * timepoints, and no N × N matrix. The REML log-likelihood profiled over σ²,
 *   ℓ(λ) = −½[(N − p)(log(2π σ²(λ)) + 1) + Σ log(1 + n_iλ) + log det(Xᵀ(I + λJ)⁻¹X)],
 * the quantity nlme reports as logLik, is maximised over log λ: a grid from λ = e⁻¹² to e¹⁶ to find
 * the peak, then golden-section search between the grid neighbours, and the boundary λ = 0 (τ² = 0,
 * no between-subject variation) is taken when it is at least as likely. Standard errors are
 * √diag(σ²(XᵀH⁻¹X)⁻¹) at the estimate, not inflated for the uncertainty in λ (as in nlme), and the
 * intervals are normal-approximation 95% intervals, mean ± z(0.975)·SE.
 */
import { invalid } from '../errors.ts';
import { qnorm } from '../meta/distributions.ts';
import { cholesky, choleskyInverseDiagonal, choleskyLogDet, choleskySolve } from './linalg.ts';
import type { LmmEstimate, LmmFit } from './types.ts';

export interface LmmResult {
  fit: LmmFit;
  /** One per timepoint, in the input's column order; null for a timepoint with no observations. */
  estimates: Array<LmmEstimate | null>;
}

const GRID_FROM = -12;
const GRID_TO = 16;
const GRID_STEP = 0.5;
const GOLDEN = (Math.sqrt(5) - 1) / 2;
const LOG_2PI = Math.log(2 * Math.PI);

/**
 * Fits the random-intercept model to `scores`, a matrix of `timepoints` (in schedule order) × N
 * subjects stored timepoint by timepoint (subject i's score at timepoint t at index t·N + i), NaN
 * where a score is missing. Subjects with no score are ignored; timepoints with no score are left
 * out of the model (their estimate is null), and p below counts only the others.
 *
 * Returns null when the model cannot be fitted: fewer than 2 subjects with a score, no subject
 * with 2 or more (τ² and σ² are then not separable), no more observations than timepoints, or no
 * within-subject variation at all (the likelihood then has no finite maximum).
 */
export function fitRandomIntercept(scores: Float64Array, timepoints: number): LmmResult | null {
  const p = timepoints;
  if (!Number.isInteger(p) || p < 1) throw invalid('timepoints', 'integer-at-least-1');
  if (scores.length % p !== 0) throw invalid('scores', 'length-not-multiple', { length: scores.length, p });
  const rows = scores.length / p;

  // Pass 1: per-timepoint counts and means, to centre the scores (the fit is the same, the sums of
  // squares smaller).
  const count = new Float64Array(p);
  const centre = new Float64Array(p);
  for (let t = 0, o = 0; t < p; t++) {
    for (let i = 0; i < rows; i++, o++) {
      const y = scores[o]!;
      if (Number.isNaN(y)) continue;
      if (!Number.isFinite(y)) throw invalid('scores', 'subject-score-not-finite', { index: i + 1 });
      count[t]! += 1;
      centre[t]! += y;
    }
  }
  const column = new Int32Array(p).fill(-1);
  let q = 0;
  for (let t = 0; t < p; t++) {
    if (count[t]! > 0) {
      centre[t]! /= count[t]!;
      column[t] = q++;
    }
  }
  if (q === 0) return null;

  // Pass 2: sufficient statistics. With d_i the subject's 0/1 indicator over the q columns and S_i
  // the sum of their centred scores, grouped by n_i = k:
  //   cnt_k = #subjects, Q_k = Σ S_i², v_k = Σ S_i d_i, M_k = Σ d_i d_iᵀ (lower triangle).
  // Subjects are first tallied by their pattern of observed timepoints (a bit mask), so that the
  // p × p outer products are formed once per pattern, not once per subject.
  if (q > 32) throw invalid('timepoints', 'at-most-32-timepoints-scores');
  const s = new Float64Array(q);
  const cnt = new Float64Array(q + 1);
  const Q = new Float64Array(q + 1);
  const patternOf = new Map<number, number>();
  const patternMask: number[] = [];
  const patternCount: number[] = [];
  const patternSum: number[] = [];
  let yy = 0;
  let N = 0;
  let subjects = 0;
  let repeated = 0;
  for (let i = 0; i < rows; i++) {
    let n = 0;
    let S = 0;
    let mask = 0;
    for (let t = 0, o = i; t < p; t++, o += rows) {
      const raw = scores[o]!;
      if (Number.isNaN(raw)) continue;
      const j = column[t]!;
      const y = raw - centre[t]!;
      mask |= 1 << j;
      n++;
      S += y;
      yy += y * y;
      s[j]! += y;
    }
    if (n === 0) continue;
    subjects++;
    N += n;
    if (n > 1) repeated++;
    cnt[n]! += 1;
    Q[n]! += S * S;
    let k = patternOf.get(mask);
    if (k === undefined) {
      k = patternMask.length;
      patternOf.set(mask, k);
      patternMask.push(mask);
      patternCount.push(0);
      patternSum.push(0);
    }
    patternCount[k]! += 1;
    patternSum[k]! += S;
  }
  const c = new Float64Array(q);
  const v = new Float64Array((q + 1) * q);
  const M = new Float64Array((q + 1) * q * q);
  const idx = new Int32Array(q);
  patternMask.forEach((mask, k) => {
    let n = 0;
    for (let j = 0; j < q; j++) if (mask & (1 << j)) idx[n++] = j;
    const count = patternCount[k]!;
    const sum = patternSum[k]!;
    for (let a = 0; a < n; a++) {
      const ja = idx[a]!;
      c[ja]! += count;
      v[n * q + ja]! += sum;
      const row = n * q * q + ja * q;
      for (let b = 0; b <= a; b++) M[row + idx[b]!]! += count;
    }
  });
  if (subjects < 2 || repeated === 0 || N <= q) return null;
  const sizes: number[] = [];
  for (let k = 1; k <= q; k++) if (cnt[k]! > 0) sizes.push(k);

  const A = new Float64Array(q * q);
  const L = new Float64Array(q * q);
  const rhs = new Float64Array(q);
  const beta = new Float64Array(q);
  const dfResidual = N - q;

  /** REML log-likelihood at λ, leaving β(λ) in `beta` and the factor of XᵀH⁻¹X in `L`. */
  const evaluate = (lambda: number): { logLik: number; sigma2: number } => {
    A.fill(0);
    for (let j = 0; j < q; j++) {
      A[j * q + j] = c[j]!;
      rhs[j] = s[j]!;
    }
    let yHy = yy;
    let logDetH = 0;
    for (const k of sizes) {
      const w = lambda / (1 + k * lambda);
      const mo = k * q * q;
      for (let a = 0; a < q; a++) {
        for (let b = 0; b <= a; b++) A[a * q + b]! -= w * M[mo + a * q + b]!;
        rhs[a]! -= w * v[k * q + a]!;
      }
      yHy -= w * Q[k]!;
      logDetH += cnt[k]! * Math.log1p(k * lambda);
    }
    if (!cholesky(A, q, L)) return { logLik: Number.NEGATIVE_INFINITY, sigma2: Number.NaN };
    choleskySolve(L, q, rhs, beta);
    let r = yHy;
    for (let j = 0; j < q; j++) r -= rhs[j]! * beta[j]!;
    const sigma2 = r / dfResidual;
    if (!(sigma2 > 0)) return { logLik: Number.NEGATIVE_INFINITY, sigma2 };
    const logLik = -0.5 * (dfResidual * (LOG_2PI + Math.log(sigma2) + 1) + logDetH + choleskyLogDet(L, q));
    return { logLik, sigma2 };
  };
  const lambda = peakLambda((l) => evaluate(l).logLik);
  if (lambda === null) return null;

  const { logLik, sigma2 } = evaluate(lambda);
  if (!Number.isFinite(logLik)) return null;
  const inverseDiagonal = choleskyInverseDiagonal(L, q);
  const z = qnorm(0.975);
  const estimates = Array.from({ length: p }, (_, t): LmmEstimate | null => {
    const j = column[t]!;
    if (j < 0) return null;
    const mean = beta[j]! + centre[t]!;
    const se = Math.sqrt(sigma2 * inverseDiagonal[j]!);
    return { mean, se, ci: { lower: mean - z * se, upper: mean + z * se } };
  });
  return { fit: { tau2: lambda * sigma2, sigma2, subjects, observations: N, logLik }, estimates };
}

/**
 * The λ = τ²/σ² that maximises a profile log-likelihood: the peak on a grid of log λ, refined between
 * its neighbours by golden-section search; 0 when λ = 0 is at least as likely. Null when the peak is
 * at the top of the grid (σ² → 0: no within-subject variation to speak of) or nothing is finite.
 */
export function peakLambda(logLikAt: (lambda: number) => number): number | null {
  const atLog = (theta: number): number => logLikAt(Math.exp(theta));
  const grid: number[] = [];
  for (let theta = GRID_FROM; theta <= GRID_TO + 1e-9; theta += GRID_STEP) grid.push(theta);
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  grid.forEach((theta, j) => {
    const value = atLog(theta);
    if (value > bestValue) {
      bestValue = value;
      best = j;
    }
  });
  if (best === grid.length - 1 || bestValue === Number.NEGATIVE_INFINITY) return null;
  const lambda = Math.exp(goldenMax(atLog, best > 0 ? grid[best - 1]! : GRID_FROM - 30, grid[best + 1]!));
  return logLikAt(0) >= logLikAt(lambda) ? 0 : lambda;
}

/** Golden-section search for the maximum of a unimodal `f` on [a, b], to a width of 1e-10. */
function goldenMax(f: (x: number) => number, a: number, b: number): number {
  let x1 = b - GOLDEN * (b - a);
  let x2 = a + GOLDEN * (b - a);
  let f1 = f(x1);
  let f2 = f(x2);
  while (b - a > 1e-10) {
    if (f1 >= f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - GOLDEN * (b - a);
      f1 = f(x1);
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + GOLDEN * (b - a);
      f2 = f(x2);
    }
  }
  return (a + b) / 2;
}
