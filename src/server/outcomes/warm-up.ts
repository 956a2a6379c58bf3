/**
 * Warms the code of a program's first outcome view once the server listens, so that the first
 * clinician to open a dashboard after a start does not wait for it to be compiled. Profiled on the
 * compiled server (docs/PERFORMANCE.md, "The cold first view"): the first view paid for luxon's
 * first time-zone lookup (an Intl.DateTimeFormat, loaded from ICU) and the schedule code behind a
 * program's timepoints, the statistics compiled on their first call, and decoding a stored
 * snapshot — each a fixed cost that a warm view does not pay.
 *
 * What runs: the timepoints of a shipped template's definition, then its columns for made-up
 * enrollments (no database: nothing is read, stored or shown, and the report is thrown
 * away) through a snapshot round trip, the analysis matrix and the analysis, whole and by arm.
 * Each step yields to the event loop, so a request that arrives meanwhile waits for one step at
 * most; the warm-up starts a moment after listening, so it does not delay start to healthy.
 */
import { setImmediate as turn } from 'node:timers/promises';
import { getInstrument } from '../../domain/instruments/registry.ts';
import { analyseMatrix } from '../../domain/outcomes/analyse.ts';
import { outcomeRules } from '../../domain/outcomes/rules.ts';
import type { StoredPoint } from '../../domain/outcomes/stored.ts';
import { programTimepoints } from '../../domain/outcomes/timepoints.ts';
import { localDayStart } from '../../domain/programs/schedule.ts';
import { psilocybinRetreat } from '../../domain/programs/templates/psilocybin-retreat.ts';
import { ProgramColumns } from './columns.ts';
import { decodeSnapshot, encodeSnapshot } from './snapshot.ts';

/**
 * Made-up enrollments. Enough for V8 to optimise the statistics' loops, not only compile them:
 * with 48 the first view at 4,988 enrollments took as long as without a warm-up, with 2,000 a
 * third less CPU (docs/PERFORMANCE.md). About 0.2 s of CPU once, in the background.
 */
const SUBJECTS = 2_000;
/** How long after listening the warm-up starts. */
export const WARM_UP_DELAY_MS = 250;

/** Runs the warm-up; resolves when it is done (never rejects: a failure costs only the speed-up). */
export async function warmOutcomes(): Promise<void> {
  await runWarmUp().catch(() => undefined);
}

/** The warm-up itself (throws what it meets; its test calls it, so a change cannot quietly end it). */
export async function runWarmUp(timezone = 'Europe/Amsterdam'): Promise<void> {
  const def = psilocybinRetreat.definition;
  // The organization's zone is looked up by the first derivation; UTC by every view's timepoints.
  localDayStart('2024-01-01', timezone);
  await turn();
  const instrumentId = def.assessments
    .map((a) => a.instrumentId)
    .find((id) => outcomeRules(getInstrument(id)) !== null);
  if (!instrumentId) throw new Error('the template assesses no analysable instrument');
  const rules = outcomeRules(getInstrument(instrumentId))!;
  const timepoints = programTimepoints([def], instrumentId);
  const keys = timepoints.map((t) => t.key);
  await turn();

  const made = new ProgramColumns(1, 1);
  made.addInstrument(instrumentId, keys);
  for (let i = 0; i < SUBJECTS; i++) {
    const row = made.setEnrollment({
      enrollment_id: `warm-up-${String(i).padStart(3, '0')}`,
      cohort_id: null,
      arm: i % 2 === 0 ? 'a' : 'b',
      condition: null,
      age_band: null,
      sex: i % 3 === 0 ? 'female' : 'male',
      gender: null,
      status: 'completed',
      reached: 'completed',
    });
    // Scores falling over the timepoints, a few missing (every third subject drops out late).
    const points: StoredPoint[] = keys.map((key, t) => {
      const answered = !(i % 3 === 0 && t >= keys.length - 1);
      return [key, answered ? 20 - t * 2 + (i % 5) : null, 86_400 * t, 86_400 * (t + 1), null];
    });
    made.setSeries(instrumentId, row, points);
  }
  const columns = ProgramColumns.fromState(decodeSnapshot(encodeSnapshot(made.state()))!);
  await turn();

  const now = Math.floor(Date.now() / 1000);
  const label = (_dimension: string, value: string) => value;
  analyseMatrix({ rules, timepoints, matrix: columns.matrix(instrumentId, {}, now, label) });
  await turn();
  analyseMatrix({
    rules,
    timepoints,
    matrix: columns.matrix(instrumentId, {}, now, label),
    groupBy: 'arm',
  });
}
