/**
 * Estimators of the between-study variance τ² for the intercept-only random-effects model, each as
 * metafor 3.8's `rma.uni()` computes it with its default `control` settings:
 *
 * - DL, DerSimonian–Laird: (Q − (k − 1)) / tr(P), truncated at 0.
 * - REML: Fisher scoring from the Hedges (HE) estimate (truncated at 0); stops when τ² changes by
 *   at most 1e-5, after at most 100 iterations; a step that would make τ² negative is halved until
 *   it does not. Then metafor's `ll0check`: if the restricted log-likelihood at τ² = 0 beats the
 *   one at the estimate by more than .Machine$double.eps^0.25, τ² is set to 0 (with a warning).
 * - PM, Paule–Mandel: τ² = 0 when Q(0) < k − 1, otherwise the root of Q(τ²) = k − 1 found by R's
 *   `uniroot()` on [0, max(100, 10·mad(yi)²)] with tol .Machine$double.eps^0.25, maxiter 100.
 *
 * Each also returns metafor's standard error of τ² (`se.tau2`). With k = 1, metafor sets τ² = 0
 * and reports no standard error; so do we. Estimation uses the centred yi, as metafor does.
 */
import { DomainError, fieldIssue } from '../errors.ts';
import { uniroot } from './root-finding.ts';
import type { Method } from './types.ts';
import { META_WARNINGS } from './warnings.ts';

const THRESHOLD = 1e-5;
const MAX_ITERATIONS = 100;
const TOL = Number.EPSILON ** 0.25;

export interface Tau2Estimate {
  tau2: number;
  tau2Se: number | null;
  warnings: string[];
}

/** The quantities of the weighted intercept-only fit at a given τ² (metafor's P = W − W1(1'W1)⁻¹1'W). */
export interface WeightedFit {
  w: number[];
  sumW: number;
  mu: number;
  /** y'Py: the weighted residual sum of squares (Cochran's Q at τ² = 0). */
  rss: number;
  /** tr(P). */
  trP: number;
  /** Σᵢⱼ Pᵢⱼ² = tr(PP). */
  sumPP: number;
  /** y'PPy. */
  yPPy: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

export const weightedFit = (yi: readonly number[], vi: readonly number[], tau2: number): WeightedFit => {
  const w = vi.map((v) => 1 / (v + tau2));
  const sumW = sum(w);
  const mu = sum(w.map((wi, i) => wi * yi[i]!)) / sumW;
  const residuals = yi.map((y, i) => w[i]! * (y - mu));
  const sumW2 = sum(w.map((wi) => wi * wi));
  const sumW3 = sum(w.map((wi) => wi * wi * wi));
  return {
    w,
    sumW,
    mu,
    rss: sum(residuals.map((r, i) => r * (yi[i]! - mu))),
    trP: sumW - sumW2 / sumW,
    sumPP: sumW2 - (2 * sumW3) / sumW + (sumW2 * sumW2) / (sumW * sumW),
    yPPy: sum(residuals.map((r) => r * r)),
  };
};

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
};

/** R's `mad()`: 1.4826 · median(|x − median(x)|). */
const mad = (xs: readonly number[]): number => {
  const m = median(xs);
  return 1.4826 * median(xs.map((x) => Math.abs(x - m)));
};

const centred = (yi: readonly number[]): number[] => {
  const mean = sum(yi) / yi.length;
  return yi.map((y) => y - mean);
};

export const estimateTau2 = (yi: readonly number[], vi: readonly number[], method: Method): Tau2Estimate => {
  if (method === 'FE' || yi.length === 1) return { tau2: 0, tau2Se: null, warnings: [] };
  const y = centred(yi);
  switch (method) {
    case 'DL':
      return dl(y, vi);
    case 'REML':
      return reml(y, vi);
    case 'PM':
      return pm(y, vi, yi);
  }
};

