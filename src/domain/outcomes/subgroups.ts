/**
 * Subgroups: the per-timepoint statistics within each value of one attribute (age band, sex,
 * condition, arm, …), and each group compared with a reference group.
 */
import { type SeriesMatrix, timepointStats } from './matrix.ts';
import { welchFromMoments } from './means.ts';
import { newcombeDifference } from './proportions.ts';
import type {
  GroupComparison,
  GroupDimension,
  GroupResult,
  OutcomeRules,
  SubgroupReport,
  TimepointDef,
} from './types.ts';

/** The group of enrollments whose attribute is not recorded. */
export const NOT_RECORDED = '(not recorded)';

/** Recorded values in code-point order, then '(not recorded)'. */
const groupOrder = (a: string, b: string): number =>
  a === b ? 0 : a === NOT_RECORDED ? 1 : b === NOT_RECORDED ? -1 : a < b ? -1 : 1;

/**
 * Groups the started enrollments by `dimension` (null → '(not recorded)') and computes each
 * group's TimepointStats exactly as for the whole analysis set. The groups are listed in
 * code-point order of their values, '(not recorded)' last. The reference is `reference` when that
 * group exists, otherwise the largest group (ties: the first in that order). Every other group is
 * compared with it at every timepoint but the baseline:
 * - mean change from baseline, group − reference, with Welch's 95% interval (means.ts);
 * - response rate, group − reference in percentage points, with Newcombe's hybrid score interval
 *   (proportions.ts); null when the instrument has no response criterion.
 * Each is null when either group has too few pairs for it. The comparisons are descriptive: no
 * adjustment for multiplicity or for differences between the groups at baseline.
 * Null when there are no started enrollments.
 */
export function subgroups(
  m: SeriesMatrix,
  dimension: GroupDimension,
  reference: string | undefined,
  timepoints: TimepointDef[],
  baseline: number,
  rules: OutcomeRules,
): SubgroupReport | null {
  // Each enrollment's group index, then each group's rows as one typed array (no per-enrollment
  // allocation; the attribute values are usually the same few strings).
  const values: string[] = [];
  const indexOf = new Map<string, number>();
  const groupOf = new Int32Array(m.rows);
  const sizes: number[] = [];
  for (let i = 0, last = -1; i < m.rows; i++) {
    const value = m.attribute(i, dimension) ?? NOT_RECORDED;
    let g = last >= 0 && values[last] === value ? last : (indexOf.get(value) ?? -1);
    if (g < 0) {
      g = values.length;
      values.push(value);
      indexOf.set(value, g);
      sizes.push(0);
    }
    groupOf[i] = last = g;
    sizes[g]! += 1;
  }
  if (values.length === 0) return null;
  const lists = sizes.map((size) => new Int32Array(size));
  const filled = new Int32Array(values.length);
  for (let i = 0; i < m.rows; i++) {
    const g = groupOf[i]!;
    lists[g]![filled[g]!++] = i;
  }
  const members = new Map(values.map((value, g) => [value, lists[g]!]));
  const names = [...values].sort(groupOrder);
  let ref = names[0]!;
  if (reference !== undefined && members.has(reference)) ref = reference;
  else for (const g of names) if (members.get(g)!.length > members.get(ref)!.length) ref = g;

  const groups: GroupResult[] = names.map((group) => {
    const rows = members.get(group)!;
    return { group, subjects: rows.length, timepoints: timepointStats(m, rows, timepoints, baseline, rules) };
  });
  const refStats = groups.find((g) => g.group === ref)!.timepoints;
  const comparisons: GroupComparison[] = [];
  for (const g of groups) {
    if (g.group === ref) continue;
    g.timepoints.forEach((here, t) => {
      if (t === baseline) return;
      const there = refStats[t]!;
      comparisons.push({
        timepointKey: here.key,
        group: g.group,
        reference: ref,
        meanChangeDifference:
          here.change && there.change ? welchFromMoments(here.change, there.change) : null,
        responseDifference:
          here.response && there.response
            ? newcombeDifference(
                here.response.events,
                here.response.n,
                there.response.events,
                there.response.n,
              )
            : null,
      });
    });
  }
  return { dimension, reference: ref, groups, comparisons };
}
