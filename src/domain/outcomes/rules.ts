/**
 * The change rules the outcome analysis applies, taken from an instrument's definition: which
 * direction is better, the response and remission criteria, and the reliable-change threshold on
 * the total. The same choices as for one pair of scores (instruments/change.ts), so that a
 * clinic's aggregate counts agree with what each patient's page shows.
 */
import type { InstrumentDefinition } from '../instruments/types.ts';
import type { OutcomeRules } from './types.ts';

/** z(0.975), as instruments/change.ts uses for the Jacobson–Truax criterion. */
const Z_95 = 1.959963984540054;

/**
 * The instrument's outcome rules, or null for an instrument where change has no meaning
 * (`better: 'none'`, a state measure of one experience such as the MEQ-30).
 *
 * - Response: at least the instrument's percent improvement from baseline (criterion text as in
 *   change.ts, e.g. "≥ 50% reduction from baseline").
 * - Remission: a total at or below the instrument's maximum ("total ≤ 4").
 * - Reliable change on the total: the published fixed threshold when there is one on the total;
 *   a threshold published on a subscale (WHO-5's percentage score) does not apply to the total, so
 *   then, as when none is published, the Jacobson–Truax threshold 1.96·√2·SD·√(1 − r) (Jacobson &
 *   Truax 1991, J Consult Clin Psychol 59:12–19) from the first reliability figure that carries
 *   its SD (with 0 < r < 1, as change.ts chooses it); null when there is neither.
 */
export function outcomeRules(def: InstrumentDefinition): OutcomeRules | null {
  const c = def.change;
  if (c.better === 'none') return null;
  const direction = c.better === 'lower' ? 'reduction' : 'increase';
  const reliable = reliableOnTotal(def);
  return {
    instrumentId: def.id,
    better: c.better,
    responsePercent: c.response?.value.percent ?? null,
    responseCriterion: c.response ? `≥ ${c.response.value.percent}% ${direction} from baseline` : null,
    remissionMaxTotal: c.remission?.value.maxTotal ?? null,
    remissionCriterion: c.remission ? `total ≤ ${c.remission.value.maxTotal}` : null,
    reliableChangePoints: reliable?.points ?? null,
    reliableChangeMethod: reliable?.method ?? null,
  };
}

function reliableOnTotal(def: InstrumentDefinition): { points: number; method: string } | null {
  const fixed = def.change.reliableChange;
  if (fixed && !fixed.value.on) {
    return {
      points: fixed.value.points,
      method: `published threshold: a change of ≥ ${fixed.value.points} points (${fixed.source})`,
    };
  }
  const withSd = def.change.reliability.find((r) => r.value.sd !== null && r.value.r > 0 && r.value.r < 1);
  if (!withSd) return null;
  const { r, sd, kind, sample } = withSd.value;
  const points = Z_95 * Math.SQRT2 * sd! * Math.sqrt(1 - r);
  return {
    points,
    method: `Jacobson–Truax: 1.96 × √2 × SD × √(1 − r) = ${points.toFixed(2)} points, from ${kind} r = ${r}, SD = ${sd} (${sample}; ${withSd.source})`,
  };
}
