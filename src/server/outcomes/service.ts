/**
 * A program's outcomes: brings derived rows up to date, reads one instrument's series under the
 * filters, and runs the analysis (src/domain/outcomes/analyse.ts). Researchers get the same
 * aggregates; nothing in the report names a client. The flow counts every enrollment of the
 * program under the same filters.
 */

import { invalid } from '../../domain/errors.ts';
import { findInstrument, getInstrument } from '../../domain/instruments/registry.ts';
import { analyseOutcomes } from '../../domain/outcomes/analyse.ts';
import { AGE_BANDS, hasStarted } from '../../domain/outcomes/attributes.ts';
import { CONDITION_LABELS, type Condition } from '../../domain/outcomes/conditions.ts';
import { consortFlow, type FlowCount } from '../../domain/outcomes/flow.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { parsePoints, toSubject } from '../../domain/outcomes/stored.ts';
import { programInstruments, programTimepoints } from '../../domain/outcomes/timepoints.ts';
import type { FlowStage, OutcomeSubject, TimepointDef } from '../../domain/outcomes/types.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { requireProgram } from '../programs/service.ts';
import { deriveStale } from './derive.ts';
import * as repo from './repository.ts';
import type { OutcomeQuery, Outcomes } from './schema.ts';
import { storedDefinition } from './stored-definition.ts';

export interface ProgramContext {
  program: { id: string; name: string };
  versions: ProgramDefinition[];
  cohorts: Map<string, string>;
  arms: Map<string, string>;
}

export async function loadProgram(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
): Promise<ProgramContext> {
  const db = ctx.db.kysely;
  const program = await requireProgram(db, scope.organizationId, programId);
  const [versions, cohorts] = await Promise.all([
    repo.programVersions(db, scope.organizationId, programId),
    repo.cohortNames(db, scope.organizationId, programId),
  ]);
  const defs = versions.map((v) => storedDefinition(v.definition));
  const arms = new Map<string, string>();
  for (const d of defs) for (const a of d.arms) if (!arms.has(a.key)) arms.set(a.key, a.name);
  return {
    program: { id: program.id, name: program.name },
    versions: defs,
    cohorts: new Map(cohorts.map((c) => [c.id, c.name])),
    arms,
  };
}

/** Instruments of the program whose change has a direction, in program order. */
export function analysableInstruments(versions: readonly ProgramDefinition[]): string[] {
  return programInstruments(versions).filter((id) => {
    const def = findInstrument(id);
    return def !== undefined && outcomeRules(def) !== null;
  });
}

export function chooseInstrument(
  versions: readonly ProgramDefinition[],
  requested: string | undefined,
): string | null {
  const list = analysableInstruments(versions);
  if (requested === undefined) return list[0] ?? null;
  if (!list.includes(requested)) {
    throw invalid(
      'instrument',
      list.length
        ? `This program's outcomes are measured with ${list.join(', ')}; "${requested}" is not one of them.`
        : 'This program assesses no instrument whose change can be analysed.',
    );
  }
  return requested;
}

export function filtersOf(q: OutcomeQuery): repo.SeriesFilters {
  return {
    cohort: q.cohort,
    arm: q.arm,
    condition: q.condition,
    ageBand: q.ageBand,
    sex: q.sex,
    gender: q.gender,
  };
}

