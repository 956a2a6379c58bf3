/**
 * Back-transformations for display, as metafor's `transf` functions: log risk and odds ratios are
 * shown as ratios (`transf.exp.int`, i.e. exp), logit proportions as proportions (`transf.ilogit`);
 * every other measure is already on its display scale. Apply to estimates and interval bounds only,
 * never to standard errors or variances.
 */
import type { Measure } from './types.ts';

/** exp(x): log ratio → ratio (metafor's `transf.exp.int` / `exp`). */
export const transfExp = (x: number): number => Math.exp(x);

/** Inverse logit 1/(1 + e^(−x)): logit proportion → proportion (metafor's `transf.ilogit`). */
export const transfIlogit = (x: number): number => 1 / (1 + Math.exp(-x));

export const identity = (x: number): number => x;

/** The display back-transformation for a measure. */
export const backTransformFor = (measure: Measure): ((x: number) => number) => {
  switch (measure) {
    case 'RR':
    case 'OR':
      return transfExp;
    case 'PLO':
      return transfIlogit;
    default:
      return identity;
  }
};
