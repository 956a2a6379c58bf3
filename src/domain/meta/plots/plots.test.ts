import { describe, expect, it } from 'vitest';
import { escalc } from '../effect-sizes.ts';
import { rma } from '../rma.ts';
import type { Measure, Method } from '../types.ts';
import { niceTicks, xAxisFor } from './axis.ts';
import { forestLayout } from './forest.ts';
import { funnelLayout } from './funnel.ts';

// dat.bcg, as in test/fixtures/meta/bcg.json.
const BCG = {
  ai: [4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27],
  bi: [119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448, 2493, 16886],
  ci: [11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29],
  di: [128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825],
};
const labels = BCG.ai.map((_, i) => `Trial ${i + 1}`);
const fitBcg = (method: Method, measure: 'RR' | 'OR' | 'RD' = 'RR') =>
  rma(escalc({ measure, ...BCG }), { method });
const forest = (method: Method, measure: 'RR' | 'OR' | 'RD' = 'RR') =>
  forestLayout({ measure, fit: fitBcg(method, measure), labels });

describe('forest plot layout', () => {
  it('puts the studies in input order, then the pooled diamond and the prediction interval', () => {
    const f = forest('REML');
    expect(f.studies.map((s) => s.label)).toEqual(labels);
    expect(f.studies.map((s) => s.row)).toEqual(labels.map((_, i) => i));
    expect(f.pooled.row).toBeGreaterThan(12);
    expect(f.predictionInterval!.row).toBe(f.pooled.row + 1);
    expect(f.rowCount).toBe(f.predictionInterval!.row + 1);
    expect(f.header.text).toBe('RR [95% CI]  Weight');
  });

  it('sizes the squares by weight (area proportional to weight, the heaviest 1)', () => {
    const f = forest('FE');
    const heaviest = f.studies.reduce((a, b) => (b.weight > a.weight ? b : a));
    expect(heaviest.area).toBe(1);
    for (const s of f.studies) {
      expect(s.area).toBeCloseTo(s.weight / heaviest.weight, 12);
      expect(s.side).toBeCloseTo(Math.sqrt(s.area), 12);
    }
    const [a, b] = [f.studies[0]!, f.studies[7]!];
    expect(a.area / b.area).toBeCloseTo(a.weight / b.weight, 12);
  });

  it('draws the diamond at the pooled estimate spanning its CI', () => {
    const fit = fitBcg('REML');
    const { pooled } = forestLayout({ measure: 'RR', fit, labels });
    const xs = pooled.diamond.map(([x]) => x);
    expect(Math.min(...xs)).toBe(fit.ciLower);
    expect(Math.max(...xs)).toBe(fit.ciUpper);
    expect(pooled.diamond.filter(([x]) => x === fit.estimate)).toHaveLength(2);
    expect(pooled.diamond.every(([, y]) => Math.abs(y - pooled.row) < 0.5)).toBe(true);
    expect(pooled.text).toBe('0.49 [0.34, 0.70]  100%');
  });

  it('has a prediction interval for random-effects models and none for FE', () => {
    const re = forest('REML');
    expect(re.predictionInterval).toMatchObject({ lower: expect.any(Number), upper: expect.any(Number) });
    expect(re.predictionInterval!.lower).toBeCloseTo(-1.8666923, 6);
    expect(re.predictionInterval!.text).toBe('[0.15, 1.55]');
    expect(forest('FE').predictionInterval).toBeNull();
    expect(forest('DL').predictionInterval).not.toBeNull();
  });

  it('labels the axis on the ratio scale for RR (log axis), with the null line at RR 1', () => {
    const f = forest('REML');
    expect(f.axis.kind).toBe('log');
    expect(f.axis.ticks.map((t) => t.label)).toEqual(['0.1', '0.2', '0.5', '1', '2', '5']);
    for (const t of f.axis.ticks) expect(t.at).toBeCloseTo(Math.log(t.value), 12);
    expect(f.nullLine).toEqual({ at: 0, label: '1' });
    // Every interval is inside the axis.
    const [lo, hi] = f.axis.domain;
    for (const s of f.studies) expect(s.ciLower > lo && s.ciUpper < hi).toBe(true);
    expect(f.studies[0]!.text).toBe('0.41 [0.13, 1.26]  5.06%');
  });

  it('labels a logit axis with proportions, a linear one with plain values', () => {
    const plo = rma(escalc({ measure: 'PLO', xi: [3, 3, 9, 7, 6, 4], ni: [117, 35, 195, 136, 157, 139] }));
    const f = forestLayout({ measure: 'PLO', fit: plo, labels: [] });
    expect(f.axis.kind).toBe('logit');
    for (const t of f.axis.ticks) {
      expect(t.value).toBeGreaterThan(0);
      expect(t.value).toBeLessThan(1);
      expect(t.at).toBeCloseTo(Math.log(t.value / (1 - t.value)), 12);
    }
    expect(f.nullLine).toBeNull();
    expect(f.studies[0]!.label).toBe('Study 1');
    const rd = forest('REML', 'RD');
    expect(rd.axis.kind).toBe('linear');
    expect(rd.nullLine).toEqual({ at: 0, label: '0' });
    for (const t of rd.axis.ticks) expect(t.at).toBe(t.value);
  });

  it('adds a real-world row below the pooled rows, under its own heading, marked as such', () => {
    const fit = fitBcg('REML');
    const rw = {
      label: 'Our program',
      estimate: Math.log(0.6),
      ciLower: Math.log(0.35),
      ciUpper: Math.log(1.05),
      detail: '12/40 vs 20/40, entered counts',
    };
    const f = forestLayout({ measure: 'RR', fit, labels, realWorld: rw });
    const r = f.realWorld!;
    expect(r).toMatchObject({ kind: 'real-world', note: 'not pooled', label: 'Our program' });
    expect(r.detail).toBe('12/40 vs 20/40, entered counts');
    // Below the diamond and the prediction interval: separator, heading, then the estimate.
    const pi = f.predictionInterval!;
    expect(r.separator).toBeGreaterThan(pi.row + 0.25);
    expect(r.separator).toBeLessThan(r.heading.row);
    expect(r.heading).toEqual({ row: pi.row + 1, text: 'Real-world data (not pooled)' });
    expect(r.row).toBe(r.heading.row + 1);
    expect(f.rowCount).toBe(r.row + 1);
    // On the display scale, like the studies.
    expect(r.interval).toBe('0.60 [0.35, 1.05]');
    expect(r.text).toBe('0.60 [0.35, 1.05]  not pooled');
    expect(f.studies.every((s) => s.kind === 'study')).toBe(true);
    expect(forest('REML').realWorld).toBeNull();
  });

  it('leaves the evidence rows as they are and only widens the axis for the real-world row', () => {
    const fit = fitBcg('REML');
    const without = forestLayout({ measure: 'RR', fit, labels });
    const far = { label: 'Far away', estimate: Math.log(8), ciLower: Math.log(4), ciUpper: Math.log(16) };
    const withRw = forestLayout({ measure: 'RR', fit, labels, realWorld: far });
    expect(withRw.studies).toEqual(without.studies);
    expect(withRw.pooled).toEqual(without.pooled);
    expect(withRw.predictionInterval).toEqual(without.predictionInterval);
    expect(withRw.header).toEqual(without.header);
    expect(withRw.axis.domain[1]).toBeGreaterThan(Math.log(16));
    expect(without.axis.domain[1]).toBeLessThan(Math.log(16));
  });

  it('sits right under the diamond for a fixed-effect model (no prediction interval)', () => {
    const fit = fitBcg('FE');
    const rw = { label: 'Ours', estimate: -0.5, ciLower: -0.9, ciUpper: -0.1 };
    const f = forestLayout({ measure: 'RR', fit, labels, realWorld: rw });
    expect(f.predictionInterval).toBeNull();
    expect(f.realWorld!.heading.row).toBe(f.pooled.row + 1);
    expect(f.realWorld!.separator).toBeGreaterThan(f.pooled.row + 0.4);
    expect(f.realWorld!.detail).toBeNull();
  });

  it('names the real-world row in the title and the description', () => {
    const plo = rma(escalc({ measure: 'PLO', xi: [9, 12, 20], ni: [13, 20, 30] }));
    const yi = Math.log(9 / 4);
    const half = 1.959963984540054 * Math.sqrt(1 / 9 + 1 / 4);
    const f = forestLayout({
      measure: 'PLO',
      fit: plo,
      labels: ['A', 'B', 'C'],
      realWorld: {
        label: 'Spring program',
        estimate: yi,
        ciLower: yi - half,
        ciUpper: yi + half,
        detail: '9/13 responders, PHQ-9 Month 3',
      },
    });
    expect(f.title).toMatch(/with a real-world estimate \(not pooled\)$/);
    expect(f.description).toContain('not part of the pooling: real-world data, Spring program');
    expect(f.description).toContain('9/13 responders, PHQ-9 Month 3');
    // Proportions on the display scale: 9/13 = 0.692.
    expect(f.realWorld!.interval).toMatch(/^0\.692 \[0\.4\d\d, 0\.8\d\d\]$/);
    expect(f.description).toContain(`Proportion ${f.realWorld!.interval} (95% CI)`);
    expect(forestLayout({ measure: 'PLO', fit: plo, labels: [] }).title).not.toMatch(/real-world/);
  });
});

