/**
 * A fitted model as a researcher reads it: the pooled estimate with its CI (and on the ratio or
 * proportion scale where the model is on a log or logit scale), heterogeneity, the prediction
 * interval, each study's effect and weight, metafor's warnings, and both plots. A real-world
 * estimate, when sent, is set beside the pooled one, labelled as real-world data and not pooled.
 */
import { Alert, Box, List, Stack, Table, Text, Title } from '@mantine/core';
import { metaWarningCode } from '../../domain/meta/warnings.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { type DataItem, DataList } from '../ui/DataList.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { MetaAnalysis, RealWorldResult, Run } from './api.ts';
import { ESTIMATE_NAMES, METHOD_LABELS, TEST_LABELS } from './columns.ts';
import { num, percent, pValue, range } from './format.ts';
import { PlotFigure } from './PlotFigure.tsx';

const SCALES = ['RR', 'OR', 'proportion'] as const;
const SCALE_NAMES = translatedLabels('meta:results.scales', SCALES);
/** The scale as a word in a sentence: "RR", "proportion". */
const SCALE_WORDS = translatedLabels('meta:results.scaleWords', SCALES);
/** Ratios read with two decimals, as in papers; proportions with three. */
const SCALE_DIGITS = { RR: 2, OR: 2, proportion: 3 } as const;

/** One line of the pooled result, e.g. "RR 0.49 (95% CI 0.34 to 0.70)". */
/** A warning of the analysis in the UI language by its code; the server's words for one not known here. */
function warningText(text: string): string {
  const code = metaWarningCode(text);
  return code ? tKey(`meta:warnings.${code}`) : text;
}

export function headline(a: MetaAnalysis): string {
  const b = a.backTransformed;
  const ci = (lo: number, hi: number, d?: number) =>
    tKey('meta:results.ci', { level: a.level, range: range(lo, hi, d) });
  const model = `${ESTIMATE_NAMES[a.measure]} ${num(a.estimate)} ${ci(a.ciLower, a.ciUpper)}`;
  if (!b) return tKey('meta:results.pooled', { what: model });
  const d = SCALE_DIGITS[b.scale];
  const pooled = `${SCALE_WORDS[b.scale]} ${num(b.estimate, d)} ${ci(b.ciLower, b.ciUpper, d)}`;
  return `${tKey('meta:results.pooled', { what: pooled })}; ${model}`;
}

