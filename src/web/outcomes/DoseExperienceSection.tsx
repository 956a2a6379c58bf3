/**
 * Dose, setting and experience (issue 19 part 3): the acute experience (MEQ-30 complete mystical
 * experience and mean total, CEQ where scored) by dose band, lot or setting, with n per cell and a
 * caution below 10; then the later response and remission of clients with and without a complete
 * experience, their difference, and the mixed model with the experience as a covariate.
 */
import { Button, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { EFFECT_SIZE_MIN_N } from '../../domain/outcomes/disclosure.ts';
import { useT } from '../i18n/i18n.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, shown, withheld } from './api.ts';
import type { ChartCell } from './DoseExperienceChart.tsx';
import {
  type Banding,
  cellLabel,
  DIMENSIONS,
  type Dimension,
  type DoseExperience,
  edgeNumber,
  type Later,
  shownCell,
  substanceName,
  unitName,
  useDoseExperience,
} from './dose-experience-api.ts';
import { count, fixed, ofCount, points, proportion, withInterval } from './format.ts';
import { Cell } from './TimepointsTable.tsx';

const DoseExperienceChart = lazy(() =>
  import('./DoseExperienceChart.tsx').then((m) => ({ default: m.DoseExperienceChart })),
);

export function DoseExperienceSection({ programId, instrument }: { programId: string; instrument?: string }) {
  const { t } = useT('doseExperience');
  // Read on request: it reads every dose and MEQ-30 of the program, and each reading is audited.
  const [asked, setAsked] = useState(false);
  const query = useDoseExperience(programId, instrument, asked);
  if (!asked)
    return (
      <Button variant="light" onClick={() => setAsked(true)} w="fit-content">
        {t('show')}
      </Button>
    );
  if (query.isPending) return <PageLoader label={t('loading')} />;
  if (query.isError) return <Text size="sm">{t('failed')}</Text>;
  const data = query.data;
  if (data.doses === 0) return <Text size="sm">{t('noDoses')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {data.rated === 0
          ? t('noRated', { doses: count(data.doses) })
          : t('rated', { rated: count(data.rated), doses: count(data.doses) })}
        {data.unjudged > 0 ? ` ${t('unjudged', { count: data.unjudged })}` : ''}
      </Text>
      <Text size="sm" maw={760}>
        {t('definition', { source: data.completeDefinition.source, status: data.completeDefinition.status })}
      </Text>
      <Bands data={data} />
      {data.rated > 0 && <Acute data={data} />}
      <Title order={3} size="h4">
        {t('later')}
      </Title>
      {data.later && data.instrument ? (
        <LaterSection later={data.later} instrument={data.instrument.shortName} />
      ) : (
        <Text size="sm">{t('laterNone')}</Text>
      )}
      <Text size="xs" c="dimmed" maw={760}>
        {t('sources')}
      </Text>
    </Stack>
  );
}

function Bands({ data }: { data: DoseExperience }) {
  const { t } = useT('doseExperience');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('bands')}
      </Text>
      <Text size="sm">
        {t('bandsNone')} {t('unitNote')}
      </Text>
      <List size="sm">
        {data.bandings.map((b) => (
          <List.Item key={b.substance}>{bandingText(t as never, b)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** One substance's banding said plainly: set by the program, or derived (and how). */
function bandingText(t: (k: string, o?: Record<string, unknown>) => string, b: Banding): string {
  const substance = substanceName(b.substance);
  const unit = unitName(b.unit);
  if (b.method === 'program') {
    const edges = b.cuts.map(edgeNumber).join(' / ');
    const set = t('bandingProgram', { substance, unit, edges });
    return b.unbanded > 0 ? `${set} ${t('unbanded', { count: b.unbanded, unit })}` : set;
  }
  if (b.method === 'values') {
    return t('bandingValues', { substance, unit, values: b.bands.map((x) => fixed(x.lower, 2)).join(', ') });
  }
  return t('bandingTertiles', { substance, unit, low: fixed(b.cuts[0], 2), high: fixed(b.cuts[1], 2) });
}

function Acute({ data }: { data: DoseExperience }) {
  const { t } = useT('doseExperience');
  const [dimension, setDimension] = useState<Dimension>('doseBand');
  const cells = data.acute[dimension];
  const dimensionName = t(`dimensions.${dimension}`);
  const chartCells = useMemo(
    () =>
      cells.flatMap((c): ChartCell[] => {
        const s = shownCell(c);
        if (!s || s.complete.percent === null || !s.complete.ci) return [];
        return [
          {
            label: cellLabel(data, dimension, s.value),
            percent: s.complete.percent,
            lower: s.complete.ci.lower,
            upper: s.complete.ci.upper,
            n: s.complete.n,
          },
        ];
      }),
    [cells, data, dimension],
  );
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('groupBy')}
        value={dimension}
        onChange={(e) => setDimension(e.currentTarget.value as Dimension)}
        data={DIMENSIONS.map((d) => ({ value: d, label: t(`dimensions.${d}`) }))}
        maw={320}
      />
      {cells.length === 0 ? (
        <Text size="sm">{t('none')}</Text>
      ) : (
        <>
          {chartCells.length > 0 && (
            <Suspense fallback={<PageLoader label={t('loading')} />}>
              <DoseExperienceChart cells={chartCells} dimension={dimensionName} />
            </Suspense>
          )}
          <ScrollTable label={t('table', { dimension: dimensionName })} minWidth={data.hasCeq ? 720 : 600}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{dimensionName}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('rows')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('complete')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('meqTotal')}
                </Table.Th>
                {data.hasCeq && (
                  <Table.Th scope="col" ta="right">
                    {t('ceqTotal')}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
              {cells.map((c) => {
                const label = cellLabel(data, dimension, c.value);
                const s = shownCell(c);
                if (!s || isSuppressed(c)) {
                  return (
                    <Table.Tr key={c.value}>
                      <Table.Th scope="row">{label}</Table.Th>
                      <Table.Td colSpan={data.hasCeq ? 4 : 3}>{isSuppressed(c) ? withheld(c) : ''}</Table.Td>
                    </Table.Tr>
                  );
                }
                return (
                  <Table.Tr key={c.value}>
                    <Table.Th scope="row" fw={600}>
                      {label}
                      {s.complete.n > 0 && s.complete.n < EFFECT_SIZE_MIN_N && (
                        <Text size="xs" c="orange.9">
                          {t('caution')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td ta="right">{`${count(s.complete.n)} (${count(s.doses)})`}</Table.Td>
                    <Table.Td ta="right">
                      <Cell main={proportion(s.complete)} sub={ofCount(s.complete)} />
                    </Table.Td>
                    <Table.Td ta="right">{withInterval(s.meqTotal.mean, s.meqTotal.ci, 2)}</Table.Td>
                    {data.hasCeq && (
                      <Table.Td ta="right">
                        {s.ceqTotal ? withInterval(s.ceqTotal.mean, s.ceqTotal.ci, 1) : '—'}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </ScrollTable>
        </>
      )}
    </Stack>
  );
}

function LaterSection({ later, instrument }: { later: Later; instrument: string }) {
  const { t } = useT('doseExperience');
  const model = later.model;
  const fit = shown(model);
  return (
    <Stack gap="sm">
      <Text size="sm" maw={760}>
        {t('laterIntro', { instrument, unknown: count(later.unknownClients) })}{' '}
        {t('groups', { with: count(later.withClients), without: count(later.withoutClients) })}
      </Text>
      <ScrollTable label={t('laterTable', { instrument })} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('timepoint')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('withResponse')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('withoutResponse')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('responseDifference')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('withRemission')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('withoutRemission')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('remissionDifference')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {later.timepoints.map((tp) => {
            const small =
              (tp.with.assessed > 0 && tp.with.assessed < EFFECT_SIZE_MIN_N) ||
              (tp.without.assessed > 0 && tp.without.assessed < EFFECT_SIZE_MIN_N);
            const prop = (p: (typeof tp.with)['response'], g: typeof tp.with) => (
              <Cell
                main={p && isSuppressed(p) ? withheld(p) : proportion(shown(p))}
                sub={`${ofCount(shown(p))} · ${t('assessedOf', { assessed: count(g.assessed), expected: count(g.expected) })}`}
              />
            );
            const diff = (d: (typeof tp)['responseDifference']) =>
              d && isSuppressed(d) ? withheld(d) : points(shown(d));
            return (
              <Table.Tr key={tp.key}>
                <Table.Th scope="row" fw={600}>
                  {tp.label}
                  {small && (
                    <Text size="xs" c="orange.9">
                      {t('caution')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">{prop(tp.with.response, tp.with)}</Table.Td>
                <Table.Td ta="right">{prop(tp.without.response, tp.without)}</Table.Td>
                <Table.Td ta="right">{diff(tp.responseDifference)}</Table.Td>
                <Table.Td ta="right">{prop(tp.with.remission, tp.with)}</Table.Td>
                <Table.Td ta="right">{prop(tp.without.remission, tp.without)}</Table.Td>
                <Table.Td ta="right">{diff(tp.remissionDifference)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ScrollTable>
      <Text size="sm" maw={760}>
        {model && isSuppressed(model)
          ? t('modelSuppressed', { withheld: withheld(model) })
          : fit
            ? t('model', {
                instrument,
                subjects: count(fit.fit.subjects),
                observations: count(fit.fit.observations),
                effect: withInterval(fit.effect.mean, fit.effect.ci, 1, true),
              })
            : t('modelNone')}
      </Text>
    </Stack>
  );
}