describe('funnel plot layout', () => {
  it('plots yi against SE around the model estimate with a pseudo 95% region', () => {
    for (const method of ['FE', 'REML'] as const) {
      const fit = fitBcg(method);
      const f = funnelLayout({ measure: 'RR', fit, labels });
      expect(f.points).toHaveLength(13);
      f.points.forEach((p, i) => {
        expect(p.yi).toBe(fit.studies[i]!.yi);
        expect(p.se).toBeCloseTo(Math.sqrt(fit.studies[i]!.vi), 14);
      });
      expect(f.center.at).toBe(fit.estimate);
      const maxSe = f.seAxis.domain[1];
      expect(maxSe).toBeGreaterThanOrEqual(Math.max(...f.points.map((p) => p.se)));
      expect(f.region.left).toEqual([
        [fit.estimate, 0],
        [expect.closeTo(fit.estimate - 1.959964 * maxSe, 5), maxSe],
      ]);
      expect(f.region.right[1]![0]).toBeCloseTo(fit.estimate + 1.959964 * maxSe, 5);
    }
  });
});

describe('axis ticks', () => {
  it('nice ticks', () => {
    expect(niceTicks(-1.3, 0.6, 6)).toEqual([-1, -0.5, 0, 0.5]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('narrow ratio ranges get linear ticks on the ratio scale', () => {
    const axis = xAxisFor('OR' as Measure, [Math.log(0.8), Math.log(1.3)]);
    expect(axis.ticks.map((t) => t.label)).toEqual(['0.8', '0.9', '1', '1.1', '1.2', '1.3']);
  });
});
