/** The plain-language lines of the progress section: the latest score with its band, and each point's band. */
import { type Band, bandFor } from './chart.ts';
import type { Better, HomeText } from './i18n.ts';

export interface History {
  shortName: string;
  range: { min: number; max: number };
  bands: Band[];
  better: Better;
  points: { at: string; total: number; severity: string | null }[];
}

/** The band a point falls in: the server's word for it, else the band its total is in. */
export const pointBand = (point: { total: number; severity: string | null }, bands: readonly Band[]) =>
  point.severity ?? bandFor(bands, point.total)?.label ?? null;

/** The newest point (points come oldest first; the newest date wins anyway). */
export function latestPoint<P extends { at: string }>(points: readonly P[]): P | null {
  let latest: P | null = null;
  for (const p of points) if (!latest || Date.parse(p.at) >= Date.parse(latest.at)) latest = p;
  return latest;
}

/** "Your latest PHQ-9 score: 6 of 27 — mild. Lower scores are better." or null without scores. */
export function latestSummary(history: History, t: HomeText): string | null {
  const latest = latestPoint(history.points);
  if (!latest) return null;
  const band = pointBand(latest, history.bands);
  const score = t.latestScore(history.shortName, latest.total, history.range.min, history.range.max);
  return `${score}${band ? ` — ${band}` : ''}. ${t.better[history.better]}`;
}
