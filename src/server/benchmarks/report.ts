/**
 * The analysed report a published summary is made from: every started client of the program on
 * one instrument, no filter, computed by the same analysis as the outcomes page
 * (src/server/outcomes/analyse-program.ts) and only then reduced for the public (src/domain/benchmarks).
 */
import type { OutcomeReport } from '../../domain/outcomes/types.ts';
import type { ProgramDefinition } from '../../domain/programs/types.ts';
import type { AppContext } from '../context.ts';
import { analyseProgram } from '../outcomes/analyse-program.ts';

export async function wholeProgramReport(
  ctx: AppContext,
  organizationId: string,
  programId: string,
  versions: readonly ProgramDefinition[],
  instrumentId: string,
): Promise<OutcomeReport> {
  const { report } = await analyseProgram(ctx, organizationId, programId, versions, instrumentId);
  // An instrument was given, so there is a report.
  return report!;
}
