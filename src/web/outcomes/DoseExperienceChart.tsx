/**
 * Complete mystical experiences per cell (dose band, lot, setting), in percent with the 95% Wilson
 * interval, drawn with Observable Plot as SVG: one row per cell, so it reads on a phone. The
 * caption says the same in words; the table beside it remains the full record.
 */
import { Box, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/i18n.ts';
import { percent, percentInterval } from './format.ts';

export interface ChartCell {
  label: string;
  percent: number;
  lower: number;
  upper: number;
  n: number;
}

export function DoseExperienceChart({ cells, dimension }: { cells: ChartCell[]; dimension: string }) {
  const { t } = useT('doseExperience');
  const { ref: sizeRef, width } = useElementSize();
  const host = useRef<HTMLDivElement>(null);
  const summary = useMemo(
    () =>
      t('chartSummary', {
        cells: cells
          .map((c) => `${c.label} ${percent(c.percent)} (${percentInterval(c)}, n = ${c.n})`)
          .join('; '),
      }),
    [cells, t],
  );

  useEffect(() => {
    const el = host.current;
    if (!el || width <= 0 || cells.length === 0) return;
    const plotWidth = Math.max(300, Math.floor(width));
    const marginLeft = Math.min(170, Math.floor(plotWidth * 0.42));
    // Long labels wrap within the left margin (Plot's lineWidth is in ems, 11 px here); on a phone
    // each row has room for three lines.
    const rowHeight = plotWidth < 480 ? 48 : 34;
    const plot = Plot.plot({
      width: plotWidth,
      height: 40 + rowHeight * cells.length,
      marginLeft,
      marginRight: 16,
      style: { fontSize: '11px', background: 'white', color: '#212529' },
      ariaLabel: t('chartLabel', { dimension }),
      ariaDescription: summary,
      x: { domain: [0, 100], label: '%', grid: true, labelArrow: 'none' },
      y: { domain: cells.map((c) => c.label), label: null },
      marks: [
        Plot.ruleY(cells, { y: 'label', x1: 'lower', x2: 'upper', stroke: '#0072B2', strokeWidth: 2 }),
        Plot.dot(cells, { y: 'label', x: 'percent', fill: '#0072B2', stroke: 'white', r: 5 }),
        Plot.axisY({ lineWidth: Math.max(4, (marginLeft - 10) / 11), tickSize: 0, label: null }),
      ],
    });
    plot.setAttribute('role', 'img');
    for (const node of plot.querySelectorAll('[aria-label]')) node.removeAttribute('aria-label');
    el.replaceChildren(plot);
    return () => plot.remove();
  }, [cells, width, dimension, summary, t]);

  return (
    <Box component="figure" m={0}>
      <div ref={sizeRef} style={{ width: '100%' }}>
        <div ref={host} style={{ minHeight: 80 }} />
      </div>
      <Text component="figcaption" size="sm" mt="xs" maw={760}>
        {summary}
      </Text>
    </Box>
  );
}
