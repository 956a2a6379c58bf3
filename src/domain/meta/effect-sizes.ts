/**
 * Effect sizes and sampling variances per study, as metafor's `escalc()` (3.8) with its defaults:
 * `add = 1/2, to = "only0", drop00 = FALSE, vtype = "LS"`.
 *
 * Zero cells: metafor adds 1/2 to every cell of a table with a zero cell (ai, bi, ci or di; for
 * proportions xi or ni − xi) for ALL of RR, OR, RD, PLO and PR — including RD and PR, which would
 * be computable without it — and for double-zero studies too (drop00 = FALSE), so every study with
 * a non-empty group has a finite effect. The same is done here, with `add` and `to` configurable.
 *
 * Stricter than metafor (bad data is refused with a DomainError naming row and column, where
 * metafor would compute, drop the study with a warning, or fail later): groups of size 0, standard
 * deviations ≤ 0, groups of fewer than 2 for means, sampling variances ≤ 0, and studies left with
 * no finite effect by `to = 'none'` or `add = 0`.
 */

import gammaln from '@stdlib/math-base-special-gammaln';
import { invalid } from '../errors.ts';
import type {
  EffectSizes,
  EscalcInput,
  GenericInput,
  MeansInput,
  ProportionInput,
  TwoByTwoInput,
  ZeroCellOptions,
} from './types.ts';
import {
  cellError,
  checkAgrees,
  checkAtLeast,
  checkColumns,
  checkEventsWithin,
  checkNonNegative,
  checkPositive,
} from './validation.ts';

const MEASURES = new Set(['RR', 'OR', 'RD', 'PLO', 'PR', 'MD', 'SMD', 'GEN']);

export const escalc = (input: EscalcInput): EffectSizes => {
  if (!MEASURES.has(input.measure)) {
    throw invalid('measure', 'unknown-measure-use', {
      value: String(input.measure),
      value2: [...MEASURES].join(', '),
    });
  }
  switch (input.measure) {
    case 'RR':
    case 'OR':
    case 'RD':
      return twoByTwo(input);
    case 'PLO':
    case 'PR':
      return proportion(input);
    case 'MD':
    case 'SMD':
      return means(input);
    case 'GEN':
      return generic(input);
  }
};

/** Which studies get `add`: metafor's `to` applied to each study's "has a zero cell" flag. */
const zeroCellPlan = (
  options: ZeroCellOptions,
  hasZero: readonly boolean[],
): { add: number; to: boolean[] } => {
  const add = options.add ?? 1 / 2;
  if (typeof add !== 'number' || !Number.isFinite(add) || add < 0) {
    throw invalid('add', 'finite-number-0-got', { value: String(add) });
  }
  const rule = options.to ?? 'only0';
  const anyZero = hasZero.some(Boolean);
  switch (rule) {
    case 'only0':
      return { add, to: [...hasZero] };
    case 'all':
      return { add, to: hasZero.map(() => true) };
    case 'if0all':
      return { add, to: hasZero.map(() => anyZero) };
    case 'none':
      return { add, to: hasZero.map(() => false) };
    default:
      throw invalid('to', 'one-only0-all-if0all-none', { value: String(rule) });
  }
};

/** Refuses a study whose effect or variance is not finite, or whose variance is not positive. */
const checkEstimable = (yi: readonly number[], vi: readonly number[], column: string, why: string): void => {
  yi.forEach((y, i) => {
    const v = vi[i] ?? Number.NaN;
    if (!Number.isFinite(y) || !Number.isFinite(v) || !(v > 0)) {
      throw cellError(column, i, 'effect-not-estimable', { why });
    }
  });
};

const twoByTwo = (input: TwoByTwoInput): EffectSizes => {
  const { ai, ci } = input;
  const given = (['ai', 'bi', 'ci', 'di', 'n1i', 'n2i'] as const)
    .filter((name) => name === 'ai' || name === 'ci' || input[name] !== undefined)
    .map((name) => [name, input[name]] as const);
  checkColumns(given);
  checkNonNegative('ai', ai);
  checkNonNegative('ci', ci);
  const bi = otherCells(input, 'bi', 'n1i', ai);
  const di = otherCells(input, 'di', 'n2i', ci);
  const n1 = ai.map((a, i) => a + bi[i]!);
  const n2 = ci.map((c, i) => c + di[i]!);
  checkAtLeast(input.n1i ? 'n1i' : 'bi', n1, 1, 'in each group');
  checkAtLeast(input.n2i ? 'n2i' : 'di', n2, 1, 'in each group');

  const hasZero = ai.map((a, i) => a === 0 || bi[i] === 0 || ci[i] === 0 || di[i] === 0);
  const { add, to } = zeroCellPlan(input, hasZero);
  const yi: number[] = [];
  const vi: number[] = [];
  ai.forEach((a0, i) => {
    const plus = to[i] ? add : 0;
    const a = a0 + plus;
    const b = bi[i]! + plus;
    const c = ci[i]! + plus;
    const d = di[i]! + plus;
    const n1i = a + b;
    const n2i = c + d;
    const p1 = a / n1i;
    const p2 = c / n2i;
    if (input.measure === 'RR') {
      yi.push(Math.log(p1) - Math.log(p2));
      vi.push(1 / a - 1 / n1i + 1 / c - 1 / n2i);
    } else if (input.measure === 'OR') {
      yi.push(Math.log(p1 / (1 - p1)) - Math.log(p2 / (1 - p2)));
      vi.push(1 / a + 1 / b + 1 / c + 1 / d);
    } else {
      yi.push(p1 - p2);
      vi.push((p1 * (1 - p1)) / n1i + (p2 * (1 - p2)) / n2i);
    }
  });
  checkEstimable(yi, vi, 'ai', 'a zero cell and no continuity correction');
  return { measure: input.measure, yi, vi };
};

