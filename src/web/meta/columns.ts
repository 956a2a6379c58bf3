/**
 * The choices of a meta-analysis and the study columns each measure takes, named as metafor's
 * escalc names them (ai, bi, ci, di, n1i, …) so a table from R reads in unchanged.
 */

import type { NumericColumn } from '../../domain/meta/analysis.ts';
import type { Measure, Method, TestType } from '../../domain/meta/types.ts';

export const MEASURES = [
  'RR',
  'OR',
  'RD',
  'PLO',
  'PR',
  'MD',
  'SMD',
  'GEN',
] as const satisfies readonly Measure[];
export const METHODS = ['REML', 'DL', 'PM', 'FE'] as const satisfies readonly Method[];
export const TESTS = ['z', 'knha'] as const satisfies readonly TestType[];

export const MEASURE_LABELS: Record<Measure, string> = {
  RR: 'Risk ratio (RR, pooled as log RR)',
  OR: 'Odds ratio (OR, pooled as log OR)',
  RD: 'Risk difference (RD)',
  PLO: 'Proportion, logit-transformed (PLO)',
  PR: 'Proportion, raw (PR)',
  MD: 'Mean difference (MD)',
  SMD: "Standardised mean difference (SMD, Hedges' g)",
  GEN: 'Effect sizes computed elsewhere (GEN: yi, vi)',
};

/** What the pooled estimate is, on the model scale. */
export const ESTIMATE_NAMES: Record<Measure, string> = {
  RR: 'log risk ratio',
  OR: 'log odds ratio',
  RD: 'risk difference',
  PLO: 'logit proportion',
  PR: 'proportion',
  MD: 'mean difference',
  SMD: 'standardised mean difference',
  GEN: 'effect size',
};

export const METHOD_LABELS: Record<Method, string> = {
  REML: 'Random effects, REML (metafor’s default)',
  DL: 'Random effects, DerSimonian–Laird',
  PM: 'Random effects, Paule–Mandel',
  FE: 'Fixed (equal) effects',
};

export const TEST_LABELS: Record<TestType, string> = {
  z: 'z test (normal)',
  knha: 'Knapp–Hartung (t test)',
};

export interface Column {
  key: NumericColumn;
  label: string;
}

const TWO_BY_TWO_CELLS: Column[] = [
  { key: 'ai', label: 'Treatment events' },
  { key: 'bi', label: 'Treatment non-events' },
  { key: 'ci', label: 'Control events' },
  { key: 'di', label: 'Control non-events' },
];

const TWO_BY_TWO_SIZES: Column[] = [
  { key: 'ai', label: 'Treatment events' },
  { key: 'n1i', label: 'Treatment total' },
  { key: 'ci', label: 'Control events' },
  { key: 'n2i', label: 'Control total' },
];

const PROPORTION: Column[] = [
  { key: 'xi', label: 'Events' },
  { key: 'ni', label: 'Total' },
];

const MEANS: Column[] = [
  { key: 'm1i', label: 'Group 1 mean' },
  { key: 'sd1i', label: 'Group 1 SD' },
  { key: 'n1i', label: 'Group 1 n' },
  { key: 'm2i', label: 'Group 2 mean' },
  { key: 'sd2i', label: 'Group 2 SD' },
  { key: 'n2i', label: 'Group 2 n' },
];

const GENERIC: Column[] = [
  { key: 'yi', label: 'Effect size' },
  { key: 'vi', label: 'Sampling variance' },
];

/** 2×2 tables may give each arm's non-events (bi, di) or its size (n1i, n2i). */
export type ArmEntry = 'cells' | 'sizes';

export const isTwoByTwo = (m: Measure): boolean => m === 'RR' || m === 'OR' || m === 'RD';

export function columnsFor(measure: Measure, arms: ArmEntry): Column[] {
  switch (measure) {
    case 'RR':
    case 'OR':
    case 'RD':
      return arms === 'sizes' ? TWO_BY_TWO_SIZES : TWO_BY_TWO_CELLS;
    case 'PLO':
    case 'PR':
      return PROPORTION;
    case 'MD':
    case 'SMD':
      return MEANS;
    case 'GEN':
      return GENERIC;
  }
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);
export const isMeasure = (v: string): v is Measure => isOneOf(MEASURES, v);
export const isMethod = (v: string): v is Method => isOneOf(METHODS, v);
export const isTest = (v: string): v is TestType => isOneOf(TESTS, v);

const has = (columns: readonly NumericColumn[], ...wanted: NumericColumn[]) =>
  wanted.every((c) => columns.includes(c));

/** The measure (and arm entry) a pasted table's columns point to; the current one when it fits. */
export function settingsForColumns(
  columns: readonly NumericColumn[],
  current: Measure,
): { measure: Measure; arms?: ArmEntry } {
  if (has(columns, 'ai', 'ci')) {
    const measure = isTwoByTwo(current) ? current : 'RR';
    if (has(columns, 'bi', 'di')) return { measure, arms: 'cells' };
    if (has(columns, 'n1i', 'n2i')) return { measure, arms: 'sizes' };
    return { measure };
  }
  if (has(columns, 'm1i', 'sd1i', 'm2i', 'sd2i'))
    return { measure: current === 'MD' || current === 'SMD' ? current : 'SMD' };
  if (has(columns, 'xi', 'ni')) return { measure: current === 'PLO' || current === 'PR' ? current : 'PLO' };
  if (has(columns, 'yi', 'vi')) return { measure: 'GEN' };
  return { measure: current };
}
