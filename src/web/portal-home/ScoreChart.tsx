/**
 * A small line chart of one questionnaire's scores, drawn as inline SVG: the severity bands as
 * shaded horizontal stripes, the scores as marked points joined by a line, the range's ends and band
 * starts on the left, the first and last date below. An image to assistive technology, named by its
 * <title> and described by its <desc>; the exact numbers are in the table beside it.
 */
import { useId } from 'react';
import { CHART_BOX, chartLayout } from './chart.ts';
import { formatDay, formatNumber } from './format.ts';
import type { HomeText, PortalLanguage } from './i18n.ts';
import type { History } from './progress.ts';

interface Props {
  history: History;
  /** The latest score in words, repeated in the description. */
  summary: string | null;
  t: HomeText;
  language: PortalLanguage;
  timezone: string;
}

export function ScoreChart({ history, summary, t, language, timezone }: Props) {
  const id = useId();
  const box = CHART_BOX;
  const { plot, stripes, points, path, ticks } = chartLayout(
    history.range,
    history.bands,
    history.points,
    box,
  );
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const day = (iso: string) => formatDay(iso, language, timezone);
  const description = [
    t.chartDesc(points.length, day(first.at), day(last.at)),
    summary,
    stripes.length > 0 ? t.chartStripes : null,
  ]
    .filter(Boolean)
    .join(' ');
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;

  return (
    <svg
      className="portal-chart"
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{t.chartTitle(history.shortName)}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {stripes.map((s) => (
        <g key={`${s.band.min}-${s.band.max}`}>
          <rect
            className={`portal-chart-stripe-${s.index % 2}`}
            x={plot.x}
            y={s.y}
            width={plot.width}
            height={s.height}
          />
          {s.y > plot.y && <line className="portal-chart-edge" x1={plot.x} x2={right} y1={s.y} y2={s.y} />}
          {s.labelled && (
            <text
              className="portal-chart-band"
              x={right - 4}
              y={s.y + s.height / 2}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {s.band.label}
            </text>
          )}
        </g>
      ))}
      <line className="portal-chart-axis" x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
      <line className="portal-chart-axis" x1={plot.x} x2={right} y1={bottom} y2={bottom} />
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line className="portal-chart-axis" x1={plot.x - 4} x2={plot.x} y1={tick.y} y2={tick.y} />
          <text
            className="portal-chart-text"
            x={plot.x - 7}
            y={tick.y}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {formatNumber(tick.value, language)}
          </text>
        </g>
      ))}
      {points.length > 1 && <path className="portal-chart-line" d={path} />}
      {points.map((p) => (
        <circle
          key={p.at}
          className="portal-chart-point"
          data-latest={p === last ? true : undefined}
          cx={p.x}
          cy={p.y}
          r={4.5}
        />
      ))}
      {points.length > 1 ? (
        <>
          <text className="portal-chart-text" x={plot.x} y={box.height - 8} textAnchor="start">
            {day(first.at)}
          </text>
          <text className="portal-chart-text" x={right} y={box.height - 8} textAnchor="end">
            {day(last.at)}
          </text>
        </>
      ) : (
        <text className="portal-chart-text" x={first.x} y={box.height - 8} textAnchor="middle">
          {day(first.at)}
        </text>
      )}
    </svg>
  );
}
