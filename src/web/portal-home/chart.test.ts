import { describe, expect, it } from 'vitest';
import {
  bandEdges,
  bandFor,
  type ChartBox,
  chartLayout,
  labelFits,
  plotOf,
  scaleX,
  scaleY,
  ticksFor,
} from './chart.ts';

// A plot 100 wide and 270 high at (10, 10): one score unit of PHQ-9 (0–27) is 10 units high.
const BOX: ChartBox = { width: 120, height: 300, left: 10, right: 10, top: 10, bottom: 20 };
const plot = plotOf(BOX);
const PHQ9 = { min: 0, max: 27 };
const BANDS = [
  { min: 5, max: 9, label: 'Mild' },
  { min: 0, max: 4, label: 'Minimal' },
  { min: 10, max: 14, label: 'Moderate' },
  { min: 15, max: 19, label: 'Moderately severe' },
  { min: 20, max: 27, label: 'Severe' },
];

describe('scales', () => {
  it('puts the range maximum at the top and the minimum at the bottom', () => {
    expect(plot).toEqual({ x: 10, y: 10, width: 100, height: 270 });
    expect(scaleY(27, PHQ9, plot)).toBe(10);
    expect(scaleY(0, PHQ9, plot)).toBe(280);
    expect(scaleY(6, PHQ9, plot)).toBe(220);
  });

  it('keeps scores outside the range on its edge, and survives an empty range', () => {
    expect(scaleY(40, PHQ9, plot)).toBe(10);
    expect(scaleY(-3, PHQ9, plot)).toBe(280);
    expect(scaleY(5, { min: 5, max: 5 }, plot)).toBe(280);
  });

  it('spreads time across the plot, and centres a single instant', () => {
    expect(scaleX(0, 0, 100, plot)).toBe(10);
    expect(scaleX(100, 0, 100, plot)).toBe(110);
    expect(scaleX(25, 0, 100, plot)).toBe(35);
    expect(scaleX(7, 7, 7, plot)).toBe(60);
  });
});

describe('band stripes', () => {
  it('sorts the bands and lets adjoining ones meet halfway, inside the range', () => {
    expect(bandEdges(BANDS, PHQ9).map(({ band, lower, upper }) => [band.label, lower, upper])).toEqual([
      ['Minimal', 0, 4.5],
      ['Mild', 4.5, 9.5],
      ['Moderate', 9.5, 14.5],
      ['Moderately severe', 14.5, 19.5],
      ['Severe', 19.5, 27],
    ]);
  });

  it('leaves a gap between bands that do not adjoin', () => {
    const edges = bandEdges(
      [
        { min: 0, max: 10, label: 'Low' },
        { min: 20, max: 30, label: 'High' },
      ],
      { min: 0, max: 30 },
    );
    expect(edges.map((e) => [e.lower, e.upper])).toEqual([
      [0, 10],
      [20, 30],
    ]);
  });

  it('draws the stripes top-down without overlap, covering the plot', () => {
    const { stripes } = chartLayout(PHQ9, BANDS, [], BOX);
    // "Moderately severe" is too wide for this narrow plot.
    expect(stripes.filter((s) => s.labelled).map((s) => s.band.label)).toEqual([
      'Minimal',
      'Mild',
      'Moderate',
      'Severe',
    ]);
    expect(stripes.map((s) => [s.band.label, s.index, s.y, s.height])).toEqual([
      ['Minimal', 0, 235, 45],
      ['Mild', 1, 185, 50],
      ['Moderate', 2, 135, 50],
      ['Moderately severe', 3, 85, 50],
      ['Severe', 4, 10, 75],
    ]);
    const total = stripes.reduce((sum, s) => sum + s.height, 0);
    expect(total).toBe(plot.height);
  });

  it('finds the band a score is in', () => {
    expect(bandFor(BANDS, 6)?.label).toBe('Mild');
    expect(bandFor(BANDS, 27)?.label).toBe('Severe');
    expect(bandFor(BANDS, 30)).toBeNull();
    expect(bandFor([], 3)).toBeNull();
  });
});

describe('chart layout', () => {
  it('plots the points oldest first and draws a line through them', () => {
    const { points, path } = chartLayout(
      PHQ9,
      BANDS,
      [
        { at: '2025-03-01T00:00:00Z', total: 6 },
        { at: '2025-01-01T00:00:00Z', total: 27 },
        { at: 'not a date', total: 1 },
        { at: '2025-05-01T00:00:00Z', total: 0 },
      ],
      BOX,
    );
    expect(points.map((p) => [p.total, p.x, p.y])).toEqual([
      [27, 10, 10],
      [6, 59.17, 220],
      [0, 110, 280],
    ]);
    expect(path).toBe('M10 10 L59.17 220 L110 280');
  });

  it('centres one point and draws no line without points', () => {
    expect(chartLayout(PHQ9, BANDS, [{ at: '2025-01-01T00:00:00Z', total: 9 }], BOX).points).toEqual([
      { at: '2025-01-01T00:00:00Z', total: 9, x: 60, y: 190 },
    ]);
    expect(chartLayout(PHQ9, BANDS, [], BOX).path).toBe('');
  });
});

describe('band names in the stripes', () => {
  // The Mild stripe runs from y 185 to 235; its name (4 × 5.5 wide) sits right-aligned at x 84–106, y 204–216.
  it('names a stripe when nothing covers its name', () => {
    expect(labelFits('Mild', 185, 50, plot, [{ x: 20, y: 210 }])).toBe(true);
    expect(labelFits('Mild', 185, 50, plot, [{ x: 100, y: 100 }])).toBe(true);
  });

  it('leaves the name out where a point would cover it, or the stripe is too small for it', () => {
    expect(labelFits('Mild', 185, 50, plot, [{ x: 110, y: 220 }])).toBe(false);
    expect(labelFits('Mild', 185, 10, plot, [])).toBe(false);
    expect(labelFits('x'.repeat(40), 185, 50, plot, [])).toBe(false);
  });

  it('marks the stripe of the latest point unnamed in the layout', () => {
    const { stripes } = chartLayout(
      PHQ9,
      BANDS,
      [
        { at: '2025-01-01T00:00:00Z', total: 1 },
        { at: '2025-05-01T00:00:00Z', total: 7 },
      ],
      BOX,
    );
    expect(stripes.find((s) => s.band.label === 'Mild')?.labelled).toBe(false);
    expect(stripes.find((s) => s.band.label === 'Minimal')?.labelled).toBe(true);
  });
});

describe('ticks', () => {
  it('always marks the ends and adds band starts that leave room', () => {
    expect(ticksFor(PHQ9, BANDS, plot).map((t) => t.value)).toEqual([0, 5, 10, 15, 20, 27]);
    // On a short plot (2 units a score point) only starts 14 units from every other tick remain.
    const short = plotOf({ ...BOX, height: 84 });
    expect(ticksFor(PHQ9, BANDS, short).map((t) => t.value)).toEqual([0, 10, 20, 27]);
  });
});
