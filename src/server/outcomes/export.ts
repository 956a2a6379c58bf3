/**
 * The tidy CSV of a program's outcomes: one row per client × timepoint × instrument, with the
 * values a re-analysis needs (score, baseline, change, response, remission, reliable change,
 * whether the timepoint was due and assessed). Missing values are NA and flags TRUE/FALSE, so R's
 * read.csv and pandas' read_csv read it as is; text that a spreadsheet would take for a formula is
 * guarded (src/server/http/csv.ts). Response, remission and reliable change are each row's verdict
 * from src/domain/outcomes/verdicts.ts, the rule the report counts with. Researchers get
 * pseudonymous ids, their own cohort keys (viewer.ts) and every date of a client shifted by that
 * client's own number of days (deidentify.ts). Streamed page by page: memory stays flat however
 * large the program.
 */

import type { OutcomeQuery } from '../../api/outcomes.ts';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { hasStarted } from '../../domain/outcomes/attributes.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { parsePoints } from '../../domain/outcomes/stored.ts';
import { programTimepoints } from '../../domain/outcomes/timepoints.ts';
import type { OutcomeRules, TimepointDef } from '../../domain/outcomes/types.ts';
import { pairVerdict } from '../../domain/outcomes/verdicts.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { type CsvCell, csvLines } from '../http/csv.ts';
import { pseudonym, shiftDate, shiftDays, shiftInstant } from './deidentify.ts';
import { deriveStale } from './derive.ts';
import * as repo from './repository.ts';
import { analysableInstruments, chooseInstrument, filtersOf, loadProgram } from './service.ts';
import { outcomeViewer } from './viewer.ts';

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
const flag = (b: boolean | null | undefined): CsvCell => (b == null ? null : b ? 'TRUE' : 'FALSE');

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
  const p = await loadProgram(ctx, scope.organizationId, programId);
  const only = q.instrument === undefined ? null : chooseInstrument(p.versions, q.instrument);
  const instruments = only ? [only] : analysableInstruments(p.versions);
  const viewer = await outcomeViewer(ctx, scope, p.cohorts);
  const { deidentified, key } = viewer;
  const filters = filtersOf(q, viewer);
  await deriveStale(db, scope.organizationId);
  await db.transaction().execute((trx) =>
    ctx.audit.append(trx, scope.actor, {
      organizationId: scope.organizationId,
      action: 'outcomes.export',
      entityType: 'program',
      entityId: programId,
      details: { instruments, deidentified, filters },
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

  async function* rows(): AsyncGenerator<string> {
    yield csvLines([[...CSV_COLUMNS]]);
    let after: [string, string] | null = null;
    for (;;) {
      const page = await repo.seriesOf(db, scope.organizationId, programId, null, filters, {
        after,
        limit: PAGE,
      });
      if (page.length === 0) return;
      after = [page.at(-1)!.enrollment_id, page.at(-1)!.instrument_id];
      const records: CsvCell[][] = [];
      const now = Math.floor(Date.now() / 1000);
      for (const r of page) {
        const plan = plans.get(r.instrument_id);
        if (!plan) continue;
        const shift = deidentified ? shiftDays(key, r.client_id) : 0;
        const instant = (s: number | null) => (s === null ? null : shiftInstant(s, shift));
        const points = parsePoints(r.points);
        const byKey = new Map(points.map((pt) => [pt[0], pt]));
        const baseline = plan.baseline ? (byKey.get(plan.baseline)?.[1] ?? null) : null;
        const order = new Map(plan.timepoints.map((t, i) => [t.key, i]));
        for (const [tpKey, score, dueAt, closesAt, answeredAt] of points) {
          const tp = plan.timepoints[order.get(tpKey) ?? -1];
          const isBaseline = tpKey === plan.baseline;
          const verdict =
            score !== null && baseline !== null && !isBaseline
              ? pairVerdict(plan.rules, baseline, score)
              : null;
          records.push([
            deidentified ? pseudonym(key, 'S', r.client_id) : r.client_id,
            deidentified ? pseudonym(key, 'E', r.enrollment_id) : r.enrollment_id,
            p.program.name,
            r.program_version,
            r.cohort_id ? viewer.cohort(r.cohort_id) : null,
            r.arm,
            r.condition,
            r.age_band,
            r.sex,
            r.gender,
            deidentified ? shiftDate(r.start_date, shift) : r.start_date,
            r.status,
            r.reached,
            flag(hasStarted(r.reached)),
            r.instrument_id,
            tpKey,
            tp?.label ?? tpKey,
            tp ? (order.get(tpKey) ?? 0) + 1 : null,
            tp?.role ?? null,
            instant(dueAt),
            instant(closesAt),
            instant(answeredAt),
            flag(score !== null || (closesAt !== null && closesAt < now)),
            flag(score !== null),
            score,
            baseline,
            verdict?.change ?? null,
            flag(verdict?.response),
            flag(verdict?.remission),
            verdict?.reliable ?? null,
          ]);
        }
      }
      yield csvLines(records);
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
