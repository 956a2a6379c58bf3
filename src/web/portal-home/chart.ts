/**
 * The geometry of the score chart, pure so it can be tested: scores up (the instrument's range fills
 * the plot's height), time across, the severity bands as horizontal stripes that meet halfway between
 * one band's top and the next one's bottom, and a few value ticks that do not crowd each other.
 */

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface Range {
  min: number;
  max: number;
}

export interface ScorePoint {
  at: string;
  total: number;
}

/** The drawing's size in SVG units and the margins around the plot (room for ticks and dates). */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = { width: 320, height: 200, left: 34, right: 10, top: 10, bottom: 30 };

export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Stripe {
  band: Band;
  /** Position in the bands sorted from lowest to highest (for alternating shades). */
  index: number;
  y: number;
  height: number;
  /** The band's name fits inside the stripe, at its right end, without covering a point. */
  labelled: boolean;
}

/** Band names: their size in SVG units (the chart's CSS sets 10px text), right-aligned this far inside the plot. */
export const BAND_LABEL = { charWidth: 5.5, height: 12, inset: 4, pointRadius: 6 };

export interface PlottedPoint extends ScorePoint {
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  y: number;
}

export interface ChartLayout {
  plot: Plot;
  stripes: Stripe[];
  points: PlottedPoint[];
  /** SVG path data through the points, oldest to newest ('' without points). */
  path: string;
  ticks: Tick[];
}

const round = (n: number): number => Math.round(n * 100) / 100;
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

export const plotOf = (box: ChartBox): Plot => ({
  x: box.left,
  y: box.top,
  width: box.width - box.left - box.right,
  height: box.height - box.top - box.bottom,
});

/** The y of a score: the range's maximum at the top of the plot, its minimum at the bottom. */
export function scaleY(value: number, range: Range, plot: Plot): number {
  const span = range.max - range.min || 1;
  const share = (clamp(value, range.min, range.max) - range.min) / span;
  return round(plot.y + plot.height * (1 - share));
}

/** The x of an instant between the first and the last; one instant (or several at once) sits in the middle. */
export function scaleX(time: number, first: number, last: number, plot: Plot): number {
  if (!(last > first)) return round(plot.x + plot.width / 2);
  return round(plot.x + (plot.width * (clamp(time, first, last) - first)) / (last - first));
}

/**
 * Each band's lower and upper edge in score units: adjoining bands (0–4, 5–9) meet halfway (4.5), the
 * outer edges are the bands' own, and nothing reaches outside the instrument's range.
 */
export function bandEdges(
  bands: readonly Band[],
  range: Range,
): { band: Band; lower: number; upper: number }[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return sorted.map((band, i) => {
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const lower = prev && band.min - prev.max <= 1 ? (prev.max + band.min) / 2 : band.min;
    const upper = next && next.min - band.max <= 1 ? (band.max + next.min) / 2 : band.max;
    return {
      band,
      lower: clamp(lower, range.min, range.max),
      upper: clamp(upper, range.min, range.max),
    };
  });
}

/** The band a score falls in, or null. */
export const bandFor = (bands: readonly Band[], total: number): Band | null =>
  bands.find((b) => total >= b.min && total <= b.max) ?? null;

/** The range's ends always, and band starts in between where they leave `minGap` units to every other tick. */
export function ticksFor(range: Range, bands: readonly Band[], plot: Plot, minGap = 14): Tick[] {
  const kept: Tick[] = [range.min, range.max].map((value) => ({ value, y: scaleY(value, range, plot) }));
  const candidates = [...new Set(bands.map((b) => b.min))]
    .filter((v) => v > range.min && v < range.max)
    .sort((a, b) => a - b);
  for (const value of candidates) {
    const y = scaleY(value, range, plot);
    if (kept.every((t) => Math.abs(t.y - y) >= minGap)) kept.push({ value, y });
  }
  return kept.sort((a, b) => a.value - b.value);
}

export function chartLayout(
  range: Range,
  bands: readonly Band[],
  points: readonly ScorePoint[],
  box: ChartBox = CHART_BOX,
): ChartLayout {
  const plot = plotOf(box);

  const dated = points
    .map((p) => ({ ...p, time: Date.parse(p.at) }))
    .filter((p) => !Number.isNaN(p.time))
    .sort((a, b) => a.time - b.time);
  const first = dated[0]?.time ?? 0;
  const last = dated[dated.length - 1]?.time ?? 0;
  const plotted: PlottedPoint[] = dated.map(({ at, total, time }) => ({
    at,
    total,
    x: scaleX(time, first, last, plot),
    y: scaleY(total, range, plot),
  }));
  const path = plotted.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const stripes = bandEdges(bands, range)
    .map(({ band, lower, upper }, index) => {
      const y = scaleY(upper, range, plot);
      const height = round(scaleY(lower, range, plot) - y);
      return { band, index, y, height, labelled: labelFits(band.label, y, height, plot, plotted) };
    })
    .filter((s) => s.height > 0);
  return { plot, stripes, points: plotted, path, ticks: ticksFor(range, bands, plot) };
}

/** Whether a band's name fits in its stripe (right-aligned, centred in height) clear of every point. */
export function labelFits(
  label: string,
  y: number,
  height: number,
  plot: Plot,
  points: readonly { x: number; y: number }[],
): boolean {
  const { charWidth, height: textHeight, inset, pointRadius } = BAND_LABEL;
  const width = label.length * charWidth;
  if (height < textHeight || width > plot.width - 2 * inset) return false;
  const right = plot.x + plot.width - inset;
  const left = right - width;
  const top = y + (height - textHeight) / 2;
  const bottom = top + textHeight;
  return !points.some(
    (p) =>
      p.x + pointRadius > left &&
      p.x - pointRadius < right &&
      p.y + pointRadius > top &&
      p.y - pointRadius < bottom,
  );
}
