/**
 * The mean score at each timepoint with its 95% interval, four ways side by side (observed cases,
 * completers, LOCF, the mixed model), drawn with Observable Plot as SVG in the browser, over the
 * instrument's severity bands when it publishes them. The caption says the same in words; the
 * tables below remain the full record.
 */
import { Box, Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useInstrument } from '../instruments/api.ts';
import type { OutcomeReport } from './api.ts';
import {
  type ChartPoint,
  chartPoints,
  chartSummary,
  METHOD_LABELS,
  METHODS,
  type Method,
} from './estimates.ts';
import { fixed, interval } from './format.ts';

/** Okabe–Ito colours (distinguishable with colour-blindness), each with its own marker and dash. */
const STYLE: Record<Method, { color: string; symbol: string; dash: string }> = {
  observed: { color: '#0072B2', symbol: 'circle', dash: 'none' },
  completers: { color: '#B35900', symbol: 'square', dash: '6,3' },
  locf: { color: '#007A5A', symbol: 'triangle', dash: '2,3' },
  lmm: { color: '#A1487F', symbol: 'diamond', dash: '8,3,2,3' },
};

const BAND_FILLS = ['#f1f3f5', '#ffffff'];

interface Props {
  report: OutcomeReport;
  shortName: string;
}

export function OutcomeChart({ report, shortName }: Props) {
  const { t, i18n } = useT('outcomes');
  const language = i18n.language;
  const instrument = useInstrument(report.instrumentId);
  const { ref: sizeRef, width } = useElementSize();
  const host = useRef<HTMLDivElement>(null);
  const rows = report.missingData;
  const points = useMemo(() => chartPoints(rows), [rows]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the words change with the language
  const summary = useMemo(() => chartSummary(rows, shortName), [rows, shortName, language]);
  const def = instrument.data;
  // Drawn once, with the instrument's range and bands: not first without them and again when the
  // instrument arrives (it is prefetched with the report, src/web/outcomes/prefetch.ts).
  const waiting = instrument.isPending && instrument.fetchStatus !== 'idle';

  useEffect(() => {
    const el = host.current;
    if (!el || width <= 0 || points.length === 0 || waiting) return;
    const labels = rows.map((r) => r.label);
    const plotWidth = Math.max(320, Math.floor(width));
    const perTimepoint = (plotWidth - 70) / Math.max(1, labels.length);
    // Long timepoint labels wrap within their slot: the line width is in ems (11 px here), and
    // the bottom margin makes room for as many lines as the longest needs (about 6 px a letter).
    const lineWidth = Math.max(3, (perTimepoint - 6) / 11);
    const lines = Math.min(
      5,
      Math.max(1, ...labels.map((l) => Math.ceil((l.length * 6.2) / (lineWidth * 11)))),
    );
    const range = def?.totalRange;
    const bands = def?.bands?.value ?? [];
    const lo = range?.min;
    const hi = range?.max;
    const yBand = (b: { min: number; max: number }) => ({
      y1: lo === undefined ? b.min : Math.max(lo, b.min - 0.5),
      y2: hi === undefined ? b.max : Math.min(hi, b.max + 0.5),
    });
    const title = (p: ChartPoint) =>
      t('chart.pointTitle', { method: METHOD_LABELS[p.method], timepoint: p.label, mean: fixed(p.mean) }) +
      (p.lower !== null && p.upper !== null
        ? t('chart.pointCi', { ci: interval({ lower: p.lower, upper: p.upper }) })
        : '');
    const marks: Plot.Markish[] = [];
    if (bands.length > 0) {
      const shaded = bands.map((b, i) => ({ ...b, ...yBand(b), fill: BAND_FILLS[i % 2]! }));
      marks.push(
        Plot.rect(shaded, {
          x1: -0.5,
          x2: labels.length - 0.5,
          y1: 'y1',
          y2: 'y2',
          fill: 'fill',
          ariaHidden: 'true',
        }),
      );
      // On a phone the band names would sit on the data: the caption names them instead.
      if (plotWidth >= 480)
        marks.push(
          Plot.text(shaded, {
            x: labels.length - 0.5,
            y: (b: { y1: number; y2: number }) => (b.y1 + b.y2) / 2,
            text: 'label',
            textAnchor: 'end',
            dx: -4,
            fill: '#495057',
            fontSize: 10,
            ariaHidden: 'true',
          }),
        );
    }
    for (const method of METHODS) {
      const data = points.filter((p) => p.method === method);
      const { color, symbol, dash } = STYLE[method];
      marks.push(
        Plot.ruleX(
          data.filter((p) => p.lower !== null),
          { x: 'x', y1: 'lower', y2: 'upper', stroke: color, strokeWidth: 1.5 },
        ),
        Plot.line(data, { x: 'x', y: 'mean', stroke: color, strokeWidth: 1.5, strokeDasharray: dash }),
        Plot.dot(data, { x: 'x', y: 'mean', fill: color, stroke: 'white', symbol, r: 4, title }),
      );
    }
    marks.push(
      Plot.axisX({
        ticks: labels.map((_, i) => i),
        tickFormat: (i: number) => labels[i] ?? '',
        label: null,
        lineWidth,
        tickSize: 0,
      }),
    );
    const plot = Plot.plot({
      width: plotWidth,
      height: 300 + 13 * lines,
      marginLeft: 44,
      marginRight: 12,
      marginBottom: 16 + 13 * lines,
      style: { fontSize: '11px', background: 'white', color: '#212529' },
      ariaLabel: t('chart.ariaLabel', { instrument: shortName }),
      ariaDescription: summary,
      x: { domain: [-0.5, labels.length - 0.5] },
      y: {
        label: t('chart.yLabel', { instrument: shortName, better: t(`betterWord.${report.rules.better}`) }),
        tickFormat: (y: number) => fixed(y, Number.isInteger(y) ? 0 : 1),
        ...(lo !== undefined && hi !== undefined ? { domain: [lo, hi] } : { zero: false }),
        grid: bands.length === 0,
        labelArrow: 'none',
      },
      marks,
    });
    // One image with one name: the marks' own aria-labels ("rule", "line") say nothing and are not
    // allowed on an SVG group without a role. The figure's caption describes the chart.
    plot.setAttribute('role', 'img');
    for (const node of plot.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
    el.replaceChildren(plot);
    return () => plot.remove();
  }, [points, rows, width, def, waiting, shortName, summary, report.rules.better, t]);

  return (
    <Box component="figure" m={0}>
      <Legend />
      <div ref={sizeRef} style={{ width: '100%' }}>
        <div ref={host} style={{ minHeight: 300 }} />
      </div>
      <Text component="figcaption" size="sm" mt="xs" maw={760}>
        {summary}
        {def?.bands?.value.length
          ? t('chart.bands', {
              instrument: def.shortName,
              bands: def.bands.value.map((b) => `${b.label} ${b.min}–${b.max}`).join(', '),
            })
          : ''}
      </Text>
    </Box>
  );
}

/** The four methods' colour, marker and dash, in text. */
function Legend() {
  const { t } = useT('outcomes');
  return (
    <Group
      component="ul"
      gap="md"
      m={0}
      p={0}
      mb="xs"
      style={{ listStyle: 'none' }}
      aria-label={t('chart.legend')}
    >
      {METHODS.map((m) => (
        <Group component="li" key={m} gap={6} wrap="nowrap">
          <svg width="26" height="12" aria-hidden="true" focusable="false">
            <line
              x1="1"
              x2="25"
              y1="6"
              y2="6"
              stroke={STYLE[m].color}
              strokeWidth="2"
              strokeDasharray={STYLE[m].dash === 'none' ? undefined : STYLE[m].dash}
            />
            <Marker method={m} />
          </svg>
          <Text span size="sm">
            {METHOD_LABELS[m]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** The legend's copy of a method's marker, centred at (13, 6). */
function Marker({ method }: { method: Method }) {
  const fill = STYLE[method].color;
  switch (STYLE[method].symbol) {
    case 'square':
      return <rect x="9.5" y="2.5" width="7" height="7" fill={fill} />;
    case 'triangle':
      return <polygon points="13,1.5 17.5,9.5 8.5,9.5" fill={fill} />;
    case 'diamond':
      return <polygon points="13,1.5 17.5,6 13,10.5 8.5,6" fill={fill} />;
    default:
      return <circle cx="13" cy="6" r="4" fill={fill} />;
  }
}
