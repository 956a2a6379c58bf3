/**
 * One instrument's trajectory drawn with Observable Plot: the severity bands shaded, the scores as
 * a line with dots (baseline, response and remission marked by shape and colour, with a legend in
 * words), dashed lines at the response and remission thresholds, and each dosing session as a
 * vertical rule. The figure's caption states the same in words (describeTrajectory).
 */

import { Box, Text } from '@mantine/core';
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { Dosing, Trajectory } from './api.ts';
import { describeTrajectory } from './summary.ts';

const BAND_COLOURS = ['#e6f4ea', '#fff4d6', '#ffe3c2', '#ffd2c2', '#f8c4c4', '#efb6c8'];

const statusOf = (p: Trajectory['points'][number]) =>
  p.isBaseline ? 'baseline' : p.remission ? 'remission' : p.response ? 'response' : 'other';

export function TrajectoryChart({ trajectory: t, dosings }: { trajectory: Trajectory; dosings: Dosing[] }) {
  const { t: tr } = useT('trajectories');
  const ref = useRef<HTMLDivElement>(null);
  const text = describeTrajectory(t, dosings.length);

  useEffect(() => {
    const host = ref.current;
    if (!host || t.points.length === 0) return;
    const dates = [
      ...t.points.map((p) => new Date(p.administeredAt)),
      ...dosings.map((d) => new Date(d.startsAt)),
    ];
    const min = new Date(Math.min(...dates.map(Number)) - 5 * 86_400_000);
    const max = new Date(Math.max(...dates.map(Number)) + 5 * 86_400_000);
    const data = t.points.map((p) => ({
      at: new Date(p.administeredAt),
      total: p.total,
      status: statusOf(p),
    }));
    const thresholds = [
      ...(t.responseThreshold === null ? [] : [{ y: t.responseThreshold, label: tr('threshold.response') }]),
      ...(t.remissionMaxTotal === null
        ? []
        : [{ y: t.remissionMaxTotal + 0.5, label: tr('threshold.remission') }]),
    ];
    const svg = Plot.plot({
      width: 640,
      height: 260,
      marginRight: 130,
      x: { type: 'utc', domain: [min, max], label: null },
      y: {
        domain: [t.range.min, t.range.max],
        label: tr('yLabel', { instrument: t.shortName }),
        grid: false,
      },
      color: {
        domain: ['baseline', 'response', 'remission', 'other'],
        range: ['#1c7ed6', '#e8590c', '#2b8a3e', '#495057'],
      },
      symbol: {
        domain: ['baseline', 'response', 'remission', 'other'],
        range: ['square', 'triangle', 'star', 'circle'],
      },
      marks: [
        Plot.rect(t.bands, {
          x1: () => min,
          x2: () => max,
          y1: (b: { min: number }) => Math.max(t.range.min, b.min - 0.5),
          y2: (b: { max: number }) => Math.min(t.range.max, b.max + 0.5),
          fill: (_: unknown, i: number) => BAND_COLOURS[i % BAND_COLOURS.length],
        }),
        Plot.text(t.bands, {
          x: () => max,
          y: (b: { min: number; max: number }) => (b.min + b.max) / 2,
          text: 'label',
          textAnchor: 'start',
          dx: 6,
          fill: '#495057',
          fontSize: 10,
        }),
        Plot.ruleX(dosings, {
          x: (d: Dosing) => new Date(d.startsAt),
          stroke: '#7048e8',
          strokeDasharray: '2,3',
        }),
        Plot.ruleY(thresholds, { y: 'y', stroke: '#343a40', strokeDasharray: '6,4', strokeOpacity: 0.7 }),
        Plot.text(thresholds, {
          x: () => min,
          y: 'y',
          text: 'label',
          textAnchor: 'start',
          dy: -6,
          fontSize: 10,
        }),
        Plot.line(data, { x: 'at', y: 'total', stroke: '#495057' }),
        Plot.dot(data, { x: 'at', y: 'total', fill: 'status', symbol: 'status', r: 5, stroke: 'white' }),
      ],
    });
    // One image with one name: the marks' own aria-labels ("rect", "line") say nothing and are not
    // allowed on their groups.
    for (const node of svg.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', text);
    svg.style.maxWidth = '100%';
    svg.style.height = 'auto';
    host.replaceChildren(svg);
    return () => host.replaceChildren();
  }, [t, dosings, text, tr]);

  return (
    <Box component="figure" m={0}>
      <div ref={ref} />
      <Text component="figcaption" size="sm" mt="xs">
        {text}
      </Text>
      <Text size="xs" c="dimmed">
        {tr('legend', {
          response: t.responseCriterion ?? tr('noCriterion'),
          remission:
            t.remissionMaxTotal === null
              ? tr('noCriterion')
              : tr('remissionTotal', { max: t.remissionMaxTotal }),
        })}
      </Text>
    </Box>
  );
}
