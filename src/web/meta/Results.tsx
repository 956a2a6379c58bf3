/**
 * A fitted model as a researcher reads it: the pooled estimate with its CI (and on the ratio or
 * proportion scale where the model is on a log or logit scale), heterogeneity, the prediction
 * interval, each study's effect and weight, metafor's warnings, and both plots. A real-world
 * estimate, when sent, is set beside the pooled one, labelled as real-world data and not pooled.
 */
import { Alert, Box, List, Stack, Table, Text, Title } from '@mantine/core';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { MetaAnalysis, RealWorldResult, Run } from './api.ts';
import { ESTIMATE_NAMES, METHOD_LABELS, TEST_LABELS } from './columns.ts';
import { num, percent, pValue, range } from './format.ts';
import { PlotFigure } from './PlotFigure.tsx';

const SCALE_NAMES = { RR: 'Risk ratio', OR: 'Odds ratio', proportion: 'Proportion' } as const;
/** Ratios read with two decimals, as in papers; proportions with three. */
const SCALE_DIGITS = { RR: 2, OR: 2, proportion: 3 } as const;

/** One line of the pooled result, e.g. "RR 0.49 (95% CI 0.34 to 0.70)". */
export function headline(a: MetaAnalysis): string {
  const b = a.backTransformed;
  const ci = (lo: number, hi: number, d?: number) => `(${a.level}% CI ${range(lo, hi, d)})`;
  const model = `${ESTIMATE_NAMES[a.measure]} ${num(a.estimate)} ${ci(a.ciLower, a.ciUpper)}`;
  if (!b) return `Pooled ${model}`;
  const d = SCALE_DIGITS[b.scale];
  return `Pooled ${b.scale === 'proportion' ? 'proportion' : b.scale} ${num(b.estimate, d)} ${ci(b.ciLower, b.ciUpper, d)}; ${model}`;
}

function summaryItems(a: MetaAnalysis): DataItem[] {
  const b = a.backTransformed;
  const name = ESTIMATE_NAMES[a.measure];
  const statistic = a.test === 'knha' ? `t(${a.df ?? '—'})` : 'z';
  const items: DataItem[] = [
    {
      label: 'Model',
      value: `${METHOD_LABELS[a.method]}; ${TEST_LABELS[a.test]}; k = ${a.k} ${a.k === 1 ? 'study' : 'studies'}`,
    },
    {
      label: `Pooled ${name}`,
      value: `${num(a.estimate)} (${a.level}% CI ${range(a.ciLower, a.ciUpper)})\nSE ${num(a.se)}, ${statistic} = ${num(a.statistic, 2)}, p ${a.pval < 0.0001 ? '' : '= '}${pValue(a.pval)}`,
    },
  ];
  if (b) {
    const d = SCALE_DIGITS[b.scale];
    items.push({
      label: `${SCALE_NAMES[b.scale]} (back-transformed)`,
      value: `${num(b.estimate, d)} (${a.level}% CI ${range(b.ciLower, b.ciUpper, d)})`,
    });
  }
  items.push({
    label: 'Prediction interval',
    value:
      a.piLower === null || a.piUpper === null
        ? 'None for a fixed-effects model'
        : `${name} ${range(a.piLower, a.piUpper)}${
            b && b.piLower !== null && b.piUpper !== null
              ? `\n${b.scale === 'proportion' ? 'proportion' : b.scale} ${range(b.piLower, b.piUpper, SCALE_DIGITS[b.scale])}`
              : ''
          }`,
  });
  items.push(
    {
      label: 'Between-study variance τ²',
      value: `${num(a.tau2)}${a.tau2Se !== null ? ` (SE ${num(a.tau2Se)})` : ''}; τ = ${num(a.tau)}`,
    },
    { label: 'Heterogeneity I²', value: `${percent(a.i2, 2)} (H² = ${num(a.h2, 2)})` },
    {
      label: 'Cochran’s Q',
      value: `Q = ${num(a.q)} (df ${a.qDf}), p ${a.qPval < 0.0001 ? '' : '= '}${pValue(a.qPval)}`,
    },
  );
  return items;
}

/** Where the real-world numbers come from, in a sentence or two. */
export function realWorldSource(rw: RealWorldResult): string {
  const p = rw.provenance;
  const c = rw.columns;
  if (p && p.quantity === 'response')
    return `From Threshold’s outcomes: ${p.events} responders of ${p.n} clients assessed at baseline and at ${p.timepointLabel}, ${p.instrument}, ${p.programName}. Response by ${p.instrument}’s own criterion: ${p.criterion}. Real-world data from this organization.`;
  if (p)
    return `From Threshold’s outcomes: the ${p.criterion}, baseline to ${p.timepointLabel}, ${p.programName} (n = ${p.n}). Real-world data from this organization.`;
  if (c.xi !== undefined && c.ni !== undefined) return `Entered counts: ${c.xi} of ${c.ni}.`;
  return `Entered: ${Object.entries(c)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ')}.`;
}