/** Non-events of one arm: given directly (checked against the group size when both are given) or n − events. */
const otherCells = (
  input: TwoByTwoInput,
  cellsName: 'bi' | 'di',
  sizeName: 'n1i' | 'n2i',
  events: readonly number[],
): number[] => {
  const cells = input[cellsName];
  const sizes = input[sizeName];
  const eventsName = cellsName === 'bi' ? 'ai' : 'ci';
  if (sizes !== undefined) checkEventsWithin(eventsName, events, sizeName, sizes);
  if (cells !== undefined) {
    checkNonNegative(cellsName, cells);
    if (sizes !== undefined) {
      checkAgrees(
        sizeName,
        sizes,
        events.map((e, i) => e + cells[i]!),
        `${eventsName} + ${cellsName}`,
      );
    }
    return [...cells];
  }
  if (sizes === undefined) throw invalid(cellsName, 'give', { cellsName, sizeName });
  return sizes.map((n, i) => n - events[i]!);
};

const proportion = (input: ProportionInput): EffectSizes => {
  const { xi, ni } = input;
  checkColumns([
    ['xi', xi],
    ['ni', ni],
  ]);
  checkNonNegative('xi', xi);
  checkAtLeast('ni', ni, 1, 'in each group');
  checkEventsWithin('xi', xi, 'ni', ni);
  const hasZero = xi.map((x, i) => x === 0 || ni[i]! - x === 0);
  const { add, to } = zeroCellPlan(input, hasZero);
  const yi: number[] = [];
  const vi: number[] = [];
  xi.forEach((x0, i) => {
    const plus = to[i] ? add : 0;
    const x = x0 + plus;
    const m = ni[i]! - x0 + plus;
    const n = x + m;
    const p = x / n;
    if (input.measure === 'PR') {
      yi.push(p);
      vi.push((p * (1 - p)) / n);
    } else {
      yi.push(Math.log(p / (1 - p)));
      vi.push(1 / x + 1 / m);
    }
  });
  checkEstimable(yi, vi, 'xi', 'no events or only events, and no continuity correction');
  return { measure: input.measure, yi, vi };
};

/**
 * Hedges' exact small-sample correction c(m) = Γ(m/2) / (√(m/2) · Γ((m − 1)/2)), with
 * m = n1 + n2 − 2 (metafor's `.cmicalc`, used since metafor 3).
 */
export const smdCorrection = (m: number): number =>
  Math.exp(gammaln(m / 2) - Math.log(Math.sqrt(m / 2)) - gammaln((m - 1) / 2));

const means = (input: MeansInput): EffectSizes => {
  const { m1i, sd1i, n1i, m2i, sd2i, n2i } = input;
  checkColumns([
    ['m1i', m1i],
    ['sd1i', sd1i],
    ['n1i', n1i],
    ['m2i', m2i],
    ['sd2i', sd2i],
    ['n2i', n2i],
  ]);
  checkPositive('sd1i', sd1i);
  checkPositive('sd2i', sd2i);
  checkAtLeast('n1i', n1i, 2, 'for a standard deviation');
  checkAtLeast('n2i', n2i, 2, 'for a standard deviation');
  const yi: number[] = [];
  const vi: number[] = [];
  m1i.forEach((m1, i) => {
    const [m2, s1, s2, n1, n2] = [m2i[i]!, sd1i[i]!, sd2i[i]!, n1i[i]!, n2i[i]!];
    if (input.measure === 'MD') {
      yi.push(m1 - m2);
      vi.push((s1 * s1) / n1 + (s2 * s2) / n2);
      return;
    }
    const m = n1 + n2 - 2;
    const pooledSd = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / m);
    const g = smdCorrection(m) * ((m1 - m2) / pooledSd);
    yi.push(g);
    // vtype "LS": 1/n1 + 1/n2 + g²/(2(n1 + n2)), with the corrected g.
    vi.push(1 / n1 + 1 / n2 + (g * g) / (2 * (n1 + n2)));
  });
  return { measure: input.measure, yi, vi };
};

const generic = (input: GenericInput): EffectSizes => {
  checkColumns([
    ['yi', input.yi],
    ['vi', input.vi],
  ]);
  checkPositive('vi', input.vi);
  return { measure: 'GEN', yi: [...input.yi], vi: [...input.vi] };
};
