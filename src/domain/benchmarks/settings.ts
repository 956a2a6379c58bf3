/**
 * What an organization chooses when it publishes a program's outcomes (issue 19, part 7): the
 * instrument, the smallest group a public number may describe, and the studies shown beside it.
 * Publishing is opt-in; the public minimum cell size is never below PUBLIC_MIN_CELL_SIZE, nor
 * below the organization's own minimum for researchers.
 */
import { invalid } from '../errors.ts';

/** No public number describes fewer than this many clients. */
export const PUBLIC_MIN_CELL_SIZE = 10;
export const PUBLIC_MAX_CELL_SIZE = 100;
/** Studies shown beside a published program. */
export const MAX_BENCHMARK_STUDIES = 12;

export interface BenchmarkSettings {
  instrumentId: string;
  minCellSize: number;
  studyIds: string[];
}

export interface BenchmarkChoices {
  /** The program's instruments whose change can be analysed. */
  instruments: readonly string[];
  /** The organization's minimum cell size for researchers. */
  researcherMinCell: number;
  /** True when the organization's library holds a study with this id. */
  hasStudy(id: string): boolean;
}

/** The settings checked whole; every problem names its field. */
export function checkBenchmarkSettings(
  input: BenchmarkSettings,
  choices: BenchmarkChoices,
): BenchmarkSettings {
  if (!choices.instruments.includes(input.instrumentId))
    throw choices.instruments.length
      ? invalid('instrumentId', 'one-of-program-instruments', { allowed: choices.instruments.join(', ') })
      : invalid('instrumentId', 'program-assesses-no-instrument-whose');
  const floor = Math.max(PUBLIC_MIN_CELL_SIZE, choices.researcherMinCell);
  if (
    !Number.isInteger(input.minCellSize) ||
    input.minCellSize < floor ||
    input.minCellSize > PUBLIC_MAX_CELL_SIZE
  )
    throw invalid('minCellSize', 'integer-between', { min: floor, max: PUBLIC_MAX_CELL_SIZE });
  if (input.studyIds.length > MAX_BENCHMARK_STUDIES)
    throw invalid('studyIds', 'at-most-studies', { maxBenchmarkStudies: MAX_BENCHMARK_STUDIES });
  const seen = new Set<string>();
  input.studyIds.forEach((id, i) => {
    if (seen.has(id)) throw invalid(`studyIds.${i}`, 'listed-twice', { value: id });
    if (!choices.hasStudy(id)) throw invalid(`studyIds.${i}`, 'study-unknown', { id });
    seen.add(id);
  });
  return { instrumentId: input.instrumentId, minCellSize: input.minCellSize, studyIds: [...input.studyIds] };
}
