/**
 * A program's outcomes: brings derived rows up to date, reads one instrument's series under the
 * filters, and runs the analysis (src/domain/outcomes/analyse.ts). Nothing in the report names a
 * client. Researchers see cohorts by their own pseudonymous keys and get the aggregates under the
 * organization's minimum cell size (viewer.ts, src/domain/outcomes/disclosure.ts). The flow counts
 * every enrollment of the program under the same filters.
 */

import type { OutcomeQuery, Outcomes } from '../../api/outcomes.ts';
import { invalid } from '../../domain/errors.ts';
import { findInstrument, getInstrument } from '../../domain/instruments/registry.ts';
import { AGE_BANDS } from '../../domain/outcomes/attributes.ts';
import { CONDITION_LABELS, type Condition } from '../../domain/outcomes/conditions.ts';
import { discloseFlow, discloseReport } from '../../domain/outcomes/disclosure.ts';
import { consortFlow } from '../../domain/outcomes/flow.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { programInstruments } from '../../domain/outcomes/timepoints.ts';
import type { GroupDimension } from '../../domain/outcomes/types.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { AppContext, OrgScope } from '../context.ts';
import { requireProgram } from '../programs/service.ts';
import { definitionFromRow } from '../programs/stored-definition.ts';
import { analyseProgram } from './analyse-program.ts';
import type { ProgramColumns } from './columns.ts';
import * as repo from './repository.ts';
import { type OutcomeViewer, outcomeViewer } from './viewer.ts';

export interface ProgramContext {
  program: { id: string; name: string; modality: string };
  versions: ProgramDefinition[];
  cohorts: Map<string, string>;
  arms: Map<string, string>;
}

export async function loadProgram(
  ctx: AppContext,
  organizationId: string,
  programId: string,
): Promise<ProgramContext> {
  const db = ctx.db.kysely;
  const program = await requireProgram(db, organizationId, programId);
  const [versions, cohorts] = await Promise.all([
    repo.programVersions(db, organizationId, programId),
    repo.cohortNames(db, organizationId, programId),
  ]);
  const defs = versions.map((v) =>
    definitionFromRow(v.definition, { programId, programName: program.name, version: v.version }),
  );
  const arms = new Map<string, string>();
  for (const d of defs) for (const a of d.arms) if (!arms.has(a.key)) arms.set(a.key, a.name);
  return {
    program: { id: program.id, name: program.name, modality: program.modality },
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
    throw list.length
      ? invalid('instrument', 'instrument-not-of-program', { instruments: list.join(', '), requested })
      : invalid('instrument', 'program-no-analysable-instrument');
  }
  return requested;
}

/** The query's filters, its cohort as the viewer's filter value names it (viewer.ts). */
export function filtersOf(q: OutcomeQuery, viewer: OutcomeViewer): repo.SeriesFilters {
  return {
    cohort: viewer.cohortFilter(q.cohort),
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
  const p = await loadProgram(ctx, scope.organizationId, programId);
  const instrumentId = chooseInstrument(p.versions, q.instrument);
  const viewer = await outcomeViewer(ctx, scope, p.cohorts);
  const filters = filtersOf(q, viewer);
  const {
    timepoints,
    columns,
    report: analysed,
  } = await analyseProgram(ctx, scope.organizationId, programId, p.versions, instrumentId, {
    filters,
    label: (dimension, value) => label(dimension, value, p, viewer),
    groupBy: q.groupBy,
    reference: q.reference,
    endpoint: q.endpoint,
    compare: () => pairOf(q, viewer),
  });

  const followUps = (analysed?.timepoints ?? [])
    .filter((t) => t.role === 'follow-up' || t.role === 'end-of-treatment')
    .map((t) => ({ key: t.key, label: t.label, expected: t.expected, assessed: t.assessed }));
  const instruments = analysableInstruments(p.versions).map((id) => ({
    id,
    shortName: getInstrument(id).shortName,
  }));
  const def = instrumentId ? getInstrument(instrumentId) : null;
  return {
    program: { id: p.program.id, name: p.program.name },
    instrument: def ? { id: def.id, shortName: def.shortName, name: def.name } : null,
    instruments,
    timepoints: timepoints.map((t) => ({
      key: t.key,
      label: t.label,
      role: t.role,
      nominalDay: t.nominalDay,
    })),
    filters: filterChoices(columns, p, viewer),
    flow: discloseFlow(consortFlow(columns.flowCounts(filters), followUps), viewer.minCell),
    report: analysed && discloseReport(analysed, viewer.minCell),
    deidentified: viewer.deidentified,
    generatedAt: new Date().toISOString(),
  };
}

/**
 * The two cohorts to compare, as the report's cohort labels (names for staff, keys for
 * researchers); undefined until both are chosen (the dashboard sets one, then the other). Each
 * given must be a cohort of the program, and the two must differ.
 */
function pairOf(
  q: OutcomeQuery,
  viewer: OutcomeViewer,
): { dimension: 'cohort'; a: string; b: string } | undefined {
  const a = viewer.cohortFilter(q.compare, 'compare');
  const b = viewer.cohortFilter(q.compareWith, 'compareWith');
  if (a === undefined || b === undefined) return undefined;
  if (a === b) throw invalid('compareWith', 'different-cohort-from-first');
  return { dimension: 'cohort', a: viewer.cohort(a), b: viewer.cohort(b) };
}

/** The value a report shows for a stored attribute: an arm's or cohort's name, a condition's label. */
function label(dimension: GroupDimension, value: string, p: ProgramContext, viewer: OutcomeViewer): string {
  if (dimension === 'condition') return CONDITION_LABELS[value as Condition] ?? value;
  if (dimension === 'arm') return p.arms.get(value) ?? value;
  if (dimension === 'cohort') return viewer.cohort(value);
  return value;
}

function filterChoices(
  columns: ProgramColumns,
  p: ProgramContext,
  viewer: OutcomeViewer,
): Outcomes['filters'] {
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  const present = new Set(columns.distinct('ageBand'));
  return {
    cohort: viewer.cohortChoices(),
    arm: [...p.arms].map(([value, label]) => ({ value, label })),
    condition: columns.distinct('condition').map((v) => ({
      value: v,
      label: CONDITION_LABELS[v as Condition] ?? v,
    })),
    ageBand: AGE_BANDS.filter((b) => present.has(b)).map((b) => ({ value: b, label: b })),
    sex: plain(columns.distinct('sex')),
    gender: plain(columns.distinct('gender')),
  };
}
