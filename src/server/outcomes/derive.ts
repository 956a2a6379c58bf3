/**
 * Brings stale derived outcome rows up to date. The database marks an enrollment stale whenever
 * something its outcomes depend on changes (triggers of migration 0006-outcomes); this reads each
 * marked enrollment's program version, sessions, responses and status history, applies the
 * program rules (which response fills which timepoint), and writes one attributes row and one
 * series per instrument. A mark is cleared only if it did not change meanwhile, so a change that
 * lands during a derivation is derived again. Safe to run from several places at once: writes
 * are upserts.
 */
import { ageBand, stageReached } from '../../domain/outcomes/attributes.ts';
import { type ScoredResponse, seriesByInstrument } from '../../domain/outcomes/stored.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { Tx } from '../context.ts';
import { definitionFromRow } from '../programs/stored-definition.ts';
import { enrollmentAssessments } from '../timeline/assessments.ts';
import * as repo from './derive-repository.ts';

const BATCH = 500;

export type DeriveProgress = (done: number) => void;

/**
 * Derives every stale enrollment (of one organization, or all); returns how many. `onBatch` is
 * told the running count after each batch (the synthetic seed's progress bar).
 */
export async function deriveStale(
  db: Tx,
  organizationId: string | null,
  onBatch?: DeriveProgress,
): Promise<number> {
  let done = 0;
  const seen = new Set<string>();
  for (;;) {
    const marks = (await repo.staleMarks(db, organizationId, BATCH)).filter(
      (m) => !seen.has(`${m.enrollment_id}:${m.generation}`),
    );
    if (marks.length === 0) return done;
    const byOrg = new Map<string, repo.StaleMark[]>();
    for (const m of marks) {
      seen.add(`${m.enrollment_id}:${m.generation}`);
      byOrg.set(m.organization_id, [...(byOrg.get(m.organization_id) ?? []), m]);
    }
    for (const [org, list] of byOrg) {
      await db.transaction().execute(async (trx) => {
        await deriveEnrollments(
          trx,
          org,
          list.map((m) => m.enrollment_id),
        );
        await repo.clearMarks(trx, list);
      });
      done += list.length;
    }
    onBatch?.(done);
  }
}

/** Derives the given enrollments of one organization now (inside the caller's transaction). */
export async function deriveEnrollments(
  trx: Tx,
  organizationId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const now = new Date().toISOString();
  const rows = await repo.enrollmentsToDerive(trx, organizationId, ids);
  // The one filter of outcome analytics by client: archived clients and restricted ones (an
  // erasure waiting for its retention period, or a restriction; src/server/data-rights) are left out.
  const live = rows.filter((r) => r.archived_at === null && r.restricted_at === null);
  if (live.length === 0) {
    await repo.replaceDerived(trx, organizationId, ids, [], []);
    return;
  }

  const liveIds = live.map((r) => r.id);
  const clientIds = [...new Set(live.map((r) => r.client_id))];
  const [versions, history, sessions, responses, timezone] = await Promise.all([
    repo.definitions(trx, organizationId, [...new Set(live.map((r) => r.program_id))]),
    repo.statusHistory(trx, organizationId, liveIds),
    repo.sessionsOf(trx, organizationId, liveIds),
    repo.scoredResponsesOf(trx, organizationId, clientIds),
    repo.timezoneOf(trx, organizationId),
  ]);
  const defs = new Map<string, ProgramDefinition>();
  for (const v of versions)
    defs.set(
      `${v.program_id}@${v.version}`,
      definitionFromRow(v.definition, { programId: v.program_id, version: v.version }),
    );
  const statuses = group(history, (h) => h.enrollment_id);
  const sessionsBy = group(sessions, (s) => s.enrollment_id);
  const responsesBy = group(responses, (r) => r.client_id);

  const enrollments: repo.Written[] = [];
  const series: repo.WrittenSeries[] = [];
  for (const e of live) {
    const def = defs.get(`${e.program_id}@${e.program_version}`);
    if (!def) continue;
    const mine = responsesBy.get(e.client_id) ?? [];
    const due = enrollmentAssessments(def, e, sessionsBy.get(e.id) ?? [], mine, timezone, now);
    const scored = new Map<string, ScoredResponse>(
      mine.map((r) => [r.id, { total: r.total, administeredAt: r.administered_at }]),
    );
    const attributes: repo.Written = {
      enrollment_id: e.id,
      organization_id: organizationId,
      client_id: e.client_id,
      program_id: e.program_id,
      program_version: e.program_version,
      cohort_id: e.cohort_id,
      arm: e.arm,
      condition: e.condition,
      age_band: ageBand(e.date_of_birth, e.start_date),
      sex: e.sex_at_birth,
      gender: e.gender,
      start_date: e.start_date,
      status: e.status,
      reached: stageReached([...(statuses.get(e.id) ?? []).map((h) => h.to_status), e.status]),
      refreshed_at: now,
    };
    enrollments.push(attributes);
    for (const [instrumentId, points] of seriesByInstrument(due, scored)) {
      series.push({ ...attributes, instrument_id: instrumentId, points: JSON.stringify(points) });
    }
  }
  await repo.replaceDerived(trx, organizationId, ids, enrollments, series);
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
