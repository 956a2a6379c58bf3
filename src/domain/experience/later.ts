/**
 * Later outcome by acute experience: at every timepoint after the baseline, response and remission
 * (the instrument's own criteria, matrix.ts) of clients who had a complete mystical experience after
 * a dose and of those who had an MEQ-30 but no complete one, with the difference (with minus
 * without, Newcombe's hybrid score interval) and n assessed of expected per group; and, where the
 * scores are repeated, the mixed model with the acute experience as a covariate (model.ts).
 * Clients without any MEQ-30 after a dose are in neither group and counted apart. Descriptive: the
 * groups were not randomised, and nothing is adjusted for what else differs between them.
 */
import { type SeriesMatrix, timepointStats } from '../outcomes/matrix.ts';
import { newcombeDifference } from '../outcomes/proportions.ts';
import type { OutcomeRules, Proportion, TimepointDef, TimepointStats } from '../outcomes/types.ts';
import { experienceModel } from './model.ts';
import type { ExperienceGroupPoint, ExperienceOf, ExperienceTimepoint, LaterByExperience } from './types.ts';

const difference = (a: Proportion | null, b: Proportion | null) =>
  a && b ? newcombeDifference(a.events, a.n, b.events, b.n) : null;

const point = (s: TimepointStats): ExperienceGroupPoint => ({
  expected: s.expected,
  assessed: s.assessed,
  response: s.response,
  remission: s.remission,
});

export function laterByExperience(
  m: SeriesMatrix,
  experience: ExperienceOf,
  timepoints: TimepointDef[],
  baseline: number,
  rules: OutcomeRules,
): LaterByExperience {
  const withRows: number[] = [];
  const withoutRows: number[] = [];
  let unknown = 0;
  for (let i = 0; i < m.rows; i++) {
    const e = experience(i);
    if (e === true) withRows.push(i);
    else if (e === false) withoutRows.push(i);
    else unknown++;
  }
  const a = timepointStats(m, Int32Array.from(withRows), timepoints, baseline, rules);
  const b = timepointStats(m, Int32Array.from(withoutRows), timepoints, baseline, rules);
  const rows = timepoints.flatMap((tp, t): ExperienceTimepoint[] =>
    t === baseline
      ? []
      : [
          {
            key: tp.key,
            label: tp.label,
            role: tp.role,
            with: point(a[t]!),
            without: point(b[t]!),
            responseDifference: difference(a[t]!.response, b[t]!.response),
            remissionDifference: difference(a[t]!.remission, b[t]!.remission),
          },
        ],
  );
  return {
    withClients: withRows.length,
    withoutClients: withoutRows.length,
    unknownClients: unknown,
    timepoints: rows,
    model: experienceModel(m, experience, baseline),
  };
}
