/**
 * The choices of a meta-analysis and the study columns each measure takes, named as metafor's
 * escalc names them (ai, bi, ci, di, n1i, …) so a table from R reads in unchanged.
 */

import type { NumericColumn } from '../../domain/meta/analysis.ts';
import type { Measure, Method, TestType } from '../../domain/meta/types.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';

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

export const MEASURE_LABELS: Record<Measure, string> = translatedLabels('meta:measures', MEASURES);

/** What the pooled estimate is, on the model scale. */
export const ESTIMATE_NAMES: Record<Measure, string> = translatedLabels('meta:estimates', MEASURES);

export const METHOD_LABELS: Record<Method, string> = translatedLabels('meta:methods', METHODS);

export const TEST_LABELS: Record<TestType, string> = translatedLabels('meta:tests', TESTS);

export interface Column {
  key: NumericColumn;
  label: string;
}

/** A column whose label follows the language (`labelKey` names it where the key is shared: n1i). */
function column(key: NumericColumn, labelKey: string = key): Column {
  return {
    key,
    get label() {
      return tKey(`meta:columns.${labelKey}`);
    },
  };
}

const TWO_BY_TWO_CELLS: Column[] = [column('ai'), column('bi'), column('ci'), column('di')];

const TWO_BY_TWO_SIZES: Column[] = [column('ai'), column('n1i'), column('ci'), column('n2i')];

const PROPORTION: Column[] = [column('xi'), column('ni')];

const MEANS: Column[] = [
  column('m1i'),
  column('sd1i'),
  column('n1i', 'g1n'),
  column('m2i'),
  column('sd2i'),
  column('n2i', 'g2n'),
];

const GENERIC: Column[] = [column('yi'), column('vi')];

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
