/**
 * Durability of response: of the patients who responded at the end of treatment, how many still
 * meet the response criterion at each later follow-up.
 */
import { invalid } from '../errors.ts';
import type { SeriesMatrix } from './matrix.ts';
import { wilson } from './proportions.ts';
import type { Durability, DurabilityFollowUp, OutcomeRules, TimepointDef } from './types.ts';
import { responds } from './verdicts.ts';

/**
 * The endpoint is the timepoint `endpointKey` names (AnalysisInput.endpoint); by default the last timepoint with role
 * 'end-of-treatment', or, when none has it, the first timepoint after the baseline. Its responders
 * are the started enrollments assessed at baseline and there whose change meets the response
 * criterion. For each timepoint after the endpoint: how many responders were assessed there, how
 * many of those still meet the criterion against their baseline (Wilson interval over the
 * assessed), how many were not (yet) assessed, and the sustained count over all endpoint
 * responders, counting the unassessed as not sustained (the conservative reading, as Feder et al.
 * 2025 report it). Null when the instrument has no response criterion or there is no timepoint
 * after the baseline to be the endpoint. Refuses an `endpoint` that is not a timepoint after the
 * baseline.
 */
export function durability(
  m: SeriesMatrix,
  timepoints: TimepointDef[],
  baseline: number,
  rules: OutcomeRules,
  endpointKey?: string,
): Durability | null {
  const percent = rules.responsePercent;
  const endpoint = endpointIndex(timepoints, baseline, endpointKey);
  if (percent === null || endpoint < 0) return null;
  const { rows, scores } = m;
  const responderRows: number[] = [];
  for (let i = 0; i < rows; i++) {
    const b = scores[baseline * rows + i]!;
    const y = scores[endpoint * rows + i]!;
    if (!Number.isNaN(b) && !Number.isNaN(y) && responds(b, y, rules.better, percent)) responderRows.push(i);
  }
  const responders = responderRows.length;
  const followUps: DurabilityFollowUp[] = [];
  timepoints.forEach((tp, t) => {
    if (t <= endpoint) return;
    let assessed = 0;
    let sustained = 0;
    for (const i of responderRows) {
      const y = scores[t * rows + i]!;
      if (Number.isNaN(y)) continue;
      assessed++;
      if (responds(scores[baseline * rows + i]!, y, rules.better, percent)) sustained++;
    }
    followUps.push({
      key: tp.key,
      label: tp.label,
      assessed,
      sustained: wilson(sustained, assessed),
      notAssessed: responders - assessed,
      sustainedOfResponders: wilson(sustained, responders),
    });
  });
  const end = timepoints[endpoint]!;
  return { endpointKey: end.key, endpointLabel: end.label, responders, followUps };
}

/** The endpoint's column, or −1 when there is none; see durability. */
function endpointIndex(timepoints: TimepointDef[], baseline: number, key: string | undefined): number {
  if (key !== undefined) {
    const t = timepoints.findIndex((tp) => tp.key === key);
    if (t < 0) throw invalid('endpoint', 'not-one-timepoints', { key });
    if (t <= baseline) throw invalid('endpoint', 'not-after-baseline', { key });
    return t;
  }
  const end = timepoints.findLastIndex((tp) => tp.role === 'end-of-treatment');
  if (end > baseline) return end;
  return baseline + 1 < timepoints.length ? baseline + 1 : -1;
}
