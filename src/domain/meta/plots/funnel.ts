/**
 * Funnel plot layout (metafor's funnel.rma): each study's effect size against its standard error,
 * the SE axis inverted (0 at the top), a reference line at the model's pooled estimate (FE or RE),
 * and the pseudo confidence region estimate ± z·SE at the fit's level, a triangle from SE 0 to the
 * largest SE. Positions on the model scale; x ticks on the display scale (see axis.ts).
 */
import { criticalValue } from '../distributions.ts';
import type { Measure, RmaResult } from '../types.ts';
import { type XAxis, xAxisFor } from './axis.ts';
import { modelName } from './forest.ts';

export interface FunnelInput {
  measure: Measure;
  fit: RmaResult;
  labels: readonly string[];
}

export interface FunnelPoint {
  label: string;
  yi: number;
  se: number;
}

export interface FunnelLayout {
  title: string;
  description: string;
  measure: Measure;
  points: FunnelPoint[];
  /** The pooled estimate the funnel is centred on. */
  center: { at: number; label: string };
  /** Pseudo confidence region: its level (percent), and its bounds as [x, se] from SE 0 to the largest SE. */
  region: { level: number; left: Array<[number, number]>; right: Array<[number, number]> };
  axis: XAxis;
  /** SE axis, drawn inverted: domain [0, max]. */
  seAxis: { domain: [number, number]; label: string };
}

export function funnelLayout(input: FunnelInput): FunnelLayout {
  const { measure, fit, labels } = input;
  const points = fit.studies.map((s, i) => ({
    label: labels[i] ?? `Study ${i + 1}`,
    yi: s.yi,
    se: Math.sqrt(s.vi),
  }));
  const maxSe = Math.max(...points.map((p) => p.se)) * 1.05;
  const z = criticalValue(fit.level, null);
  const c = fit.estimate;
  const left: Array<[number, number]> = [
    [c, 0],
    [c - z * maxSe, maxSe],
  ];
  const right: Array<[number, number]> = [
    [c, 0],
    [c + z * maxSe, maxSe],
  ];
  const axis = xAxisFor(measure, [...points.map((p) => p.yi), left[1]![0], right[1]![0]]);
  const k = points.length;
  return {
    title: `Funnel plot: ${k} ${k === 1 ? 'study' : 'studies'}, ${modelName(fit).toLowerCase()}`,
    description: `Effect sizes against standard errors, centred on the pooled estimate with a pseudo ${fit.level}% confidence region.`,
    measure,
    points,
    center: { at: c, label: fit.method === 'FE' ? 'FE estimate' : 'RE estimate' },
    region: { level: fit.level, left, right },
    axis,
    seAxis: { domain: [0, maxSe], label: 'Standard error' },
  };
}