const REAL_WORLD_COLOUR = '#c2410c';

function RealWorldBeside({ a, rw }: { a: MetaAnalysis; rw: RealWorldResult }) {
  const b = a.backTransformed;
  const rb = rw.backTransformed;
  const d = b ? SCALE_DIGITS[b.scale] : 4;
  const shown = b ? SCALE_NAMES[b.scale] : ESTIMATE_NAMES[a.measure];
  const rows = [
    {
      name: `Pooled estimate (${a.k} ${a.k === 1 ? 'study' : 'studies'})`,
      display: b ? [b.estimate, b.ciLower, b.ciUpper] : [a.estimate, a.ciLower, a.ciUpper],
      model: [a.estimate, a.ciLower, a.ciUpper],
      realWorld: false,
    },
    {
      name: `${rw.label}: real-world data, not pooled`,
      display: rb ? [rb.estimate, rb.ciLower, rb.ciUpper] : [rw.yi, rw.ciLower, rw.ciUpper],
      model: [rw.yi, rw.ciLower, rw.ciUpper],
      realWorld: true,
    },
  ];
  const cell = ([est, lo, hi]: number[], digits: number) =>
    `${num(est!, digits)} (${range(lo!, hi!, digits)})`;
  return (
    <Box
      component="section"
      aria-labelledby="meta-real-world-result"
      pl="md"
      style={{ borderLeft: `4px solid ${REAL_WORLD_COLOUR}` }}
    >
      <Title order={3} size="h5" mb="xs" id="meta-real-world-result">
        Your program beside the evidence
      </Title>
      <ScrollTable label="Pooled and real-world estimates" minWidth={b ? 560 : 420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Estimate</Table.Th>
            <Table.Th scope="col" ta="right">
              {shown.charAt(0).toUpperCase() + shown.slice(1)} ({a.level}% CI)
            </Table.Th>
            {b && (
              <Table.Th scope="col" ta="right">
                {ESTIMATE_NAMES[a.measure]} ({a.level}% CI)
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {rows.map((r) => (
            <Table.Tr key={r.name}>
              <Table.Th scope="row" fw={600} c={r.realWorld ? REAL_WORLD_COLOUR : undefined}>
                {r.name}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {cell(r.display, d)}
              </Table.Td>
              {b && (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {cell(r.model, 4)}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      <Text size="sm" mt="xs">
        {realWorldSource(rw)}
      </Text>
      <Text size="sm" mt={4} c="dimmed">
        Converted like a study ({ESTIMATE_NAMES[a.measure]}, {a.level}% CI yi ± z·√vi) and not included in the
        pooled estimate, the heterogeneity or the weights. On the forest plot it is the open circle below the
        pooled estimate.
      </Text>
    </Box>
  );
}

export function Results({ run }: { run: Run }) {
  const a = run.analysis;
  return (
    <Stack gap="lg">
      <Text fw={700} size="lg">
        {headline(a)}
      </Text>
      <DataList items={summaryItems(a)} />
      {a.realWorld && <RealWorldBeside a={a} rw={a.realWorld} />}
      {a.warnings.length > 0 && (
        <Alert color="yellow" title="Warnings from the model" role="note">
          <List size="sm">
            {a.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div>
        <Title order={3} size="h5" mb="xs" id="meta-per-study">
          Per-study results
        </Title>
        <ScrollTable label="Per-study results" minWidth={600}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Study</Table.Th>
              <Table.Th scope="col" ta="right">
                yi ({ESTIMATE_NAMES[a.measure]})
              </Table.Th>
              <Table.Th scope="col" ta="right">
                vi (variance)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {a.level}% CI
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Weight
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
            {a.studies.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are in input order and labels may repeat
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={500}>
                  {s.study}
                </Table.Th>
                <Table.Td ta="right">{num(s.yi)}</Table.Td>
                <Table.Td ta="right">{num(s.vi)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {range(s.ciLower, s.ciUpper)}
                </Table.Td>
                <Table.Td ta="right">{percent(s.weight, 2)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </div>
      <PlotFigure title="Forest plot" plot={run.forest} filename="forest-plot.svg" />
      <PlotFigure title="Funnel plot" plot={run.funnel} filename="funnel-plot.svg" />
    </Stack>
  );
}