const dl = (y: readonly number[], vi: readonly number[]): Tau2Estimate => {
  const k = y.length;
  const fe = weightedFit(y, vi, 0);
  const tau2 = Math.max(0, (fe.rss - (k - 1)) / fe.trP);
  const tau2Se = Math.sqrt(
    (1 / fe.trP ** 2) * (2 * (k - 1) + 4 * tau2 * fe.trP + 2 * tau2 * tau2 * fe.sumPP),
  );
  return { tau2, tau2Se, warnings: [] };
};

/** Restricted log-likelihood of the intercept-only model at τ² (metafor's ll.REML, REMLf = TRUE). */
const remlLogLik = (y: readonly number[], vi: readonly number[], tau2: number): number => {
  const fit = weightedFit(y, vi, tau2);
  const k = y.length;
  return (
    -0.5 * (k - 1) * Math.log(2 * Math.PI) -
    0.5 * sum(vi.map((v) => Math.log(v + tau2))) -
    0.5 * Math.log(fit.sumW) -
    0.5 * fit.rss
  );
};

const reml = (y: readonly number[], vi: readonly number[]): Tau2Estimate => {
  const k = y.length;
  const warnings: string[] = [];
  // Starting value: the Hedges estimator, (Σ(y − ȳ)² − Σvᵢ(1 − 1/k)) / (k − 1), at least 0.
  const ybar = sum(y) / k;
  const he = (sum(y.map((yi) => (yi - ybar) ** 2)) - sum(vi.map((v) => v * (1 - 1 / k)))) / (k - 1);
  let tau2 = Math.max(0, he);
  let change = THRESHOLD + 1;
  let iterations = 0;
  while (change > THRESHOLD) {
    iterations += 1;
    const previous = tau2;
    const fit = weightedFit(y, vi, tau2);
    let adj = (fit.yPPy - fit.trP) / fit.sumPP;
    if (Number.isNaN(adj)) adj = 0;
    while (tau2 + adj < 0) adj /= 2;
    tau2 += adj;
    change = Math.abs(previous - tau2);
    if (iterations > MAX_ITERATIONS) {
      throw new DomainError(
        'validation',
        'REML: the Fisher scoring algorithm did not converge (metafor stops here too); try method DL or PM',
        [fieldIssue('method', 'reml-no-convergence')],
      );
    }
  }
  if (remlLogLik(y, vi, 0) - remlLogLik(y, vi, tau2) > TOL && tau2 > THRESHOLD) {
    warnings.push(META_WARNINGS['reml-local-maximum']);
    tau2 = 0;
  }
  tau2 = Math.max(0, tau2);
  const tau2Se = Math.sqrt(2 / weightedFit(y, vi, tau2).sumPP);
  return { tau2, tau2Se, warnings };
};

const pm = (y: readonly number[], vi: readonly number[], yi: readonly number[]): Tau2Estimate => {
  const k = y.length;
  const target = k - 1;
  const objective = (tau2: number): number => weightedFit(y, vi, tau2).rss - target;
  const tau2Max = Math.max(100, 10 * mad(yi) ** 2);
  const warnings: string[] = [];
  let tau2: number;
  const atZero = objective(0);
  if (atZero < 0) {
    tau2 = 0;
  } else {
    const atMax = objective(tau2Max);
    if (atMax > 0) {
      throw new DomainError(
        'validation',
        `PM: no tau² up to ${tau2Max} solves the estimating equation (metafor stops here too); try method DL or REML`,
        [fieldIssue('method', 'pm-no-solution')],
      );
    }
    const found = uniroot(objective, 0, tau2Max, atZero, atMax, TOL, MAX_ITERATIONS);
    if (!found.converged) warnings.push(META_WARNINGS['pm-root-search']);
    tau2 = found.root;
  }
  const sumW = weightedFit(y, vi, tau2).sumW;
  const tau2Se = Math.sqrt((2 * k * k) / (k - 1) / (sumW * sumW));
  return { tau2, tau2Se, warnings };
};
