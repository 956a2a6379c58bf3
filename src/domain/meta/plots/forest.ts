/**
 * Forest plot layout: a pure description (rows, marks, axis, text) of an rma fit, drawn by the
 * server's renderer (src/server/meta/render.ts) or any other. Positions are on the model scale;
 * the axis ticks and the text are on the display scale (see axis.ts).
 *
 * Rows, top to bottom (row 0 at the top): one per study in input order, a blank row, the pooled
 * estimate (a diamond spanning its CI), the prediction interval (random-effects models only) as a
 * bar under the diamond, and, when given, a real-world estimate (e.g. a clinic's own program):
 * below a separator, a heading row "Real-world data (not pooled)", then the estimate's own row,
 * marked `kind: 'real-world'` so it is drawn distinctly. It is not part of the fit: it has no
 * weight and the pooled rows do not depend on it; only the axis widens to hold its interval.
 *
 * Study squares: area proportional to the study's weight (the usual convention: `area` is
 * weight / max weight, `side` = √area, both relative to the heaviest study).
 */
import type { Measure, RmaResult } from '../types.ts';
import { intervalText, SCALE_NAME, type XAxis, xAxisFor } from './axis.ts';

/** An estimate from outside the meta-analysis, on the model scale (e.g. log RR for RR). */
export interface RealWorldEstimate {
  label: string;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  /** A second line under the label: where the numbers come from (e.g. "9/13 responders, PHQ-9 Month 3"). */
  detail?: string | null;
}

export const REAL_WORLD_HEADING = 'Real-world data (not pooled)';

export interface ForestInput {
  measure: Measure;
  fit: RmaResult;
  /** One label per study, in the fit's order. */
  labels: readonly string[];
  realWorld?: RealWorldEstimate | null;
}

interface RowBase {
  row: number;
  label: string;
  estimate: number;
  ciLower: number;
  ciUpper: number;
  /** "estimate [CI]" on the display scale. */
  interval: string;
  /** Right-hand column: the interval, two spaces, then the weight ("5.07%"), "100%" or "real-world data". */
  text: string;
}

export interface ForestStudyRow extends RowBase {
  kind: 'study';
  /** Percent weight (metafor's weights()). */
  weight: number;
  /** Square area relative to the heaviest study (1), proportional to weight. */
  area: number;
  /** Square side relative to the heaviest study: √area. */
  side: number;
}

export interface ForestPooledRow extends RowBase {
  kind: 'pooled';
  /** Corners of the diamond as [x, row]: left CI bound, top, right CI bound, bottom. */
  diamond: Array<[number, number]>;
}

export interface ForestIntervalRow {
  kind: 'prediction-interval';
  row: number;
  label: string;
  lower: number;
  upper: number;
  text: string;
}

export interface ForestRealWorldRow extends RowBase {
  kind: 'real-world';
  /** Shown where a study has its weight. */
  note: 'not pooled';
  detail: string | null;
  /** The heading row above the estimate: "Real-world data (not pooled)". */
  heading: { row: number; text: typeof REAL_WORLD_HEADING };
  /** Where the separator between the evidence and the real-world block is drawn (between rows). */
  separator: number;
}

export interface ForestLayout {
  title: string;
  description: string;
  measure: Measure;
  /** Number of rows (the last row index + 1). */
  rowCount: number;
  studies: ForestStudyRow[];
  pooled: ForestPooledRow;
  predictionInterval: ForestIntervalRow | null;
  realWorld: ForestRealWorldRow | null;
  /** Model-scale position of the line of no effect (0 for differences, log 1 = 0 for ratios); null for proportions. */
  nullLine: { at: number; label: string } | null;
  axis: XAxis;
  header: { label: string; text: string };
}

const DIAMOND_HALF_HEIGHT = 0.4;

export const modelName = (fit: Pick<RmaResult, 'method'>): string =>
  fit.method === 'FE' ? 'Fixed-effect model' : `Random-effects model (${fit.method})`;

