/**
 * One client's verdicts between their baseline and a later total under an instrument's outcome
 * rules (rules.ts): response, remission and the direction of reliable change, decided exactly as
 * instruments/change.ts decides them for one pair of scores. The report's counts (matrix.ts) and
 * the CSV's per-row columns (src/server/outcomes/export.ts) both come from here.
 */
import type { OutcomeRules } from './types.ts';

export type ReliableDirection = 'improved' | 'deteriorated' | 'unchanged';

export interface PairVerdict {
  /** score − baseline, on the instrument's scale. */
  change: number;
  /** null when the instrument defines no such criterion. */
  response: boolean | null;
  remission: boolean | null;
  reliable: ReliableDirection | null;
}

/** A positive baseline and an improvement of at least `percent` % of it. */
export const responds = (baseline: number, score: number, better: 'lower' | 'higher', percent: number) => {
  const absolute = score - baseline;
  const improvement = better === 'lower' ? -absolute : absolute;
  return baseline > 0 && (improvement / baseline) * 100 >= percent;
};

/** A total at or below the instrument's remission maximum. */
export const remits = (score: number, maxTotal: number) => score <= maxTotal;

/** |change| ≥ the threshold, in the direction of improvement or deterioration. */
export function reliableDirection(
  baseline: number,
  score: number,
  better: 'lower' | 'higher',
  points: number,
): ReliableDirection {
  if (Math.abs(score - baseline) < points) return 'unchanged';
  return (better === 'lower' ? baseline - score : score - baseline) > 0 ? 'improved' : 'deteriorated';
}

export function pairVerdict(rules: OutcomeRules, baseline: number, score: number): PairVerdict {
  const { better, responsePercent, remissionMaxTotal, reliableChangePoints } = rules;
  return {
    change: score - baseline,
    response: responsePercent === null ? null : responds(baseline, score, better, responsePercent),
    remission: remissionMaxTotal === null ? null : remits(score, remissionMaxTotal),
    reliable:
      reliableChangePoints === null ? null : reliableDirection(baseline, score, better, reliableChangePoints),
  };
}
