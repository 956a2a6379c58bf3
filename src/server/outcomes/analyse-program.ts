/**
 * One instrument's analysis over a program: brings derived rows up to date, loads the program's
 * columns for the instrument's timepoints, builds the matrix under the filters and runs the
 * analysis (src/domain/outcomes/analyse.ts). The outcomes page (service.ts) and the published
 * benchmarks (src/server/benchmarks/report.ts) both read their reports through it, so the two
 * can never analyse the same program differently.
 */
import { invalid } from '../../domain/errors.ts';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { analyseMatrix, type MatrixInput } from '../../domain/outcomes/analyse.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { programTimepoints } from '../../domain/outcomes/timepoints.ts';
import type { GroupDimension, OutcomeReport, TimepointDef } from '../../domain/outcomes/types.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { AppContext } from '../context.ts';
import { outcomeCache } from './cache.ts';
import type { ProgramColumns } from './columns.ts';
import { deriveStale } from './derive.ts';
import type { SeriesFilters } from './repository.ts';

/** Which part of the program to analyse and how to show it; the default is all of it, unlabelled. */
export interface ProgramView {
  filters: SeriesFilters;
  /** Turns an attribute's stored value into the one the report shows (an arm's name, …). */
  label: (dimension: GroupDimension, value: string) => string;
  groupBy?: MatrixInput['groupBy'];
  reference?: string;
  /** Must be one of the instrument's timepoint keys; checked before any column is read. */
  endpoint?: string;
  /**
   * The two groups to compare; called only when there is an instrument to analyse, after the
   * endpoint is checked, so its own input errors come second and a program without one ignores it.
   */
  compare?: () => MatrixInput['compare'];
}

export interface ProgramAnalysis {
  /** The instrument's timepoints in schedule order; empty without an instrument. */
  timepoints: TimepointDef[];
  /** The program's columns (flow counts and filter values need them even without an instrument). */
  columns: ProgramColumns;
  /** Null without an instrument. */
  report: OutcomeReport | null;
}

// No groups, so no attribute is ever shown: labels stay the stored values.
const WHOLE_PROGRAM: ProgramView = { filters: {}, label: (_dimension, value) => value };

export async function analyseProgram(
  ctx: AppContext,
  organizationId: string,
  programId: string,
  versions: readonly ProgramDefinition[],
  instrumentId: string | null,
  view: ProgramView = WHOLE_PROGRAM,
): Promise<ProgramAnalysis> {
  await deriveStale(ctx.db.kysely, organizationId);
  const timepoints: TimepointDef[] = instrumentId ? programTimepoints(versions, instrumentId) : [];
  if (instrumentId && view.endpoint !== undefined && !timepoints.some((t) => t.key === view.endpoint))
    throw invalid('endpoint', 'not-timepoint-of-instrument', {
      endpoint: view.endpoint,
      instrument: instrumentId,
    });
  const columns = await outcomeCache(ctx.db).columnsFor(
    organizationId,
    programId,
    instrumentId,
    timepoints.map((t) => t.key),
  );
  if (!instrumentId) return { timepoints, columns, report: null };
  const now = Math.floor(Date.now() / 1000);
  // Rows in enrollment id order on both databases, so sums (and so every statistic) come out
  // bit for bit the same.
  const matrix = columns.matrix(instrumentId, view.filters, now, view.label);
  const report = analyseMatrix({
    rules: outcomeRules(getInstrument(instrumentId))!,
    timepoints,
    matrix,
    groupBy: view.groupBy,
    reference: view.reference,
    endpoint: view.endpoint,
    compare: view.compare?.(),
  });
  return { timepoints, columns, report };
}
