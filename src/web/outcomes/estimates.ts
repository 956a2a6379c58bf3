/**
 * Each timepoint's mean under the four ways of handling missing data, with a standard error and
 * 95% interval for each, as the missing-data table and the chart show them. The server sends n,
 * mean and SD for observed cases, completers and LOCF; their interval is the one-sample t interval
 * mean ± t(0.975, n − 1)·SD/√n, computed here. The mixed model's mean, SE and normal-approximation
 * interval come from the server as they are.
 */
import { qt } from '../../domain/meta/distributions.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { type OutcomeReport, shown } from './api.ts';
import { fixed } from './format.ts';

export const METHODS = ['observed', 'completers', 'locf', 'lmm'] as const;
export type Method = (typeof METHODS)[number];

export const METHOD_LABELS: Record<Method, string> = translatedLabels('outcomes:methods', METHODS);

export interface Estimate {
  n: number | null;
  mean: number;
  se: number | null;
  ci: { lower: number; upper: number } | null;
}

interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
}

/** Mean, SE = SD/√n and the t interval; the mean alone below 2 values; null without a mean. */
export function tEstimate(s: Summary): Estimate | null {
  if (s.mean === null || !Number.isFinite(s.mean)) return null;
  if (s.n < 2 || s.sd === null || !Number.isFinite(s.sd)) return { n: s.n, mean: s.mean, se: null, ci: null };
  const se = s.sd / Math.sqrt(s.n);
  const half = qt(0.975, s.n - 1) * se;
  return { n: s.n, mean: s.mean, se, ci: { lower: s.mean - half, upper: s.mean + half } };
}

export type MissingDataRow = OutcomeReport['missingData'][number];

/** One timepoint's estimate under one method, or null when there is none (or it is withheld). */
export function estimateOf(row: MissingDataRow, method: Method): Estimate | null {
  if (method === 'lmm') {
    const lmm = shown(row.lmm);
    return lmm ? { n: null, ...lmm } : null;
  }
  const summary = shown(row[method]);
  return summary ? tEstimate(summary) : null;
}

export interface ChartPoint {
  method: Method;
  label: string;
  /** Timepoint position in schedule order (0, 1, 2 …), nudged sideways by method. */
  x: number;
  index: number;
  mean: number;
  lower: number | null;
  upper: number | null;
}

/** How far each method's points sit from the timepoint's centre, so the four do not overlap. */
const NUDGE: Record<Method, number> = { observed: -0.15, completers: -0.05, locf: 0.05, lmm: 0.15 };

/** The chart's points: every timepoint × method that has a mean. */
export function chartPoints(rows: readonly MissingDataRow[]): ChartPoint[] {
  const out: ChartPoint[] = [];
  rows.forEach((row, index) => {
    for (const method of METHODS) {
      const e = estimateOf(row, method);
      if (!e) continue;
      out.push({
        method,
        label: row.label,
        x: index + NUDGE[method],
        index,
        mean: e.mean,
        lower: e.ci?.lower ?? null,
        upper: e.ci?.upper ?? null,
      });
    }
  });
  return out;
}

const one = (x: number) => fixed(x, 1);

/**
 * The chart in words, for its caption and aria description: what is plotted, then the observed
 * mean from first to last timepoint, and where the other methods end up.
 */
export function chartSummary(rows: readonly MissingDataRow[], instrument: string): string {
  const points = chartPoints(rows);
  const intro = tKey('outcomes:chart.intro', { instrument, count: rows.length });
  const observed = points.filter((p) => p.method === 'observed');
  if (observed.length === 0) return `${intro} ${tKey('outcomes:chart.noScores')}`;
  const first = observed[0]!;
  const last = observed[observed.length - 1]!;
  const trend =
    first === last
      ? tKey('outcomes:chart.observedOne', { mean: one(first.mean), timepoint: first.label })
      : tKey('outcomes:chart.observedTwo', {
          first: one(first.mean),
          firstTimepoint: first.label,
          last: one(last.mean),
          lastTimepoint: last.label,
        });
  const lastIndex = last.index;
  const others = METHODS.filter((m) => m !== 'observed')
    .map((m) => points.find((p) => p.method === m && p.index === lastIndex))
    .filter((p): p is ChartPoint => p !== undefined)
    .map((p) => `${METHOD_LABELS[p.method]} ${one(p.mean)}`);
  const tables = tKey('outcomes:chart.tablesBelow');
  return others.length
    ? `${intro} ${trend} ${tKey('outcomes:chart.others', { timepoint: last.label, others: others.join(', ') })} ${tables}`
    : `${intro} ${trend} ${tables}`;
}
