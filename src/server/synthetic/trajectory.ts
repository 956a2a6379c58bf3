/**
 * The score model of the synthetic data: a client's latent severity and response, the expected
 * score at a time since the first dose, measurement noise, and item-level answers that add up to
 * a wanted total (scored afterwards with the instrument's own `score()`). Parameters: params.ts.
 */

import { getInstrument } from '../../domain/instruments/registry.ts';
import type { InstrumentDefinition } from '../../domain/instruments/types.ts';
import type { Condition } from '../../domain/outcomes/conditions.ts';
import {
  BASELINE_CORRELATION,
  CONDITION_IMPROVEMENT,
  INSTRUMENT_MODELS,
  type InstrumentModel,
  ITEM_SCATTER_SD,
  ITEM_WEIGHTS,
  MEQ,
  RELAPSE,
  RESPONDER,
} from './params.ts';
import type { Rng } from './prng.ts';

/** What a client brings to every instrument: drawn once per enrollment. */
export interface ClientLatent {
  /** Latent baseline severity, standard normal (shared by the instruments: their correlation). */
  severity: number;
  /** Individual response factor (random slope): 1 = the program's average improvement. */
  responder: number;
  /** Share of the gain lost by RELAPSE.overDays after treatment (0–1). */
  relapse: number;
}

export function drawLatent(rng: Rng): ClientLatent {
  const severity = rng.normal();
  const responder = rng.chance(RESPONDER.deteriorators)
    ? rng.normal(RESPONDER.deterioratorMean, RESPONDER.deterioratorSd)
    : rng.normal(RESPONDER.mean, RESPONDER.sd);
  const relapse = rng.clippedNormal(RELAPSE.mean, RELAPSE.sd, 0, 1);
  return { severity, responder, relapse };
}

export interface Course {
  /** Expected proportional improvement at full effect (program or arm). */
  improvement: number;
  rampDays: number;
  treatmentDays: number;
  condition: Condition;
}

/**
 * The share of the full gain reached `days` after the first dose: 0 before it, a linear ramp to 1
 * over `rampDays`, kept to the end of treatment, then fading by `relapse` over RELAPSE.overDays.
 */
export function gainFraction(
  days: number,
  course: Pick<Course, 'rampDays' | 'treatmentDays'>,
  relapse: number,
) {
  if (days <= 0) return 0;
  const ramp = Math.min(1, days / Math.max(1, course.rampDays));
  if (days <= course.treatmentDays) return ramp;
  const fade = Math.min(1, (days - course.treatmentDays) / RELAPSE.overDays);
  return ramp * (1 - relapse * fade);
}

function modelOf(instrumentId: string): InstrumentModel {
  const m = INSTRUMENT_MODELS[instrumentId];
  if (!m) throw new Error(`no synthetic score model for instrument ${instrumentId}`);
  return m;
}

const clip = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/**
 * A client's own baseline on one instrument, on the severity scale (higher = worse), before
 * measurement noise: the condition's mean and SD with the shared latent severity (correlation
 * BASELINE_CORRELATION) and an instrument-specific part.
 */
export function baselineSeverity(instrumentId: string, condition: Condition, latent: ClientLatent, rng: Rng) {
  const model = modelOf(instrumentId);
  const { min, max } = getInstrument(instrumentId).totalRange;
  const [mean, sd] = model.baseline[condition];
  const r = BASELINE_CORRELATION;
  const z = r * latent.severity + Math.sqrt(1 - r * r) * rng.normal();
  const raw = mean + sd * z;
  const severity = model.better === 'higher' ? max - raw : raw - min;
  return clip(severity, 0, max - min);
}

/**
 * The observed total at `days` after the first dose (negative: before it): the baseline reduced
 * by the client's share of the program's improvement, plus measurement noise, rounded and clipped
 * to the instrument's range. Deteriorators (negative response factor) get worse instead.
 */
export function observedTotal(
  instrumentId: string,
  baseline: number,
  course: Course,
  latent: ClientLatent,
  days: number,
  rng: Rng,
): number {
  const model = modelOf(instrumentId);
  const { min, max } = getInstrument(instrumentId).totalRange;
  const improvement =
    course.improvement * model.effect * (CONDITION_IMPROVEMENT[course.condition] ?? 1) * latent.responder;
  const expected = baseline * (1 - improvement * gainFraction(days, course, latent.relapse));
  const severity = clip(Math.round(expected + rng.normal(0, model.noiseSd)), 0, max - min);
  return model.better === 'higher' ? max - severity : severity + min;
}

