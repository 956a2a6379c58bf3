/**
 * Two cohorts side by side (e.g. spring and autumn): pick cohort A and cohort B; at each
 * timepoint each cohort's n, mean change with its 95% CI, response and remission, and A − B with
 * its interval (Welch for the change, Newcombe for the rates). Differences from fewer than 10
 * clients a cohort are marked; the comparison is descriptive (no adjustment for baseline).
 */
import { Alert, NativeSelect, SimpleGrid, Table, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, type OutcomeReport, type Outcomes, shown, withheld } from './api.ts';
import { count, DASH, ofCount, points, proportion, withInterval } from './format.ts';
import { FILTER_LABELS, type FilterKey, type OutcomeFilters } from './query.ts';
import { Cell } from './TimepointsTable.tsx';

type Comparison = NonNullable<OutcomeReport['comparison']>;
type Side = Comparison['timepoints'][number]['a'];
type Difference = Comparison['timepoints'][number]['meanChangeDifference'];

interface Props {
  data: Outcomes;
  report: OutcomeReport;
  filters: OutcomeFilters;
  onChange: (key: FilterKey, value: string | null) => void;
}

export function CohortComparison({ data, report, filters, onChange }: Props) {
  const { t } = useT('outcomes');
  const cohorts = data.filters.cohort;
  const select = (key: 'compare' | 'compareWith') => (
    <NativeSelect
      label={FILTER_LABELS[key]}
      value={filters[key] ?? ''}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      data={[{ value: '', label: t('comparison.choose') }, ...cohorts]}
    />
  );
  const c = report.comparison;
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" className="threshold-no-print">
        {select('compare')}
        {select('compareWith')}
      </SimpleGrid>
      {c ? (
        <ComparisonTable comparison={c} report={report} />
      ) : (
        <Text size="sm">{t('comparison.chooseTwo')}</Text>
      )}
    </>
  );
}

function ComparisonTable({ comparison: c, report }: { comparison: Comparison; report: OutcomeReport }) {
  const { t } = useT('outcomes');
  const hasResponse = report.rules.responsePercent !== null;
  const hasRemission = report.rules.remissionMaxTotal !== null;
  const caution = c.timepoints.some((t) => t.nTooSmall);

  return (
    <>
      <Text size="sm">
        {t('comparison.summary', {
          a: c.a.group,
          aN: count(c.a.subjects),
          b: c.b.group,
          bN: count(c.b.subjects),
          better: t(`betterWord.${report.rules.better}`),
          sign: report.rules.better === 'lower' ? t('comparison.negative') : t('comparison.positive'),
        })}
      </Text>
      {caution && (
        <Alert color="yellow" title={t('comparison.smallNumbers')} role="note">
          {t('comparison.smallNumbersBody')}
        </Alert>
      )}
      <ScrollTable label={t('comparison.compared', { a: c.a.group, b: c.b.group })} minWidth={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.timepoint')}</Table.Th>
            <Table.Th scope="col">{t('table.cohort')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.assessed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.meanChange')}
            </Table.Th>
            {hasResponse && (
              <Table.Th scope="col" ta="right">
                {t('table.response')}
              </Table.Th>
            )}
            {hasRemission && (
              <Table.Th scope="col" ta="right">
                {t('table.remission')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {c.timepoints.map((tp) => {
            const rows: Array<[string, Side | null]> = [
              [`A: ${c.a.group}`, tp.a],
              [`B: ${c.b.group}`, tp.b],
            ];
            const atBaseline = tp.a !== null && !isSuppressed(tp.a) && tp.a.change === null;
            return [
              ...rows.map(([name, side], k) => (
                <Table.Tr key={`${tp.key}-${name}`}>
                  {k === 0 && (
                    <Table.Th scope="rowgroup" rowSpan={atBaseline ? 2 : 3} style={{ verticalAlign: 'top' }}>
                      <Text span size="sm" fw={600}>
                        {tp.label}
                      </Text>
                      {tp.nTooSmall && (
                        <Text size="xs" fw={700}>
                          {t('comparison.fewClients')}
                        </Text>
                      )}
                    </Table.Th>
                  )}
                  <Table.Td>{name}</Table.Td>
                  <SideCells side={side} hasResponse={hasResponse} hasRemission={hasRemission} />
                </Table.Tr>
              )),
              !atBaseline && (
                <Table.Tr key={`${tp.key}-diff`} style={{ fontWeight: 600 }}>
                  <Table.Td>A − B</Table.Td>
                  <Table.Td ta="right">{DASH}</Table.Td>
                  <Table.Td ta="right">
                    <DifferenceCell
                      d={tp.meanChangeDifference}
                      text={(x) => withInterval(x.estimate, x.ci, 1, true)}
                    />
                  </Table.Td>
                  {hasResponse && (
                    <Table.Td ta="right">
                      <DifferenceCell d={tp.responseDifference} text={points} />
                    </Table.Td>
                  )}
                  {hasRemission && (
                    <Table.Td ta="right">
                      <DifferenceCell d={tp.remissionDifference} text={points} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            ];
          })}
        </Table.Tbody>
      </ScrollTable>
      <Text size="xs" c="dimmed" maw={760}>
        {t('comparison.note')}
      </Text>
    </>
  );
}

function SideCells({
  side,
  hasResponse,
  hasRemission,
}: {
  side: Side | null;
  hasResponse: boolean;
  hasRemission: boolean;
}) {
  const { t } = useT('outcomes');
  if (side && isSuppressed(side))
    return <Table.Td colSpan={1 + 1 + Number(hasResponse) + Number(hasRemission)}>{withheld(side)}</Table.Td>;
  const s = side;
  const change = s?.change ?? null;
  const rate = (p: NonNullable<typeof s>['response']) =>
    p && isSuppressed(p) ? (
      <Cell main={withheld(p)} />
    ) : (
      <Cell main={proportion(shown(p))} sub={ofCount(shown(p))} />
    );
  return (
    <>
      <Table.Td ta="right">{s ? count(s.assessed) : DASH}</Table.Td>
      <Table.Td ta="right">
        {change && isSuppressed(change) ? (
          <Cell main={withheld(change)} />
        ) : change ? (
          <Cell
            main={withInterval(change.mean, change.ci, 1, true)}
            sub={t('stats.n', { n: count(change.n) })}
          />
        ) : (
          DASH
        )}
      </Table.Td>
      {hasResponse && <Table.Td ta="right">{s?.change ? rate(s.response) : DASH}</Table.Td>}
      {hasRemission && <Table.Td ta="right">{s?.change ? rate(s.remission) : DASH}</Table.Td>}
    </>
  );
}

function DifferenceCell({
  d,
  text,
}: {
  d: Difference;
  text: (d: NonNullable<Exclude<Difference, { suppressed: unknown }>>) => string;
}) {
  if (d === null) return <>{DASH}</>;
  if (isSuppressed(d)) return <Cell main={withheld(d)} />;
  return <Cell main={text(d)} />;
}
