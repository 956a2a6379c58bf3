/**
 * The trajectory in words: the chart's text alternative and the line under it. Pure, so that what
 * a screen reader hears is tested.
 */
import type { Trajectory } from './api.ts';

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function describeTrajectory(t: Trajectory, dosingCount: number): string {
  const base = t.points.find((p) => p.isBaseline);
  const last = t.points.at(-1);
  if (!base || !last) return `${t.shortName}: no scores yet.`;
  const parts = [`${t.shortName}: ${t.points.length} score${t.points.length === 1 ? '' : 's'}.`];
  parts.push(
    `Baseline ${base.total}${base.severity ? ` (${base.severity})` : ''} on ${day(base.administeredAt)}.`,
  );
  if (last !== base) {
    const change = last.change === null ? '' : ` (${last.change > 0 ? '+' : ''}${last.change} from baseline)`;
    parts.push(
      `Latest ${last.total}${last.severity ? ` (${last.severity})` : ''} on ${day(last.administeredAt)}${change}.`,
    );
    const met = [
      last.response === null
        ? null
        : last.response
          ? 'meets the response criterion'
          : 'does not meet the response criterion',
      last.remission === null ? null : last.remission ? 'in remission' : 'not in remission',
      last.reliable === null || last.reliable === 'unchanged' ? null : `reliably ${last.reliable}`,
    ].filter(Boolean);
    if (met.length) parts.push(`Latest ${met.join(', ')}.`);
  }
  if (dosingCount > 0) parts.push(`${dosingCount} dosing session${dosingCount === 1 ? '' : 's'} marked.`);
  return parts.join(' ');
}
