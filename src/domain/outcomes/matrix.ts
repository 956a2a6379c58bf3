/**
 * The analysis set as flat arrays, and the per-timepoint statistics over any subset of it. The
 * report's input is one object per enrollment; everything after this file works on a timepoint ×
 * subject matrix (NaN = no score) and a matching "due" mask, so that 100,000 enrollments cost a
 * few sequential passes over typed arrays and no per-subject objects.
 */
import { invalid } from '../errors.ts';
import { meanSummary, pairedChange } from './means.ts';
import { wilson } from './proportions.ts';
import type { GroupDimension, OutcomeRules, OutcomeSubject, TimepointDef, TimepointStats } from './types.ts';
import { reliableDirection, remits, responds } from './verdicts.ts';

/**
 * Started enrollments × timepoints, stored timepoint by timepoint: enrollment i's value at
 * timepoint t is at index t·rows + i, so that each timepoint's values are contiguous.
 */
export interface SeriesMatrix {
  /** Number of timepoints. */
  p: number;
  /** Number of started enrollments. */
  rows: number;
  /** The score, or NaN when there is none (not answered, not due, or the point does not apply). */
  scores: Float64Array;
  /**
   * 1 when the point applies to the enrollment and is due (answered, or its window closed). A point
   * with a score counts as due even if marked otherwise: it was answered.
   */
  due: Uint8Array;
  /** Row i's value of a subgroup attribute (null: not recorded). */
  attribute(i: number, dimension: GroupDimension): string | null;
  /** Row i's enrollment id, where the matrix was built from identified rows. */
  id?(i: number): string;
}

/** The started subjects' series as a matrix; refuses scores that are not finite numbers. */
export function seriesMatrix(timepoints: TimepointDef[], subjects: OutcomeSubject[]): SeriesMatrix {
  const started = subjects.filter((s) => s.started);
  const p = timepoints.length;
  const rows = started.length;
  const scores = new Float64Array(rows * p).fill(Number.NaN);
  const due = new Uint8Array(rows * p);
  const keys = timepoints.map((t) => t.key);
  // Subject by subject (one object's points at a time, which is what costs: the memory reads),
  // writing p sequential streams.
  for (let i = 0; i < rows; i++) {
    const points = started[i]!.points;
    for (let t = 0, o = i; t < p; t++, o += rows) {
      const point = points[keys[t]!];
      if (point === undefined) continue;
      const score = point.score;
      if (score === null) {
        if (point.due) due[o] = 1;
        continue;
      }
      if (typeof score !== 'number' || !Number.isFinite(score)) {
        throw invalid(`subjects.${started[i]!.id}.points.${keys[t]}.score`, 'finite-number-null');
      }
      scores[o] = score;
      due[o] = 1;
    }
  }
  return {
    p,
    rows,
    scores,
    due,
    attribute: (i, dimension) => started[i]!.attributes[dimension],
    id: (i) => started[i]!.id,
  };
}

/** Every row index, for statistics over the whole analysis set. */
export const allRows = (m: SeriesMatrix): Int32Array => {
  const rows = new Int32Array(m.rows);
  for (let i = 0; i < m.rows; i++) rows[i] = i;
  return rows;
};

/**
 * The statistics of TimepointStats for the given rows of the matrix, one per timepoint:
 * expected (due), assessed (scored), the observed mean and SD; and, except at the baseline column,
 * among those scored at both baseline and the timepoint: the paired change (means.ts), response
 * and remission as Wilson proportions, and the counts of reliable improvement and deterioration
 * (verdicts.ts: |change| ≥ the threshold, split by the direction of improvement).
 */
export function timepointStats(
  m: SeriesMatrix,
  rows: Int32Array,
  timepoints: TimepointDef[],
  baseline: number,
  rules: OutcomeRules,
): TimepointStats[] {
  const { scores, due } = m;
  const n = m.rows;
  const observedBuffer = new Float64Array(rows.length);
  const baseBuffer = new Float64Array(rows.length);
  const followBuffer = new Float64Array(rows.length);
  const { better, responsePercent, remissionMaxTotal, reliableChangePoints } = rules;
  const b0 = baseline * n;
  return timepoints.map((tp, t): TimepointStats => {
    let expected = 0;
    let assessed = 0;
    let pairs = 0;
    let responders = 0;
    let remitted = 0;
    let improved = 0;
    let deteriorated = 0;
    const atBaseline = t === baseline;
    const o = t * n;
    for (let r = 0; r < rows.length; r++) {
      const i = rows[r]!;
      expected += due[o + i]!;
      const y = scores[o + i]!;
      if (Number.isNaN(y)) continue;
      observedBuffer[assessed++] = y;
      const b = scores[b0 + i]!;
      if (atBaseline || Number.isNaN(b)) continue;
      baseBuffer[pairs] = b;
      followBuffer[pairs++] = y;
      if (responsePercent !== null && responds(b, y, better, responsePercent)) responders++;
      if (remissionMaxTotal !== null && remits(y, remissionMaxTotal)) remitted++;
      if (reliableChangePoints !== null) {
        const direction = reliableDirection(b, y, better, reliableChangePoints);
        if (direction === 'improved') improved++;
        else if (direction === 'deteriorated') deteriorated++;
      }
    }
    return {
      key: tp.key,
      label: tp.label,
      role: tp.role,
      expected,
      assessed,
      missing: expected - assessed,
      observed: meanSummary(observedBuffer.subarray(0, assessed)),
      change: atBaseline
        ? null
        : pairedChange(baseBuffer.subarray(0, pairs), followBuffer.subarray(0, pairs), better),
      response: atBaseline || responsePercent === null ? null : wilson(responders, pairs),
      remission: atBaseline || remissionMaxTotal === null ? null : wilson(remitted, pairs),
      reliable: atBaseline || reliableChangePoints === null ? null : { n: pairs, improved, deteriorated },
    };
  });
}
