/**
 * The intercept-only meta-analytic model, as metafor 3.8's `rma(yi, vi, method, test, level)` plus
 * `predict()` and `weights()`:
 *
 * - Pooled estimate: inverse-variance weighted mean with wᵢ = 1/(vᵢ + τ²); SE = 1/√Σw.
 * - test 'knha' (Knapp–Hartung): the SE is multiplied by √(Σwᵢ(yᵢ − μ̂)²/(k − 1)) — not truncated
 *   at 1, as metafor's default (its "adhoc" variant truncates) — and the t distribution with k − 1
 *   df gives the p-value and interval. With k = 1 metafor switches to 'z' with a warning; so do we.
 * - Q = Σ(1/vᵢ)(yᵢ − μ̂_FE)² with k − 1 df, whatever the method.
 * - I², H²: for FE from Q, I² = max(0, 100(Q − (k − 1))/Q), H² = Q/(k − 1); for random-effects
 *   models from τ² and the "typical" within-study variance ṽ = (k − 1)/tr(P) of the FE weights:
 *   I² = 100τ²/(ṽ + τ²), H² = τ²/ṽ + 1. With k = 1: Q = 0, p = 1, I² = 0, H² = 1.
 * - Prediction interval (random-effects models only, as `predict()`): μ̂ ± crit·√(SE² + τ²), where
 *   crit is the normal quantile, or t(k − 1) with 'knha' (and the Knapp–Hartung SE).
 * - Weights in percent; each study's own CI is yᵢ ± z·√vᵢ at the same level (`summary.escalc`).
 */
import { invalid } from '../errors.ts';
import { criticalValue, pchisqUpper, twoSidedNormalP, twoSidedTP } from './distributions.ts';
import { estimateTau2, weightedFit } from './estimators.ts';
import type { Method, RmaOptions, RmaResult, TestType } from './types.ts';
import { checkColumns, checkFiniteResult, checkMagnitudes, checkPositive } from './validation.ts';
import { META_WARNINGS } from './warnings.ts';

const METHODS: readonly Method[] = ['FE', 'DL', 'REML', 'PM'];
const TESTS: readonly TestType[] = ['z', 'knha'];

export interface EffectSizeColumns {
  yi: readonly number[];
  vi: readonly number[];
}

export const rma = (data: EffectSizeColumns, options: RmaOptions = {}): RmaResult => {
  const method = options.method ?? 'REML';
  const requestedTest = options.test ?? 'z';
  const level = options.level ?? 95;
  if (!METHODS.includes(method)) throw invalid('method', 'one-of', { allowed: METHODS.join(', ') });
  if (!TESTS.includes(requestedTest)) throw invalid('test', 'one-of', { allowed: TESTS.join(', ') });
  if (typeof level !== 'number' || !(level > 1 && level < 100)) {
    throw invalid('level', 'percentage-between-1-100-exclusive');
  }
  const k = checkColumns([
    ['yi', data.yi],
    ['vi', data.vi],
  ]);
  checkPositive('vi', data.vi);
  const { yi, vi } = data;
  checkMagnitudes(yi, vi);

  const warnings: string[] = [];
  let test = requestedTest;
  if (k === 1 && test === 'knha') {
    warnings.push(META_WARNINGS['knha-one-study']);
    test = 'z';
  }
  if (method === 'FE' && test === 'knha') {
    warnings.push(META_WARNINGS['knha-equal-effects']);
  }

  const estimate = estimateTau2(yi, vi, method);
  warnings.push(...estimate.warnings);
  const { tau2 } = estimate;

  const fit = weightedFit(yi, vi, tau2);
  let variance = 1 / fit.sumW;
  const df = test === 'knha' ? k - 1 : null;
  if (test === 'knha') {
    const s2w = fit.rss <= Number.EPSILON ? 0 : fit.rss / (k - 1);
    variance *= s2w;
  }
  const se = Math.sqrt(variance);
  const statistic = fit.mu / se;
  const pval = df === null ? twoSidedNormalP(statistic) : twoSidedTP(statistic, df);
  const crit = criticalValue(level, df);

  const heterogeneity = heterogeneityOf(yi, vi, method, tau2);
  const randomEffects = method !== 'FE';
  const piHalfWidth = crit * Math.sqrt(variance + tau2);
  const studyCrit = criticalValue(level, null);

  const result: RmaResult = {
    method,
    test,
    level,
    k,
    estimate: fit.mu,
    se,
    statistic,
    df,
    pval,
    ciLower: fit.mu - crit * se,
    ciUpper: fit.mu + crit * se,
    tau2,
    tau2Se: estimate.tau2Se,
    tau: Math.sqrt(tau2),
    ...heterogeneity,
    piLower: randomEffects ? fit.mu - piHalfWidth : null,
    piUpper: randomEffects ? fit.mu + piHalfWidth : null,
    studies: yi.map((y, i) => {
      const halfWidth = studyCrit * Math.sqrt(vi[i]!);
      return {
        yi: y,
        vi: vi[i]!,
        weight: (100 * fit.w[i]!) / fit.sumW,
        ciLower: y - halfWidth,
        ciUpper: y + halfWidth,
      };
    }),
    warnings,
  };
  checkFiniteResult(result, yi, vi);
  return result;
};

type Heterogeneity = Pick<RmaResult, 'q' | 'qDf' | 'qPval' | 'i2' | 'h2'>;

const heterogeneityOf = (
  yi: readonly number[],
  vi: readonly number[],
  method: Method,
  tau2: number,
): Heterogeneity => {
  const k = yi.length;
  if (k === 1) return { q: 0, qDf: 0, qPval: 1, i2: 0, h2: 1 };
  const mean = yi.reduce((s, y) => s + y, 0) / k;
  const fe = weightedFit(
    yi.map((y) => y - mean),
    vi,
    0,
  );
  const qDf = k - 1;
  const q = Math.max(0, fe.rss);
  const qPval = pchisqUpper(q, qDf);
  if (method === 'FE') {
    return { q, qDf, qPval, i2: Math.max(0, (100 * (q - qDf)) / q), h2: q / qDf };
  }
  const typicalVi = qDf / fe.trP;
  return { q, qDf, qPval, i2: (100 * tau2) / (typicalVi + tau2), h2: tau2 / typicalVi + 1 };
};
