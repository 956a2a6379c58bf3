/**
 * The trajectory in words: the chart's text alternative and the line under it, in the reader's
 * language with dates in the organization's zone. Pure, so that what a screen reader hears is tested.
 */
import { currentFormatter } from '../i18n/format.ts';
import { tKey } from '../i18n/labels.ts';
import type { Trajectory } from './api.ts';

const say = (key: string, values?: Record<string, unknown>) => tKey(`trajectories:summary.${key}`, values);

type Point = Trajectory['points'][number];

/** "16 (moderately severe) on 5 January 2026": the band is the instrument's own label. */
const scoreOf = (p: Point) =>
  p.severity ? say('scoreBand', { total: p.total, band: p.severity }) : String(p.total);

export function describeTrajectory(t: Trajectory, dosingCount: number): string {
  const instrument = t.shortName;
  const base = t.points.find((p) => p.isBaseline);
  const last = t.points.at(-1);
  if (!base || !last) return say('none', { instrument });
  const day = (iso: string) => currentFormatter().textDate(iso);
  const parts = [say('count', { instrument, count: t.points.length })];
  parts.push(say('baseline', { score: scoreOf(base), date: day(base.administeredAt) }));
  if (last !== base) {
    const latest = { score: scoreOf(last), date: day(last.administeredAt) };
    parts.push(
      last.change === null
        ? say('latest', latest)
        : say('latestChange', { ...latest, change: `${last.change > 0 ? '+' : ''}${last.change}` }),
    );
    const met = [
      last.response === null ? null : say(last.response ? 'response' : 'noResponse'),
      last.remission === null ? null : say(last.remission ? 'remission' : 'noRemission'),
      last.reliable === null || last.reliable === 'unchanged' ? null : say(`reliably.${last.reliable}`),
    ].filter(Boolean);
    if (met.length) parts.push(say('met', { list: met.join(', ') }));
  }
  if (dosingCount > 0) parts.push(say('dosings', { count: dosingCount }));
  return parts.join(' ');
}
