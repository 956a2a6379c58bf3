/**
 * The dashboard's summary tables as one tidy CSV: one row per table × group × timepoint ×
 * statistic, with its n, estimate and 95% interval. Made from the report exactly as this reader
 * gets it (service.ts), so a researcher's small cells are withheld here too: such a row has NA
 * for its numbers and says why in `suppressed`. Tables: `timepoints` (the analysis set), `cohorts`
 * (the two cohorts compared, and A − B) and `subgroups` (each group, and each against the
 * reference) when the report has them.
 */

import type { OutcomeQuery, Outcomes } from '../../api/outcomes.ts';
import { isSuppressed, type Suppressed } from '../../domain/outcomes/disclosure.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { type CsvCell, csvLines } from '../http/csv.ts';
import { programOutcomes } from './service.ts';

export const SUMMARY_COLUMNS = [
  'table',
  'group',
  'timepoint',
  'timepoint_label',
  'statistic',
  'n',
  'estimate',
  'lower',
  'upper',
  'suppressed',
] as const;

type Report = Exclude<NonNullable<Outcomes['report']>, Suppressed>;
type Timepoint = Report['timepoints'][number];
type Interval = { lower: number; upper: number } | null;
type Row = CsvCell[];

interface Where {
  table: string;
  group: string;
  key: string;
  label: string;
}

const row = (w: Where, statistic: string, n: number | null, estimate: number | null, ci: Interval): Row => [
  w.table,
  w.group,
  w.key,
  w.label,
  statistic,
  n,
  estimate,
  ci?.lower ?? null,
  ci?.upper ?? null,
  null,
];
const withheld = (w: Where, statistic: string, s: Suppressed): Row => [
  w.table,
  w.group,
  w.key,
  w.label,
  statistic,
  null,
  null,
  null,
  null,
  s.suppressed.reason,
];

/** One aggregate: withheld, absent (no row), or its rows. */
function stat<T extends object>(
  w: Where,
  statistic: string,
  x: T | Suppressed | null,
  rows: (x: T) => Row[],
): Row[] {
  if (x === null) return [];
  return isSuppressed(x) ? [withheld(w, statistic, x)] : rows(x as T);
}

/** A timepoint's rows: counts, observed mean and SD, change and effect size, response, remission, reliable change. */
function timepointRows(w: Where, t: Timepoint): Row[] {
  return [
    row(w, 'expected', null, t.expected, null),
    row(w, 'assessed', null, t.assessed, null),
    ...stat(w, 'observed_mean', t.observed, (o) => [
      row(w, 'observed_mean', o.n, o.mean, null),
      row(w, 'observed_sd', o.n, o.sd, null),
    ]),
    ...stat(w, 'change_mean', t.change, (c) => [
      row(w, 'change_mean', c.n, c.mean, c.ci),
      row(w, 'effect_size', c.n, c.effectSize, c.effectSizeCi),
    ]),
    ...stat(w, 'response_percent', t.response, (p) => [row(w, 'response_percent', p.n, p.percent, p.ci)]),
    ...stat(w, 'remission_percent', t.remission, (p) => [row(w, 'remission_percent', p.n, p.percent, p.ci)]),
    ...stat(w, 'reliable_improved', t.reliable, (r) => [
      row(w, 'reliable_improved', r.n, r.improved, null),
      row(w, 'reliable_deteriorated', r.n, r.deteriorated, null),
    ]),
  ];
}

type Diff = { estimate: number; ci: { lower: number; upper: number } };
const diffRow = (w: Where, statistic: string, d: Diff | Suppressed | null): Row[] =>
  stat(w, statistic, d, (x) => [row(w, statistic, null, x.estimate, x.ci)]);

function comparisonRows(c: NonNullable<Report['comparison']>): Row[] {
  return c.timepoints.flatMap((t) => {
    const at = (group: string): Where => ({ table: 'cohorts', group, key: t.key, label: t.label });
    const side = (group: string, s: Timepoint | Suppressed): Row[] =>
      isSuppressed(s) ? [withheld(at(group), 'all', s)] : timepointRows(at(group), s);
    const d = at(`${c.a.group} − ${c.b.group}`);
    return [
      ...side(c.a.group, t.a),
      ...side(c.b.group, t.b),
      ...diffRow(d, 'change_mean_difference', t.meanChangeDifference),
      ...diffRow(d, 'response_difference_pp', t.responseDifference),
      ...diffRow(d, 'remission_difference_pp', t.remissionDifference),
    ];
  });
}

function subgroupRows(s: NonNullable<Report['subgroups']>): Row[] {
  const groups = s.groups.flatMap((g) =>
    isSuppressed(g)
      ? [withheld({ table: 'subgroups', group: g.group, key: '', label: '' }, 'all', g)]
      : g.timepoints.flatMap((t) =>
          timepointRows({ table: 'subgroups', group: g.group, key: t.key, label: t.label }, t),
        ),
  );
  const comparisons = s.comparisons.flatMap((c) => {
    const w: Where = {
      table: 'subgroups',
      group: `${c.group} − ${c.reference}`,
      key: c.timepointKey,
      label: '',
    };
    if (isSuppressed(c)) return [withheld(w, 'all', c)];
    return [
      ...diffRow(w, 'change_mean_difference', c.meanChangeDifference),
      ...diffRow(w, 'response_difference_pp', c.responseDifference),
    ];
  });
  return [...groups, ...comparisons];
}

/** The summary rows of a report as this reader sees it (header first). */
export function summaryRows(outcomes: Outcomes): Row[] {
  const rows: Row[] = [[...SUMMARY_COLUMNS]];
  const r = outcomes.report;
  if (r === null) return rows;
  if (isSuppressed(r)) {
    rows.push(withheld({ table: 'timepoints', group: 'all', key: '', label: '' }, 'all', r));
    return rows;
  }
  for (const t of r.timepoints)
    rows.push(...timepointRows({ table: 'timepoints', group: 'all', key: t.key, label: t.label }, t));
  if (r.comparison) rows.push(...comparisonRows(r.comparison));
  if (r.subgroups) rows.push(...subgroupRows(r.subgroups));
  return rows;
}

export async function summaryCsv(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  q: OutcomeQuery,
): Promise<{ filename: string; text: string }> {
  const outcomes = await programOutcomes(ctx, scope, programId, q);
  const instrument = outcomes.instrument?.id ?? 'none';
  return {
    filename: `outcomes-summary-${programId.slice(0, 8)}-${instrument}.csv`,
    text: csvLines(summaryRows(outcomes)),
  };
}
