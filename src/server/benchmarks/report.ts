/**
 * The analysed report a published summary is made from: every started client of the program on
 * one instrument, no filter, computed by the same analysis as the outcomes page
 * (src/domain/outcomes/analyse.ts) and only then reduced for the public (src/domain/benchmarks).
 */
import { getInstrument } from '../../domain/instruments/registry.ts';
import { analyseMatrix } from '../../domain/outcomes/analyse.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import { programTimepoints } from '../../domain/outcomes/timepoints.ts';
import type { OutcomeReport } from '../../domain/outcomes/types.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { AppContext } from '../context.ts';
import { outcomeCache } from '../outcomes/cache.ts';
import { deriveStale } from '../outcomes/derive.ts';

export async function wholeProgramReport(
  ctx: AppContext,
  organizationId: string,
  programId: string,
  versions: readonly ProgramDefinition[],
  instrumentId: string,
): Promise<OutcomeReport> {
  await deriveStale(ctx.db.kysely, organizationId);
  const timepoints = programTimepoints(versions, instrumentId);
  const columns = await outcomeCache(ctx.db).columnsFor(
    organizationId,
    programId,
    instrumentId,
    timepoints.map((t) => t.key),
  );
  const now = Math.floor(Date.now() / 1000);
  // No groups, so no attribute is ever shown: labels stay the stored values.
  const matrix = columns.matrix(instrumentId, {}, now, (_dimension, value) => value);
  return analyseMatrix({ rules: outcomeRules(getInstrument(instrumentId))!, timepoints, matrix });
}
