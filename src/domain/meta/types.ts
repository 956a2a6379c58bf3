/**
 * Types of the meta-analysis core. Names follow the R package metafor (the field's reference
 * implementation, whose numbers this module reproduces): `yi`/`vi` are a study's effect size and
 * sampling variance, `ai, bi, ci, di` the cells of a 2×2 table, and so on.
 */

/** Effect-size measures, as metafor's `escalc(measure = …)`. */
export type Measure = 'RR' | 'OR' | 'RD' | 'PLO' | 'PR' | 'MD' | 'SMD' | 'GEN';

/** Measures computed from a 2×2 table (treatment events ai of n1i, control events ci of n2i). */
export type TwoByTwoMeasure = 'RR' | 'OR' | 'RD';
/** Measures computed from one group's events xi of ni. */
export type ProportionMeasure = 'PLO' | 'PR';
/** Measures computed from two groups' means, standard deviations and sizes. */
export type MeansMeasure = 'MD' | 'SMD';

/**
 * When to add `add` to the cells (metafor's `to`): 'only0' (default) only to the tables of studies
 * with a zero cell, 'all' to every table, 'if0all' to every table when any study has a zero cell,
 * 'none' never (a study with a zero cell then has no finite effect and is refused).
 */
export type ZeroCellRule = 'only0' | 'all' | 'if0all' | 'none';

export interface ZeroCellOptions {
  /** Constant added to the cells (metafor's `add`); default 1/2. */
  add?: number;
  /** Which tables get it (metafor's `to`); default 'only0'. */
  to?: ZeroCellRule;
}

/**
 * A 2×2 table per study: give `bi`/`di` (non-events) or `n1i`/`n2i` (group sizes), or both when
 * they agree (`n1i = ai + bi`, `n2i = ci + di`).
 */
export interface TwoByTwoInput extends ZeroCellOptions {
  measure: TwoByTwoMeasure;
  ai: readonly number[];
  bi?: readonly number[];
  ci: readonly number[];
  di?: readonly number[];
  n1i?: readonly number[];
  n2i?: readonly number[];
}

export interface ProportionInput extends ZeroCellOptions {
  measure: ProportionMeasure;
  xi: readonly number[];
  ni: readonly number[];
}

export interface MeansInput {
  measure: MeansMeasure;
  m1i: readonly number[];
  sd1i: readonly number[];
  n1i: readonly number[];
  m2i: readonly number[];
  sd2i: readonly number[];
  n2i: readonly number[];
}

/** Effect sizes computed elsewhere (metafor's measure "GEN"). */
export interface GenericInput {
  measure: 'GEN';
  yi: readonly number[];
  vi: readonly number[];
}

export type EscalcInput = TwoByTwoInput | ProportionInput | MeansInput | GenericInput;

/** What escalc returns: one effect size and sampling variance per study, in input order. */
export interface EffectSizes {
  measure: Measure;
  yi: number[];
  vi: number[];
}

/** Model-fitting methods: 'FE' is metafor's equal-effects model ("EE"/"FE"); the rest are random-effects tau² estimators. */
export type Method = 'FE' | 'DL' | 'REML' | 'PM';

/** Inference for the pooled estimate: 'z' (normal) or 'knha' (Knapp–Hartung, t with k − 1 df). */
export type TestType = 'z' | 'knha';

export interface RmaOptions {
  /** Default 'REML', as metafor. */
  method?: Method;
  /** Default 'z', as metafor. */
  test?: TestType;
  /** Confidence level in percent (metafor's `level`); default 95. */
  level?: number;
}

export interface StudyResult {
  yi: number;
  vi: number;
  /** Percent weight in the model, as metafor's `weights()`: 100·wᵢ/Σw with wᵢ = 1/(vᵢ + τ²). */
  weight: number;
  /** The study's own CI, yi ± z·√vi at the model's level (metafor's `summary.escalc`, forest plots). */
  ciLower: number;
  ciUpper: number;
}

export interface RmaResult {
  method: Method;
  /** The test actually used. metafor falls back from 'knha' to 'z' when k = 1 (see `warnings`). */
  test: TestType;
  level: number;
  k: number;
  estimate: number;
  se: number;
  /** z value, or t value for 'knha' (metafor's `zval`). */
  statistic: number;
  /** Degrees of freedom of the t distribution for 'knha' (k − 1); null for 'z'. */
  df: number | null;
  pval: number;
  ciLower: number;
  ciUpper: number;
  tau2: number;
  /** Standard error of τ² (metafor's `se.tau2`); null for 'FE' and when k = 1, where metafor has none. */
  tau2Se: number | null;
  tau: number;
  /** I² in percent. */
  i2: number;
  h2: number;
  /** Cochran's Q (metafor's `QE`), its degrees of freedom (k − 1) and p-value. */
  q: number;
  qDf: number;
  qPval: number;
  /** Prediction interval (metafor's `predict()`); null for 'FE', where metafor reports none. */
  piLower: number | null;
  piUpper: number | null;
  studies: StudyResult[];
  /** Situations where metafor warns, in plain words (the fit is still metafor's). */
  warnings: string[];
}
