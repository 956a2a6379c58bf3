/**
 * Outcome analytics for one instrument in one program: from each started enrollment's series of
 * scores to the report's per-timepoint statistics, missing-data views, mixed-model estimates,
 * durability of response and subgroup comparisons. Pure: no I/O, no clock.
 *
 * The analysis set is the enrollments that started treatment (`started`); the baseline is the
 * first timepoint with role 'baseline' (the first timepoint when none has it). A timepoint is
 * expected for an enrollment when its point applies to it and is due (answered, or its window has
 * closed); a point that is still open is neither expected nor missing.
 */
import { invalid } from '../errors.ts';
import { comparePair } from './compare.ts';
import { durability } from './durability.ts';
import { fitRandomIntercept, type LmmResult } from './lmm.ts';
import { allRows, type SeriesMatrix, seriesMatrix, timepointStats } from './matrix.ts';
import { meanSummary } from './means.ts';
import { subgroups } from './subgroups.ts';
import {
  type AnalysisInput,
  GROUP_DIMENSIONS,
  type MissingDataRow,
  type OutcomeReport,
  type TimepointDef,
  type TimepointStats,
} from './types.ts';

/** The analysis input with the series already as a matrix (matrix.ts). */
export interface MatrixInput extends Omit<AnalysisInput, 'subjects'> {
  matrix: SeriesMatrix;
}

/**
 * Analyses one instrument's series (see the module comment for the analysis set). Per timepoint:
 * TimepointStats (matrix.ts). Missing data: the observed-cases mean beside the completers' mean,
 * last observation carried forward, and the random-intercept mixed model (lmm.ts), so that a
 * reader sees how much the answer depends on who dropped out. Then durability (durability.ts) and,
 * when `groupBy` is given, subgroups (subgroups.ts). Throws a validation DomainError for input it
 * cannot analyse (no timepoints, a repeated timepoint key, a score that is not a finite number, an
 * endpoint that is not a timepoint after the baseline).
 */
export function analyseOutcomes(input: AnalysisInput): OutcomeReport {
  validate(input);
  const { subjects, ...rest } = input;
  return analyseMatrix({ ...rest, matrix: seriesMatrix(input.timepoints, subjects) });
}

/**
 * The same analysis from a matrix already built (a reader that keeps a program's series as
 * columns builds it without per-subject objects; its scores must be finite or NaN, its columns in
 * `timepoints` order).
 */
export function analyseMatrix(input: MatrixInput): OutcomeReport {
  validate(input);
  const { rules, timepoints, matrix: m } = input;
  if (m.p !== timepoints.length) throw invalid('matrix', 'have-one-column-per-timepoint');
  // findIndex gives −1 when no timepoint is the baseline: the first one is then.
  const baseline = Math.max(
    0,
    timepoints.findIndex((t) => t.role === 'baseline'),
  );
  const stats = timepointStats(m, allRows(m), timepoints, baseline, rules);
  const lmm = fitRandomIntercept(m.scores, m.p);
  return {
    instrumentId: rules.instrumentId,
    rules,
    subjects: m.rows,
    timepoints: stats,
    missingData: missingData(m, timepoints, baseline, stats, lmm),
    lmm: lmm?.fit ?? null,
    durability: durability(m, timepoints, baseline, rules, input.endpoint),
    subgroups: input.groupBy
      ? subgroups(m, input.groupBy, input.reference, timepoints, baseline, rules)
      : null,
    comparison: input.compare ? comparePair(m, input.compare, timepoints, baseline, rules) : null,
  };
}

/**
 * Each timepoint's mean four ways:
 * - observed: everyone assessed there (the TimepointStats mean);
 * - completers: enrollments assessed at baseline and at every timepoint due for them, at the
 *   timepoints where they were assessed (a completer's not-yet-due timepoints are simply absent);
 * - LOCF: enrollments assessed at baseline; at each timepoint due for them, their last score at or
 *   before it in schedule order (assumes a missed score would have equalled the last one);
 * - LMM: the mixed model's estimate from every observed score.
 */
function missingData(
  m: SeriesMatrix,
  timepoints: TimepointDef[],
  baseline: number,
  stats: TimepointStats[],
  lmm: LmmResult | null,
): MissingDataRow[] {
  const { p, rows, scores, due } = m;
  const b0 = baseline * rows;
  // Per timepoint, the completers' and the LOCF values, compacted into one buffer each.
  const completers = new Float64Array(rows * p);
  const locf = new Float64Array(rows * p);
  const nCompleters = new Int32Array(p);
  const nLocf = new Int32Array(p);
  for (let i = 0; i < rows; i++) {
    if (Number.isNaN(scores[b0 + i]!)) continue;
    let complete = true;
    for (let t = 0, o = i; t < p; t++, o += rows) {
      if (due[o] && Number.isNaN(scores[o]!)) {
        complete = false;
        break;
      }
    }
    let last = Number.NaN;
    for (let t = 0, o = i; t < p; t++, o += rows) {
      const y = scores[o]!;
      if (!Number.isNaN(y)) {
        last = y;
        if (complete) completers[t * rows + nCompleters[t]!++] = y;
      }
      if (due[o] && !Number.isNaN(last)) locf[t * rows + nLocf[t]!++] = last;
    }
  }
  return timepoints.map(
    (tp, t): MissingDataRow => ({
      key: tp.key,
      label: tp.label,
      observed: stats[t]!.observed,
      completers: meanSummary(completers.subarray(t * rows, t * rows + nCompleters[t]!)),
      locf: meanSummary(locf.subarray(t * rows, t * rows + nLocf[t]!)),
      lmm: lmm?.estimates[t] ?? null,
    }),
  );
}

function validate(input: Omit<AnalysisInput, 'subjects'>): void {
  const { rules, timepoints } = input;
  if (timepoints.length === 0) throw invalid('timepoints', 'list-at-least-one-timepoint');
  const seen = new Set<string>();
  for (const t of timepoints) {
    if (seen.has(t.key)) throw invalid('timepoints', 'key-appears-more-than-once', { key: t.key });
    seen.add(t.key);
  }
  if (rules.better !== 'lower' && rules.better !== 'higher') {
    throw invalid('rules.better', 'lower-higher');
  }
  for (const field of ['responsePercent', 'remissionMaxTotal', 'reliableChangePoints'] as const) {
    const value = rules[field];
    if (value !== null && !Number.isFinite(value)) throw invalid(`rules.${field}`, 'number-null');
  }
  if (input.groupBy !== undefined && !GROUP_DIMENSIONS.includes(input.groupBy)) {
    throw invalid('groupBy', 'one-of', { allowed: GROUP_DIMENSIONS.join(', ') });
  }
}