export async function programOutcomes(
  ctx: AppContext,
  scope: OrgScope,
  programId: string,
  q: OutcomeQuery,
): Promise<Outcomes> {
  const db = ctx.db.kysely;
  const p = await loadProgram(ctx, scope, programId);
  const instrumentId = chooseInstrument(p.versions, q.instrument);
  await deriveStale(db, scope.organizationId);
  const filters = filtersOf(q);
  const [counts, series] = await Promise.all([
    repo.enrollmentCounts(db, scope.organizationId, programId),
    instrumentId
      ? repo.reportSeries(db, scope.organizationId, programId, instrumentId, filters)
      : Promise.resolve([]),
  ]);

  const timepoints: TimepointDef[] = instrumentId ? programTimepoints(p.versions, instrumentId) : [];
  let report: Outcomes['report'] = null;
  if (instrumentId) {
    if (q.endpoint !== undefined && !timepoints.some((t) => t.key === q.endpoint))
      throw invalid('endpoint', `"${q.endpoint}" is not a timepoint of ${instrumentId} in this program.`);
    const now = Math.floor(Date.now() / 1000);
    // One order on both databases, so sums (and so every statistic) come out bit for bit the same.
    series.sort((a, b) =>
      a.enrollment_id < b.enrollment_id ? -1 : a.enrollment_id > b.enrollment_id ? 1 : 0,
    );
    const subjects: OutcomeSubject[] = series.map((r) =>
      toSubject(r.enrollment_id, attributesOf(r, p), hasStarted(r.reached), parsePoints(r.points), now),
    );
    report = analyseOutcomes({
      rules: outcomeRules(getInstrument(instrumentId))!,
      timepoints,
      subjects,
      groupBy: q.groupBy,
      reference: q.reference,
      endpoint: q.endpoint,
    });
  }

  const matching = counts.filter((c) => matches(c, filters));
  const flowCounts: FlowCount[] = matching.map((c) => ({
    reached: c.reached as FlowStage,
    status: c.status,
    n: c.n,
  }));
  const followUps = (report?.timepoints ?? [])
    .filter((t) => t.role === 'follow-up' || t.role === 'end-of-treatment')
    .map((t) => ({ key: t.key, label: t.label, expected: t.expected, assessed: t.assessed }));
  const instruments = analysableInstruments(p.versions).map((id) => ({
    id,
    shortName: getInstrument(id).shortName,
  }));
  const def = instrumentId ? getInstrument(instrumentId) : null;
  return {
    program: p.program,
    instrument: def ? { id: def.id, shortName: def.shortName, name: def.name } : null,
    instruments,
    timepoints: timepoints.map((t) => ({
      key: t.key,
      label: t.label,
      role: t.role,
      nominalDay: t.nominalDay,
    })),
    filters: filterChoices(counts, p),
    flow: consortFlow(flowCounts, followUps),
    report,
    deidentified: scope.role === 'researcher',
    generatedAt: new Date().toISOString(),
  };
}

export function attributesOf(
  r: Pick<repo.ReportRow, 'age_band' | 'sex' | 'gender' | 'condition' | 'arm' | 'cohort_id'>,
  p: ProgramContext,
) {
  return {
    ageBand: r.age_band,
    sex: r.sex,
    gender: r.gender,
    condition: r.condition ? (CONDITION_LABELS[r.condition as Condition] ?? r.condition) : null,
    arm: r.arm ? (p.arms.get(r.arm) ?? r.arm) : null,
    cohort: r.cohort_id ? (p.cohorts.get(r.cohort_id) ?? r.cohort_id) : null,
  };
}

function matches(c: repo.EnrollmentCountRow, f: repo.SeriesFilters): boolean {
  return (
    (!f.cohort || c.cohort_id === f.cohort) &&
    (!f.arm || c.arm === f.arm) &&
    (!f.condition || c.condition === f.condition) &&
    (!f.ageBand || c.age_band === f.ageBand) &&
    (!f.sex || c.sex === f.sex) &&
    (!f.gender || c.gender === f.gender)
  );
}

function filterChoices(counts: readonly repo.EnrollmentCountRow[], p: ProgramContext): Outcomes['filters'] {
  const distinct = (pick: (c: repo.EnrollmentCountRow) => string | null) =>
    [...new Set(counts.map(pick).filter((v): v is string => v !== null))].sort();
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return {
    cohort: [...p.cohorts].map(([value, label]) => ({ value, label })),
    arm: [...p.arms].map(([value, label]) => ({ value, label })),
    condition: distinct((c) => c.condition).map((v) => ({
      value: v,
      label: CONDITION_LABELS[v as Condition] ?? v,
    })),
    ageBand: AGE_BANDS.filter((b) => counts.some((c) => c.age_band === b)).map((b) => ({
      value: b,
      label: b,
    })),
    sex: plain(distinct((c) => c.sex)),
    gender: plain(distinct((c) => c.gender)),
  };
}