function summaryItems(a: MetaAnalysis): DataItem[] {
  const b = a.backTransformed;
  const name = ESTIMATE_NAMES[a.measure];
  const statistic = a.test === 'knha' ? `t(${a.df ?? '—'})` : 'z';
  const items: DataItem[] = [
    {
      label: tKey('meta:results.model'),
      value: tKey('meta:results.modelValue', {
        method: METHOD_LABELS[a.method],
        test: TEST_LABELS[a.test],
        count: a.k,
      }),
    },
    {
      label: tKey('meta:results.pooled', { what: name }),
      value: `${num(a.estimate)} ${tKey('meta:results.ci', { level: a.level, range: range(a.ciLower, a.ciUpper) })}\nSE ${num(a.se)}, ${statistic} = ${num(a.statistic, 2)}, p ${a.pval < 0.0001 ? '' : '= '}${pValue(a.pval)}`,
    },
  ];
  if (b) {
    const d = SCALE_DIGITS[b.scale];
    items.push({
      label: tKey('meta:results.backTransformed', { scale: SCALE_NAMES[b.scale] }),
      value: `${num(b.estimate, d)} ${tKey('meta:results.ci', { level: a.level, range: range(b.ciLower, b.ciUpper, d) })}`,
    });
  }
  items.push({
    label: tKey('meta:results.prediction'),
    value:
      a.piLower === null || a.piUpper === null
        ? tKey('meta:results.noPrediction')
        : `${name} ${range(a.piLower, a.piUpper)}${
            b && b.piLower !== null && b.piUpper !== null
              ? `\n${SCALE_WORDS[b.scale]} ${range(b.piLower, b.piUpper, SCALE_DIGITS[b.scale])}`
              : ''
          }`,
  });
  items.push(
    {
      label: tKey('meta:results.tau2'),
      value: `${num(a.tau2)}${a.tau2Se !== null ? ` (SE ${num(a.tau2Se)})` : ''}; τ = ${num(a.tau)}`,
    },
    { label: tKey('meta:results.i2'), value: `${percent(a.i2, 2)} (H² = ${num(a.h2, 2)})` },
    {
      label: tKey('meta:results.q'),
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
    return tKey('meta:results.fromResponse', {
      events: p.events,
      n: p.n,
      timepoint: p.timepointLabel,
      instrument: p.instrument,
      program: p.programName,
      criterion: p.criterion,
    });
  if (p)
    return tKey('meta:results.fromOther', {
      criterion: p.criterion,
      timepoint: p.timepointLabel,
      program: p.programName,
      n: p.n,
    });
  if (c.xi !== undefined && c.ni !== undefined)
    return tKey('meta:results.enteredCounts', { xi: num(c.xi, 0), ni: num(c.ni, 0) });
  return tKey('meta:results.entered', {
    values: Object.entries(c)
      .map(([k, v]) => `${k} = ${v}`)
      .join(', '),
  });
}

const REAL_WORLD_COLOUR = '#c2410c';

function RealWorldBeside({ a, rw }: { a: MetaAnalysis; rw: RealWorldResult }) {
  const { t } = useT('meta');
  const b = a.backTransformed;
  const rb = rw.backTransformed;
  const d = b ? SCALE_DIGITS[b.scale] : 4;
  const shown = b ? SCALE_NAMES[b.scale] : ESTIMATE_NAMES[a.measure];
  const rows = [
    {
      name: t('results.pooledEstimate', { count: a.k }),
      display: b ? [b.estimate, b.ciLower, b.ciUpper] : [a.estimate, a.ciLower, a.ciUpper],
      model: [a.estimate, a.ciLower, a.ciUpper],
      realWorld: false,
    },
    {
      name: t('results.realWorldRow', { label: rw.label }),
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
        {t('beside')}
      </Title>
      <ScrollTable label={t('results.besideTable')} minWidth={b ? 560 : 420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('results.estimate')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {shown.charAt(0).toUpperCase() + shown.slice(1)} ({t('results.levelCi', { level: a.level })})
            </Table.Th>
            {b && (
              <Table.Th scope="col" ta="right">
                {ESTIMATE_NAMES[a.measure]} ({t('results.levelCi', { level: a.level })})
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
        {t('results.converted', { measure: ESTIMATE_NAMES[a.measure], level: a.level })}
      </Text>
    </Box>
  );
}

export function Results({ run }: { run: Run }) {
  const { t } = useT('meta');
  const a = run.analysis;
  return (
    <Stack gap="lg">
      <Text fw={700} size="lg">
        {headline(a)}
      </Text>
      <DataList items={summaryItems(a)} />
      {a.realWorld && <RealWorldBeside a={a} rw={a.realWorld} />}
      {a.warnings.length > 0 && (
        <Alert color="yellow" title={t('results.warnings')} role="note">
          <List size="sm">
            {a.warnings.map((w) => (
              <List.Item key={w}>{warningText(w)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <div>
        <Title order={3} size="h5" mb="xs" id="meta-per-study">
          {t('results.perStudy')}
        </Title>
        <ScrollTable label={t('results.perStudy')} minWidth={600}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('results.study')}</Table.Th>
              <Table.Th scope="col" ta="right">
                yi ({ESTIMATE_NAMES[a.measure]})
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('results.variance')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('results.levelCi', { level: a.level })}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('results.weight')}
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
      <PlotFigure title={t('results.forest')} plot={run.forest} filename="forest-plot.svg" />
      <PlotFigure title={t('results.funnel')} plot={run.funnel} filename="funnel-plot.svg" />
    </Stack>
  );
}
