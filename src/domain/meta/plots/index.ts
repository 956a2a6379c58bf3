/** Pure plot layouts of a meta-analysis (no DOM): forest and funnel plots. */
export { type AxisTick, intervalText, niceTicks, type XAxis, xAxisFor } from './axis.ts';
export {
  type ForestInput,
  type ForestLayout,
  type ForestStudyRow,
  forestLayout,
  modelName,
  REAL_WORLD_HEADING,
  type RealWorldEstimate,
} from './forest.ts';
export { type FunnelInput, type FunnelLayout, funnelLayout } from './funnel.ts';
