/**
 * The tidy CSV of a program's outcomes: one row per client × timepoint × instrument, with the
 * values a re-analysis needs (score, baseline, change, response, remission, reliable change,
 * whether the timepoint was due and assessed). Missing values are NA and flags TRUE/FALSE, so R's
 * read.csv and pandas' read_csv read it as is. Researchers get pseudonymous ids and every date of
 * a client shifted by that client's own number of days (src/server/outcomes/deidentify.ts).
 * Streamed page by page: memory stays flat however large the program.
 */
import { stringify } from 'csv-stringify/sync';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { hasStarted } from '../../domain/outcomes/attributes.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { parsePoints } from '../../domain/outcomes/stored.ts';
import { programTimepoints } from '../../domain/outcomes/timepoints.ts';
import type { OutcomeRules, TimepointDef } from '../../domain/outcomes/types.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { pseudonym, shiftDate, shiftDays, shiftInstant } from './deidentify.ts';
import { deriveStale } from './derive.ts';
import * as repo from './repository.ts';
import type { OutcomeQuery } from './schema.ts';
import { analysableInstruments, chooseInstrument, filtersOf, loadProgram } from './service.ts';

export const CSV_COLUMNS = [
  'client',
  'enrollment',
  'program',
  'program_version',
  'cohort',
  'arm',
  'condition',
  'age_band',
  'sex',
  'gender',
  'start_date',
  'status',
  'stage_reached',
  'started',
  'instrument',
  'timepoint',
  'timepoint_label',
  'timepoint_order',
  'timepoint_role',
  'due_at',
  'window_closes_at',
  'administered_at',
  'due',
  'assessed',
  'score',
  'baseline_score',
  'change',
  'response',
  'remission',
  'reliable_change',
] as const;

const PAGE = 2000;
const NA = 'NA';
const flag = (b: boolean | null) => (b === null ? NA : b ? 'TRUE' : 'FALSE');
const num = (n: number | null) => (n === null ? NA : String(n));

export interface CsvExport {
  filename: string;
  rows: AsyncGenerator<string>;
}

export async function exportCsv(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  q: OutcomeQuery,
): Promise<CsvExport> {
  const db = ctx.db.kysely;
  const p = await loadProgram(ctx, scope, programId);
  const only = q.instrument === undefined ? null : chooseInstrument(p.versions, q.instrument);
  const instruments = only ? [only] : analysableInstruments(p.versions);
  const deidentified = scope.role === 'researcher';
  await deriveStale(db, scope.organizationId);
  const key = deidentified ? await repo.researchKey(db, scope.organizationId) : '';
  await db.transaction().execute((trx) =>
    ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'outcomes.export',
      entityType: 'program',
      entityId: programId,
      details: { instruments, deidentified, filters: filtersOf(q) },
    }),
  );

  const plans = new Map<
    string,
    { rules: OutcomeRules; timepoints: TimepointDef[]; baseline: string | null }
  >();
  for (const id of instruments) {
    const timepoints = programTimepoints(p.versions, id);
    plans.set(id, {
      rules: outcomeRules(getInstrument(id))!,
      timepoints,
      baseline: timepoints[0]?.key ?? null,
    });
  }
  const filters = filtersOf(q);

  async function* rows(): AsyncGenerator<string> {
    yield stringify([[...CSV_COLUMNS]]);
    let after: [string, string] | null = null;
    for (;;) {
      const page = await repo.seriesOf(db, scope.organizationId, programId, null, filters, {
        after,
        limit: PAGE,
      });
      if (page.length === 0) return;
      after = [page.at(-1)!.enrollment_id, page.at(-1)!.instrument_id];
      const records: string[][] = [];
      const now = Math.floor(Date.now() / 1000);
      for (const r of page) {
        const plan = plans.get(r.instrument_id);
        if (!plan) continue;
        const shift = deidentified ? shiftDays(key, r.client_id) : 0;
        const instant = (s: number | null) => (s === null ? NA : shiftInstant(s, shift));
        const points = parsePoints(r.points);
        const byKey = new Map(points.map((pt) => [pt[0], pt]));
        const baseline = plan.baseline ? (byKey.get(plan.baseline)?.[1] ?? null) : null;
        const order = new Map(plan.timepoints.map((t, i) => [t.key, i]));
        for (const [tpKey, score, dueAt, closesAt, answeredAt] of points) {
          const tp = plan.timepoints[order.get(tpKey) ?? -1];
          const isBaseline = tpKey === plan.baseline;
          const change = score !== null && baseline !== null && !isBaseline ? score - baseline : null;
          const improvement = change === null ? null : plan.rules.better === 'lower' ? -change : change;
          records.push([
            deidentified ? pseudonym(key, 'S', r.client_id) : r.client_id,
            deidentified ? pseudonym(key, 'E', r.enrollment_id) : r.enrollment_id,
            p.program.name,
            String(r.program_version),
            r.cohort_id
              ? deidentified
                ? pseudonym(key, 'C', r.cohort_id)
                : (p.cohorts.get(r.cohort_id) ?? r.cohort_id)
              : NA,
            r.arm ?? NA,
            r.condition ?? NA,
            r.age_band ?? NA,
            r.sex ?? NA,
            r.gender ?? NA,
            deidentified ? shiftDate(r.start_date, shift) : r.start_date,
            r.status,
            r.reached,
            flag(hasStarted(r.reached)),
            r.instrument_id,
            tpKey,
            tp?.label ?? tpKey,
            tp ? String((order.get(tpKey) ?? 0) + 1) : NA,
            tp?.role ?? NA,
            instant(dueAt),
            instant(closesAt),
            instant(answeredAt),
            flag(score !== null || (closesAt !== null && closesAt < now)),
            flag(score !== null),
            num(score),
            num(baseline),
            num(change),
            flag(
              improvement === null || plan.rules.responsePercent === null || baseline === null
                ? null
                : baseline > 0 && (improvement / baseline) * 100 >= plan.rules.responsePercent,
            ),
            flag(
              isBaseline || score === null || plan.rules.remissionMaxTotal === null || baseline === null
                ? null
                : score <= plan.rules.remissionMaxTotal,
            ),
            improvement === null || plan.rules.reliableChangePoints === null
              ? NA
              : Math.abs(improvement) >= plan.rules.reliableChangePoints
                ? improvement > 0
                  ? 'improved'
                  : 'deteriorated'
                : 'unchanged',
          ]);
        }
      }
      yield stringify(records);
    }
  }

  const slug =
    p.program.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'program';
  return {
    filename: `${slug}-outcomes${deidentified ? '-deidentified' : ''}.csv`,
    rows: rows(),
  };
}
