/**
 * One client's trajectory on one instrument: every score in time order, each compared with the
 * baseline by the instrument's own rules (src/domain/instruments/change.ts): change, response,
 * remission, reliable change. Also the score that would mean response from this baseline, for the
 * chart's reference line.
 */
import { compareScores } from '../instruments/change.ts';
import type { InstrumentDefinition, Score } from '../instruments/types.ts';

export interface TrajectoryScore extends Score {
  responseId: string;
  administeredAt: string;
}

export interface TrajectoryPoint {
  responseId: string;
  administeredAt: string;
  total: number;
  severity: string | null;
  isBaseline: boolean;
  /** Compared with the baseline; null for the baseline itself and before it. */
  change: number | null;
  response: boolean | null;
  remission: boolean | null;
  reliable: 'improved' | 'deteriorated' | 'unchanged' | null;
}

export interface Trajectory {
  baselineResponseId: string | null;
  /** Score at or beyond which response is met from this baseline; null without a response rule. */
  responseThreshold: number | null;
  points: TrajectoryPoint[];
}

/**
 * The baseline is `baselineResponseId` when given and present (the program's baseline timepoint),
 * else the first score. Scores before the baseline are shown but not compared.
 */
export function trajectory(
  def: InstrumentDefinition,
  scores: readonly TrajectoryScore[],
  baselineResponseId: string | null,
): Trajectory {
  const sorted = [...scores].sort((a, b) => a.administeredAt.localeCompare(b.administeredAt));
  const base = sorted.find((s) => s.responseId === baselineResponseId) ?? sorted[0] ?? null;
  const comparable = def.change.better !== 'none';
  const pct = def.change.response?.value.percent ?? null;
  const responseThreshold =
    base && comparable && pct !== null && base.total > 0
      ? def.change.better === 'lower'
        ? base.total * (1 - pct / 100)
        : base.total * (1 + pct / 100)
      : null;
  const points = sorted.map((s): TrajectoryPoint => {
    const isBaseline = base !== null && s.responseId === base.responseId;
    const after = base !== null && !isBaseline && s.administeredAt >= base.administeredAt;
    const c = after && comparable ? compareScores(def, base, s) : null;
    return {
      responseId: s.responseId,
      administeredAt: s.administeredAt,
      total: s.total,
      severity: s.severity,
      isBaseline,
      change: c ? c.absolute : null,
      response: c?.response ? c.response.met : null,
      remission: c?.remission ? c.remission.met : null,
      reliable: c?.reliableChange ? c.reliableChange.direction : null,
    };
  });
  return { baselineResponseId: base?.responseId ?? null, responseThreshold, points };
}
