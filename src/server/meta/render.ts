/**
 * Server-side drawing of the pure plot layouts (src/domain/meta/plots) with Observable Plot on a
 * linkedom document: a standalone SVG string with xmlns, role="img", an aria-label, a <title> and
 * a <desc>, so it can be downloaded, embedded with <img>, or inlined in the web app.
 *
 * Plot and linkedom (about 50 MB resident together) are loaded with the first plot drawn, not with
 * the server.
 */
import type * as PlotModule from '@observablehq/plot';
import type { ForestLayout, FunnelLayout, XAxis } from '../../domain/meta/plots/index.ts';

const INK = '#1f2937';
const POOLED = '#1e3a8a';
const REAL_WORLD = '#c2410c';
const MUTED = '#6b7280';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

interface Libraries {
  Plot: typeof PlotModule;
  newDocument: () => Document;
}

let libraries: Promise<Libraries> | undefined;

function load(): Promise<Libraries> {
  libraries ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(
    ([Plot, { parseHTML }]) => ({
      Plot,
      newDocument: () => parseHTML('<!doctype html><html><body></body></html>').document,
    }),
    (error: unknown) => {
      libraries = undefined;
      throw error;
    },
  );
  return libraries;
}

/** Adds what makes the SVG standalone and accessible, and serializes it. */
function finish(svg: Element, title: string, description: string): string {
  const doc = svg.ownerDocument;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('font-family', FONT);
  svg.setAttribute('style', 'background: white');
  const t = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.textContent = title;
  const d = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  d.textContent = description;
  svg.insertBefore(d, svg.firstChild);
  svg.insertBefore(t, svg.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}`;
}

const tickFormatOf = (ticks: ReadonlyArray<{ at: number; label: string }>) => (x: number) =>
  ticks.find((t) => Math.abs(t.at - x) < 1e-9)?.label ?? '';

const ROW = 22;

/** The effect-size axis both plots share: ticks on the display scale, positions on the model scale. */
function xAxisOf(axis: XAxis) {
  return {
    domain: axis.domain,
    ticks: axis.ticks.map((t) => t.at),
    tickFormat: tickFormatOf(axis.ticks),
    label: axis.label,
    labelAnchor: 'center' as const,
    labelArrow: 'none' as const,
    labelOffset: 38,
    line: true,
  };
}

export async function renderForest(layout: ForestLayout): Promise<string> {
  const { Plot, newDocument } = await load();
  const marginLeft = 230;
  const marginRight = 250;
  const marginTop = 16;
  const marginBottom = 48;
  const width = 980;
  const top = -1.3;
  const bottom = layout.rowCount + 0.1;
  const height = Math.round((bottom - top) * ROW + marginTop + marginBottom);
  const maxHalfSide = 9;
  const { studies, pooled, predictionInterval: pi, realWorld: rw, axis } = layout;
  const [top0, mid, bottom0] = [pooled.diamond[1]!, pooled.diamond[0]!, pooled.diamond[3]!];
  const diamond = [
    { y: top0[1], x1: top0[0], x2: top0[0] },
    { y: mid[1], x1: pooled.ciLower, x2: pooled.ciUpper },
    { y: bottom0[1], x1: bottom0[0], x2: bottom0[0] },
  ];
  const textRows = [...studies, pooled, ...(pi ? [pi] : [])];
  const weightText = [
    ...studies.map((s) => ({ row: s.row, text: `${s.weight.toFixed(1)}%` })),
    { row: pooled.row, text: '100%' },
  ];
  const left = {
    frameAnchor: 'left' as const,
    textAnchor: 'start' as const,
    dx: -marginLeft + 8,
    // Long labels are cut with an ellipsis rather than run into the plot (the <title> keeps them whole).
    lineWidth: (marginLeft - 20) / 12,
    textOverflow: 'ellipsis' as const,
  };
  const right = { frameAnchor: 'right' as const, textAnchor: 'start' as const, dx: 14 };
  const weightCol = { frameAnchor: 'right' as const, textAnchor: 'end' as const, dx: marginRight - 8 };
  const intervalOf = (r: (typeof textRows)[number]) => ('interval' in r ? r.interval : r.text);

  const marks: PlotModule.Markish[] = [
    // The line of no effect, over the study and pooled rows only.
    layout.nullLine
      ? Plot.ruleX([layout.nullLine.at], { y1: -0.6, y2: pi?.row ?? pooled.row, stroke: MUTED })
      : null,
    Plot.ruleY([-0.6], {
      stroke: INK,
      strokeWidth: 0.75,
      insetLeft: -marginLeft + 8,
      insetRight: -marginRight + 8,
    }),
    Plot.ruleY(studies, {
      y: 'row',
      x1: 'ciLower',
      x2: 'ciUpper',
      stroke: INK,
      strokeWidth: 1.2,
      ariaDescription: 'study confidence interval',
    }),
    Plot.dot(studies, {
      x: 'estimate',
      y: 'row',
      symbol: 'square',
      // Plot's square symbol has area π·r²: r ∝ side keeps the area proportional to weight.
      r: (s: (typeof studies)[number]) => Math.max(1.5, maxHalfSide * s.side),
      fill: INK,
      stroke: 'none',
      title: (s: (typeof studies)[number]) => `${s.label}: ${s.text}`,
      ariaDescription: 'study',
    }),
    Plot.areaX(diamond, { y: 'y', x1: 'x1', x2: 'x2', fill: POOLED, ariaDescription: 'pooled estimate' }),
    pi
      ? [
          Plot.ruleY([pi], {
            y: 'row',
            x1: 'lower',
            x2: 'upper',
            stroke: POOLED,
            strokeWidth: 2.5,
            ariaDescription: 'prediction interval',
          }),
          Plot.ruleX([pi.lower, pi.upper], {
            y1: pi.row - 0.25,
            y2: pi.row + 0.25,
            stroke: POOLED,
            strokeWidth: 2,
          }),
        ]
      : null,
    // The real-world block: a dashed separator, its heading, and the estimate drawn hollow (an open
    // circle with capped interval) in its own colour, so it cannot be read as a study or as pooled.
    rw
      ? [
          Plot.ruleY([rw.separator], {
            stroke: REAL_WORLD,
            strokeDasharray: '4,3',
            strokeWidth: 1,
            insetLeft: -marginLeft + 8,
            insetRight: -marginRight + 8,
          }),
          Plot.text([rw.heading], {
            y: 'row',
            text: 'text',
            fill: REAL_WORLD,
            fontWeight: 'bold',
            ariaDescription: 'real-world heading',
            ...left,
          }),
          Plot.ruleY([rw], {
            y: 'row',
            x1: 'ciLower',
            x2: 'ciUpper',
            stroke: REAL_WORLD,
            strokeWidth: 2,
            ariaDescription: 'real-world confidence interval',
          }),
          Plot.ruleX([rw.ciLower, rw.ciUpper], {
            y1: rw.row - 0.22,
            y2: rw.row + 0.22,
            stroke: REAL_WORLD,
            strokeWidth: 2,
          }),
          Plot.dot([rw], {
            x: 'estimate',
            y: 'row',
            symbol: 'circle',
            r: 6,
            fill: 'white',
            stroke: REAL_WORLD,
            strokeWidth: 2.5,
            ariaDescription: 'real-world data',
            title: (d: typeof rw) => `${d.label} (real-world data, not pooled): ${d.interval}`,
          }),
          Plot.text([rw], {
            y: 'row',
            text: 'label',
            fill: REAL_WORLD,
            fontWeight: 'bold',
            ariaDescription: 'real-world label',
            ...left,
            dy: rw.detail ? -6 : 0,
          }),
          rw.detail
            ? Plot.text([rw], {
                y: 'row',
                text: 'detail',
                fill: REAL_WORLD,
                fontStyle: 'italic',
                fontSize: 11,
                ...left,
                dy: 7,
              })
            : null,
          Plot.text([rw], {
            y: 'row',
            text: 'interval',
            fill: REAL_WORLD,
            fontVariant: 'tabular-nums',
            ...right,
          }),
          Plot.text([rw], { y: 'row', text: 'note', fill: REAL_WORLD, fontStyle: 'italic', ...weightCol }),
        ]
      : null,
    // Left column: study labels; the pooled and interval rows in bold.
    Plot.text(studies, { y: 'row', text: 'label', fill: INK, ariaDescription: 'study label', ...left }),
    Plot.text([pooled, ...(pi ? [pi] : [])], {
      y: 'row',
      text: 'label',
      fill: POOLED,
      fontWeight: 'bold',
      ...left,
    }),
    // Right columns: estimate [CI], weight.
    Plot.text(textRows, { y: 'row', text: intervalOf, fill: INK, fontVariant: 'tabular-nums', ...right }),
    Plot.text(weightText, { y: 'row', text: 'text', fill: INK, fontVariant: 'tabular-nums', ...weightCol }),
    // Header.
    Plot.text([layout.header], { y: () => -1, text: 'label', fontWeight: 'bold', fill: INK, ...left }),
    Plot.text([layout.header], {
      y: () => -1,
      text: () => layout.header.text.replace(/ {2}Weight$/, ''),
      fontWeight: 'bold',
      fill: INK,
      ...right,
    }),
    Plot.text([layout.header], {
      y: () => -1,
      text: () => 'Weight',
      fontWeight: 'bold',
      fill: INK,
      ...weightCol,
    }),
  ];

  const svg = Plot.plot({
    document: newDocument(),
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: '12px', fontFamily: FONT, color: INK },
    x: xAxisOf(axis),
    y: { domain: [bottom, top], axis: null },
    r: { type: 'identity' },
    marks,
  }) as unknown as Element;
  return finish(svg, layout.title, layout.description);
}

export async function renderFunnel(layout: FunnelLayout): Promise<string> {
  const { Plot, newDocument } = await load();
  const { axis, seAxis, points, region, center } = layout;
  const [, leftEnd] = region.left;
  const [, rightEnd] = region.right;
  const triangle = [
    { y: 0, x1: center.at, x2: center.at },
    { y: leftEnd![1], x1: leftEnd![0], x2: rightEnd![0] },
  ];
  const svg = Plot.plot({
    document: newDocument(),
    width: 640,
    height: 460,
    marginLeft: 64,
    marginTop: 20,
    marginBottom: 50,
    marginRight: 24,
    style: { fontSize: '12px', fontFamily: FONT, color: INK },
    x: xAxisOf(axis),
    y: {
      domain: seAxis.domain,
      reverse: true,
      label: seAxis.label,
      labelArrow: 'none',
      grid: true,
      nice: false,
      ticks: 6,
      labelAnchor: 'center',
      labelOffset: 46,
    },
    marks: [
      Plot.areaX(triangle, {
        y: 'y',
        x1: 'x1',
        x2: 'x2',
        fill: '#e5e7eb',
        ariaDescription: `pseudo ${region.level}% confidence region`,
      }),
      Plot.line(region.left, { stroke: MUTED, strokeDasharray: '4,3' }),
      Plot.line(region.right, { stroke: MUTED, strokeDasharray: '4,3' }),
      Plot.ruleX([center.at], { stroke: POOLED, strokeWidth: 1.5, ariaDescription: center.label }),
      Plot.dot(points, {
        x: 'yi',
        y: 'se',
        r: 4,
        fill: INK,
        stroke: 'white',
        title: (p: (typeof points)[number]) => `${p.label}: ${p.yi.toFixed(3)} (SE ${p.se.toFixed(3)})`,
        ariaDescription: 'study',
      }),
    ],
  }) as unknown as Element;
  return finish(svg, layout.title, layout.description);
}