/** MEQ-30 after the retreat: the wanted mean item score (0–5), higher for responders. */
export function meqMean(latent: ClientLatent, rng: Rng): number {
  return clip(rng.normal(MEQ.mean + MEQ.responderSlope * (latent.responder - 1), MEQ.sd), 0, 5);
}

// ---------------------------------------------------------------------------------------------
// Item-level answers
// ---------------------------------------------------------------------------------------------

interface ItemSpec {
  linkId: string;
  min: number;
  max: number;
  weight: number;
}

interface InstrumentShape {
  def: InstrumentDefinition;
  scored: ItemSpec[];
  unscored: ItemSpec[];
  minSum: number;
  maxSum: number;
  weightSum: number;
  /** Total = sum (most) or mean (MEQ-30) of the scored items. */
  totalIsMean: boolean;
}

const shapes = new Map<string, InstrumentShape>();

function shapeOf(instrumentId: string): InstrumentShape {
  let s = shapes.get(instrumentId);
  if (s) return s;
  const def = getInstrument(instrumentId);
  const weights = ITEM_WEIGHTS[instrumentId] ?? {};
  const spec = (i: InstrumentDefinition['items'][number]): ItemSpec => {
    const values = i.options.map((o) => o.value);
    return {
      linkId: i.linkId,
      min: Math.min(...values),
      max: Math.max(...values),
      weight: weights[i.linkId] ?? 1,
    };
  };
  const scored = def.items.filter((i) => i.scored).map(spec);
  const unscored = def.items.filter((i) => !i.scored).map(spec);
  const minSum = scored.reduce((t, i) => t + i.min, 0);
  const maxSum = scored.reduce((t, i) => t + i.max, 0);
  s = {
    def,
    scored,
    unscored,
    minSum,
    maxSum,
    weightSum: scored.reduce((t, i) => t + i.weight, 0),
    totalIsMean: def.totalRange.max < maxSum && def.totalRange.max === Math.max(...scored.map((i) => i.max)),
  };
  shapes.set(instrumentId, s);
  return s;
}

/** The sum of scored items that gives a wanted total (the total itself, or mean × items for MEQ-30). */
export function sumForTotal(instrumentId: string, total: number): number {
  const s = shapeOf(instrumentId);
  const sum = s.totalIsMean ? Math.round(total * s.scored.length) : Math.round(total);
  return clip(sum, s.minSum, s.maxSum);
}

/**
 * Answers keyed by linkId whose scored items add up to `sum` exactly, each inside its item's
 * range: an even spread weighted by ITEM_WEIGHTS, scattered by ITEM_SCATTER_SD, then single steps
 * on random items until the sum is met. Unscored items (PHQ-9's difficulty question) follow the
 * overall level.
 */
export function answersForSum(instrumentId: string, sum: number, rng: Rng): Record<string, number> {
  const s = shapeOf(instrumentId);
  if (!Number.isInteger(sum) || sum < s.minSum || sum > s.maxSum) {
    throw new Error(`${instrumentId}: sum ${sum} is outside ${s.minSum}–${s.maxSum}`);
  }
  const above = sum - s.minSum;
  const values = s.scored.map((i) =>
    clip(
      Math.round(i.min + (above * i.weight) / s.weightSum + rng.normal(0, ITEM_SCATTER_SD * i.weight)),
      i.min,
      i.max,
    ),
  );
  let diff = sum - values.reduce((t, v) => t + v, 0);
  while (diff !== 0) {
    const step = diff > 0 ? 1 : -1;
    const j = Math.floor(rng.next() * values.length);
    const item = s.scored[j]!;
    const v = values[j]!;
    if (step > 0 ? v >= item.max : v <= item.min) continue;
    // Low-weight items (PHQ-9 item 9) take an upward step only with their weight's probability.
    if (step > 0 && item.weight < 1 && !rng.chance(item.weight)) continue;
    values[j] = v + step;
    diff -= step;
  }
  const answers: Record<string, number> = {};
  s.scored.forEach((i, k) => {
    answers[i.linkId] = values[k]!;
  });
  const level = s.maxSum > s.minSum ? above / (s.maxSum - s.minSum) : 0;
  for (const i of s.unscored) {
    answers[i.linkId] = clip(
      Math.round(i.min + level * (i.max - i.min) * 1.3 + rng.normal(0, 0.5)),
      i.min,
      i.max,
    );
  }
  return answers;
}

/** Answers for a wanted total, scored by the instrument's own rules. */
export function scoredAnswers(instrumentId: string, total: number, rng: Rng) {
  const answers = answersForSum(instrumentId, sumForTotal(instrumentId, total), rng);
  const score = shapeOf(instrumentId).def.score(answers);
  return { answers, score };
}
