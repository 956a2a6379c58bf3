/**
 * The x axis shared by forest and funnel plots. Positions are on the model scale (log RR, log OR,
 * logit, or the measure itself), as metafor's forest(…, atransf = exp) draws; tick values and
 * labels are on the display scale: ratios for RR/OR (so the axis is a log axis), proportions for PLO.
 */
import { backTransformFor } from '../transforms.ts';
import type { Measure } from '../types.ts';

export interface AxisTick {
  /** Position on the model scale. */
  at: number;
  /** Value on the display scale. */
  value: number;
  label: string;
}

export interface XAxis {
  /** Model-scale domain [min, max]. */
  domain: [number, number];
  ticks: AxisTick[];
  label: string;
  /** 'log' for RR/OR (positions are log ratios), 'logit' for PLO, else 'linear'. */
  kind: 'log' | 'logit' | 'linear';
}

const AXIS_LABEL: Record<Measure, string> = {
  RR: 'Risk ratio (log scale)',
  OR: 'Odds ratio (log scale)',
  RD: 'Risk difference',
  PLO: 'Proportion (logit scale)',
  PR: 'Proportion',
  MD: 'Mean difference',
  SMD: 'Standardized mean difference',
  GEN: 'Effect size',
};

/** Short name of the display scale, for column headings ("RR [95% CI]"). */
export const SCALE_NAME: Record<Measure, string> = {
  RR: 'RR',
  OR: 'OR',
  RD: 'RD',
  PLO: 'Proportion',
  PR: 'Proportion',
  MD: 'MD',
  SMD: 'SMD',
  GEN: 'Estimate',
};

const inverseFor = (measure: Measure): ((y: number) => number) =>
  measure === 'RR' || measure === 'OR'
    ? Math.log
    : measure === 'PLO'
      ? (p) => Math.log(p / (1 - p))
      : (y) => y;

/** Rounds away floating-point noise and prints up to 3 significant digits: 0.25, 2, 0.001. */
export const tickLabel = (v: number): string => String(Number(v.toPrecision(3)));

/** Evenly spaced "nice" values (step 1, 2, 2.5 or 5 × 10ⁿ) covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 6): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
    out.push(Number((Math.round(v / step) * step).toPrecision(12)));
  }
  return out;
}

const RATIO_SERIES = [1, 2, 5];
/** Proportion tick candidates, finest first: the first set giving 3 to 8 ticks in range is used. */
const PROPORTION_SETS = [
  [
    0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99,
    0.995, 0.998, 0.999,
  ],
  [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.998, 0.999],
  [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999],
  [0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999],
];

function displayTicks(measure: Measure, dlo: number, dhi: number): number[] {
  if ((measure === 'RR' || measure === 'OR') && dhi / dlo >= 4) {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(dlo)); e <= Math.ceil(Math.log10(dhi)); e++) {
      for (const m of RATIO_SERIES) {
        const v = Number((m * 10 ** e).toPrecision(6));
        if (v >= dlo && v <= dhi) out.push(v);
      }
    }
    if (out.length > 8) return out.filter((v) => Number.isInteger(Math.log10(v) + 1e-12) || v === 1);
    return out;
  }
  if (measure === 'PLO' && (dhi - dlo > 0.3 || dlo < 0.05 || dhi > 0.95)) {
    for (const set of PROPORTION_SETS) {
      const inside = set.filter((p) => p >= dlo && p <= dhi);
      if (inside.length >= 3 && inside.length <= 8) return inside;
    }
  }
  return niceTicks(dlo, dhi, 6);
}

/**
 * An axis covering `values` (model scale; non-finite ones ignored) with 5% padding on each side,
 * ticks on the display scale.
 */
export function xAxisFor(measure: Measure, values: readonly number[]): XAxis {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.05;
  const domain: [number, number] = [lo - pad, hi + pad];
  const back = backTransformFor(measure);
  const inverse = inverseFor(measure);
  const values2 = displayTicks(measure, back(domain[0]), back(domain[1]));
  const ticks = values2
    .map((value) => ({ at: inverse(value), value, label: tickLabel(value) }))
    .filter((t) => Number.isFinite(t.at) && t.at >= domain[0] - 1e-12 && t.at <= domain[1] + 1e-12);
  const kind = measure === 'RR' || measure === 'OR' ? 'log' : measure === 'PLO' ? 'logit' : 'linear';
  return { domain, ticks, label: AXIS_LABEL[measure], kind };
}

/** "0.41 [0.13, 1.26]" on the display scale (3 decimals for proportions, 2 otherwise). */
export function intervalText(measure: Measure, estimate: number, lower: number, upper: number): string {
  const back = backTransformFor(measure);
  const digits = measure === 'PLO' || measure === 'PR' ? 3 : 2;
  const f = (x: number) => back(x).toFixed(digits);
  return `${f(estimate)} [${f(lower)}, ${f(upper)}]`;
}
