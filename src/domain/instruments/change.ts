/**
 * Change between two administrations of one instrument: absolute and percent change, response,
 * remission, and reliable change. A published fixed threshold takes precedence; otherwise the
 * Jacobson–Truax RCI (Jacobson & Truax 1991, J Consult Clin Psychol 59:12–19) is computed from a
 * reliability figure that carries its SD, naming which one was used.
 */
import { invalid } from '../errors.ts';
import type { InstrumentDefinition, Score, VerificationStatus } from './types.ts';

export interface ReliableChange {
  method: 'published-threshold' | 'jacobson-truax';
  /** The scale the threshold is on: 'total', or a subscale key. */
  scale: string;
  /** Points of change needed (published threshold, or 1.96 × S_diff). */
  threshold: number;
  /** The RCI itself, for the Jacobson–Truax method. */
  rci: number | null;
  reliable: boolean;
  direction: 'improved' | 'deteriorated' | 'unchanged';
  status: VerificationStatus;
  source: string;
}

export interface Change {
  instrumentId: string;
  baseline: number;
  followUp: number;
  /** followUp − baseline. */
  absolute: number;
  /** Change as a percentage of baseline; null when the baseline is 0. */
  percent: number | null;
  /** Improvement in the instrument's better direction, in points (positive = better). */
  improvement: number;
  response: { met: boolean; criterion: string; status: VerificationStatus; source: string } | null;
  remission: { met: boolean; criterion: string; status: VerificationStatus; source: string } | null;
  reliableChange: ReliableChange | null;
}

const Z_95 = 1.959963984540054;

export function compareScores(def: InstrumentDefinition, baseline: Score, followUp: Score): Change {
  for (const [field, s] of [
    ['baseline', baseline],
    ['followUp', followUp],
  ] as const) {
    if (s.instrumentId !== def.id)
      throw invalid(field, 'score-of-other-instrument', { actual: s.instrumentId, expected: def.id });
  }
  const c = def.change;
  if (c.better === 'none') {
    throw invalid('instrumentId', 'measures-one-experience-change-between', { shortName: def.shortName });
  }
  const absolute = followUp.total - baseline.total;
  const improvement = c.better === 'lower' ? -absolute : absolute;
  const percent = baseline.total === 0 ? null : (absolute / baseline.total) * 100;

  const response = c.response
    ? {
        met: baseline.total > 0 && (improvement / baseline.total) * 100 >= c.response.value.percent,
        criterion: `≥ ${c.response.value.percent}% ${c.better === 'lower' ? 'reduction' : 'increase'} from baseline`,
        status: c.response.status,
        source: c.response.source,
      }
    : null;
  const remission = c.remission
    ? {
        met: followUp.total <= c.remission.value.maxTotal,
        criterion: `total ≤ ${c.remission.value.maxTotal}`,
        status: c.remission.status,
        source: c.remission.source,
      }
    : null;

  return {
    instrumentId: def.id,
    baseline: baseline.total,
    followUp: followUp.total,
    absolute,
    percent,
    improvement,
    response,
    remission,
    reliableChange: reliableChange(def, baseline, followUp, absolute, improvement),
  };
}

function reliableChange(
  def: InstrumentDefinition,
  baseline: Score,
  followUp: Score,
  absolute: number,
  improvement: number,
): ReliableChange | null {
  const direction = (reliable: boolean): ReliableChange['direction'] =>
    !reliable ? 'unchanged' : improvement > 0 ? 'improved' : 'deteriorated';
  const fixed = def.change.reliableChange;
  if (fixed) {
    const on = fixed.value.on;
    const delta = on
      ? (followUp.subscales[on] ?? Number.NaN) - (baseline.subscales[on] ?? Number.NaN)
      : absolute;
    if (Number.isNaN(delta))
      throw invalid('subscales', 'score-part-missing', { part: on, instrument: def.id });
    const reliable = Math.abs(delta) >= fixed.value.points;
    return {
      method: 'published-threshold',
      scale: on ?? 'total',
      threshold: fixed.value.points,
      rci: null,
      reliable,
      direction: direction(reliable),
      status: fixed.status,
      source: fixed.source,
    };
  }
  const withSd = def.change.reliability.find((r) => r.value.sd !== null && r.value.r > 0 && r.value.r < 1);
  if (!withSd) return null;
  const sDiff = Math.SQRT2 * withSd.value.sd! * Math.sqrt(1 - withSd.value.r);
  const rci = absolute / sDiff;
  const reliable = Math.abs(rci) > Z_95;
  return {
    method: 'jacobson-truax',
    scale: 'total',
    threshold: Z_95 * sDiff,
    rci,
    reliable,
    direction: direction(reliable),
    status: withSd.status,
    source: `${withSd.source} (${withSd.value.kind} r = ${withSd.value.r}, SD = ${withSd.value.sd}, ${withSd.value.sample})`,
  };
}
