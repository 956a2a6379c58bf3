/**
 * Two groups side by side (e.g. the spring and the autumn cohort of a program): each group's
 * statistics at every timepoint, exactly as for the whole analysis set (matrix.ts), and the
 * difference between them where a difference means something.
 */
import { invalid } from '../errors.ts';
import { type SeriesMatrix, timepointStats } from './matrix.ts';
import { welchFromMoments } from './means.ts';
import { newcombeDifference } from './proportions.ts';
import type {
  GroupDimension,
  OutcomeRules,
  PairComparison,
  PairTimepoint,
  Proportion,
  TimepointDef,
} from './types.ts';

/** What to compare: two values of one attribute (two cohort ids). */
export interface PairChoice {
  dimension: GroupDimension;
  a: string;
  b: string;
}

const proportionDifference = (x: Proportion | null, y: Proportion | null) =>
  x && y ? newcombeDifference(x.events, x.n, y.events, y.n) : null;

/**
 * Group A and group B (started enrollments whose `dimension` is `a`, resp. `b`) at every
 * timepoint: each group's TimepointStats, and at every timepoint but the baseline, A − B of
 * - the mean change from baseline, with Welch's 95% interval (the groups' variances may differ);
 * - the response and the remission rate in percentage points, with Newcombe's hybrid score 95%
 *   interval.
 * A difference is null when either group has too few pairs for it. Descriptive: no adjustment
 * for differences between the groups at baseline, nor for testing many timepoints. Refuses the
 * same value twice.
 */
export function comparePair(
  m: SeriesMatrix,
  choice: PairChoice,
  timepoints: TimepointDef[],
  baseline: number,
  rules: OutcomeRules,
): PairComparison {
  if (choice.a === choice.b) throw invalid('compareWith', 'name-different-group-from-compare');
  const rowsOf = (value: string): Int32Array => {
    const rows: number[] = [];
    for (let i = 0; i < m.rows; i++) if (m.attribute(i, choice.dimension) === value) rows.push(i);
    return Int32Array.from(rows);
  };
  const rowsA = rowsOf(choice.a);
  const rowsB = rowsOf(choice.b);
  const statsA = timepointStats(m, rowsA, timepoints, baseline, rules);
  const statsB = timepointStats(m, rowsB, timepoints, baseline, rules);
  const rows = timepoints.map((tp, t): PairTimepoint => {
    const a = statsA[t]!;
    const b = statsB[t]!;
    const atBaseline = t === baseline;
    return {
      key: tp.key,
      label: tp.label,
      role: tp.role,
      a,
      b,
      meanChangeDifference: !atBaseline && a.change && b.change ? welchFromMoments(a.change, b.change) : null,
      responseDifference: atBaseline ? null : proportionDifference(a.response, b.response),
      remissionDifference: atBaseline ? null : proportionDifference(a.remission, b.remission),
    };
  });
  return {
    dimension: choice.dimension,
    a: { group: choice.a, subjects: rowsA.length },
    b: { group: choice.b, subjects: rowsB.length },
    timepoints: rows,
  };
}