export function forestLayout(input: ForestInput): ForestLayout {
  const { measure, fit, labels } = input;
  const k = fit.studies.length;
  const maxWeight = Math.max(...fit.studies.map((s) => s.weight));
  const studies: ForestStudyRow[] = fit.studies.map((s, i) => {
    const area = maxWeight > 0 ? s.weight / maxWeight : 1;
    return {
      kind: 'study',
      row: i,
      label: labels[i] ?? `Study ${i + 1}`,
      estimate: s.yi,
      ciLower: s.ciLower,
      ciUpper: s.ciUpper,
      weight: s.weight,
      area,
      side: Math.sqrt(area),
      interval: intervalText(measure, s.yi, s.ciLower, s.ciUpper),
      text: `${intervalText(measure, s.yi, s.ciLower, s.ciUpper)}  ${s.weight.toFixed(2)}%`,
    };
  });
  const pooledRow = k + 1;
  const pooled: ForestPooledRow = {
    kind: 'pooled',
    row: pooledRow,
    label: modelName(fit),
    estimate: fit.estimate,
    ciLower: fit.ciLower,
    ciUpper: fit.ciUpper,
    diamond: [
      [fit.ciLower, pooledRow],
      [fit.estimate, pooledRow - DIAMOND_HALF_HEIGHT],
      [fit.ciUpper, pooledRow],
      [fit.estimate, pooledRow + DIAMOND_HALF_HEIGHT],
    ],
    interval: intervalText(measure, fit.estimate, fit.ciLower, fit.ciUpper),
    text: `${intervalText(measure, fit.estimate, fit.ciLower, fit.ciUpper)}  100%`,
  };
  const predictionInterval: ForestIntervalRow | null =
    fit.piLower !== null && fit.piUpper !== null
      ? {
          kind: 'prediction-interval',
          row: pooledRow + 1,
          label: `${fit.level}% prediction interval`,
          lower: fit.piLower,
          upper: fit.piUpper,
          text: intervalText(measure, fit.estimate, fit.piLower, fit.piUpper).replace(/^\S+ /, ''),
        }
      : null;
  const afterPooled = (predictionInterval?.row ?? pooledRow) + 1;
  const rw = input.realWorld;
  const realWorld: ForestRealWorldRow | null = rw
    ? {
        kind: 'real-world',
        note: 'not pooled',
        row: afterPooled + 1,
        label: rw.label,
        detail: rw.detail ?? null,
        estimate: rw.estimate,
        ciLower: rw.ciLower,
        ciUpper: rw.ciUpper,
        interval: intervalText(measure, rw.estimate, rw.ciLower, rw.ciUpper),
        text: `${intervalText(measure, rw.estimate, rw.ciLower, rw.ciUpper)}  not pooled`,
        heading: { row: afterPooled, text: REAL_WORLD_HEADING },
        separator: afterPooled - 0.55,
      }
    : null;
  const ratio = measure === 'RR' || measure === 'OR';
  const nullLine = measure === 'PLO' || measure === 'PR' ? null : { at: 0, label: ratio ? '1' : '0' };
  const axis = xAxisFor(measure, [
    ...studies.flatMap((s) => [s.ciLower, s.ciUpper]),
    fit.ciLower,
    fit.ciUpper,
    ...(predictionInterval ? [predictionInterval.lower, predictionInterval.upper] : []),
    ...(realWorld ? [realWorld.ciLower, realWorld.ciUpper] : []),
    ...(nullLine ? [nullLine.at] : []),
  ]);
  const scale = SCALE_NAME[measure];
  const realWorldText = realWorld
    ? ` Below it, not part of the pooling: real-world data, ${realWorld.label}${
        realWorld.detail ? ` (${realWorld.detail})` : ''
      }, ${scale} ${realWorld.interval} (${fit.level}% CI).`
    : '';
  return {
    title: `Forest plot: ${k} ${k === 1 ? 'study' : 'studies'}, ${scale}, ${modelName(fit).toLowerCase()}${
      realWorld ? ', with a real-world estimate (not pooled)' : ''
    }`,
    description: `Pooled ${scale} ${pooled.interval} (${fit.level}% CI)${
      predictionInterval ? `, ${predictionInterval.label} ${predictionInterval.text}` : ''
    }; I² ${fit.i2.toFixed(1)}%.${realWorldText}`,
    measure,
    rowCount: (realWorld?.row ?? afterPooled - 1) + 1,
    studies,
    pooled,
    predictionInterval,
    realWorld,
    nullLine,
    axis,
    header: { label: 'Study', text: `${scale} [${fit.level}% CI]  Weight` },
  };
}
