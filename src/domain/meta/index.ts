/**
 * Meta-analysis core: effect sizes (`escalc`), the intercept-only meta-analytic model (`rma`), and
 * back-transformations for display — each reproducing the R package metafor 3.8.
 */
export { escalc, smdCorrection } from './effect-sizes.ts';
export { type EffectSizeColumns, rma } from './rma.ts';
export { backTransformFor, identity, transfExp, transfIlogit } from './transforms.ts';
export type * from './types.ts';
