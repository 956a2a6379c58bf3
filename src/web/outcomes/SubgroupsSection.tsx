/**
 * Subgroups: each group's n, mean change and response at every timepoint, then each group against
 * the reference group (difference in mean change with Welch's interval, in response rate with
 * Newcombe's). Descriptive: no adjustment for multiplicity or for baseline differences.
 */
import { Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, nTooSmall, type OutcomeReport, type Subgroups, shown, withheld } from './api.ts';
import { count, DASH, ofCount, points, proportion, withInterval } from './format.ts';
import { DIMENSION_LABELS } from './query.ts';
import { Cell } from './TimepointsTable.tsx';

export function SubgroupsSection({ report, subgroups }: { report: OutcomeReport; subgroups: Subgroups }) {
  const { t } = useT('outcomes');
  const dimension = DIMENSION_LABELS[subgroups.dimension];
  const reference = subgroups.reference;
  const hasResponse = report.rules.responsePercent !== null;
  const labelOf = new Map(report.timepoints.map((t) => [t.key, t.label]));
  return (
    <>
      <Title order={3} size="h5" id="outcomes-subgroup-groups">
        {t('subgroups.eachGroup')}
      </Title>
      <ScrollTable label={t('subgroups.byDimension', { dimension: dimension.toLowerCase() })} minWidth={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{dimension}</Table.Th>
            <Table.Th scope="col">{t('table.timepoint')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.assessed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.meanChange')}
            </Table.Th>
            {hasResponse && (
              <Table.Th scope="col" ta="right">
                {t('table.responders')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {subgroups.groups.map((g) =>
            isSuppressed(g) ? (
              <Table.Tr key={g.group}>
                <Table.Th scope="row">
                  <Text span size="sm" fw={600}>
                    {g.group}
                  </Text>
                </Table.Th>
                <Table.Td colSpan={hasResponse ? 4 : 3}>{withheld(g)}</Table.Td>
              </Table.Tr>
            ) : (
              <Fragment key={g.group}>
                {g.timepoints.map((tp, i) => (
                  <Table.Tr key={tp.key}>
                    {i === 0 && (
                      <Table.Th
                        scope="rowgroup"
                        rowSpan={g.timepoints.length}
                        style={{ verticalAlign: 'top' }}
                      >
                        <Text span size="sm" fw={600}>
                          {g.group}
                        </Text>
                        <Text size="xs" c="dimmed" fw={400}>
                          {t('subgroups.started', { n: count(g.subjects) })}
                          {g.group === reference ? t('subgroups.reference') : ''}
                        </Text>
                      </Table.Th>
                    )}
                    <Table.Td>{tp.label}</Table.Td>
                    <Table.Td ta="right">{count(tp.assessed)}</Table.Td>
                    <Table.Td ta="right">
                      {tp.change && isSuppressed(tp.change) ? (
                        <Cell main={withheld(tp.change)} />
                      ) : tp.change ? (
                        <Cell
                          main={withInterval(tp.change.mean, tp.change.ci, 1, true)}
                          sub={t('stats.n', { n: count(tp.change.n) })}
                        />
                      ) : (
                        DASH
                      )}
                    </Table.Td>
                    {hasResponse && (
                      <Table.Td ta="right">
                        <Cell
                          main={
                            tp.response && isSuppressed(tp.response)
                              ? withheld(tp.response)
                              : proportion(shown(tp.response))
                          }
                          sub={ofCount(shown(tp.response))}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Fragment>
            ),
          )}
        </Table.Tbody>
      </ScrollTable>

      <Title order={3} size="h5" id="outcomes-subgroup-comparisons">
        {t('subgroups.comparedWith', { reference })}
      </Title>
      {subgroups.comparisons.length === 0 ? (
        <Text size="sm">{t('subgroups.onlyOne')}</Text>
      ) : (
        <ScrollTable label={t('subgroups.comparedTable', { reference })} minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.group')}</Table.Th>
              <Table.Th scope="col">{t('table.timepoint')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('subgroups.welch')}
              </Table.Th>
              {hasResponse && (
                <Table.Th scope="col" ta="right">
                  {t('subgroups.newcombe')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
            {subgroups.comparisons.map((c) => (
              <Table.Tr key={`${c.group}|${c.timepointKey}`}>
                <Table.Th scope="row" fw={600}>
                  {c.group}
                </Table.Th>
                <Table.Td>{labelOf.get(c.timepointKey) ?? c.timepointKey}</Table.Td>
                {isSuppressed(c) ? (
                  <Table.Td ta="right" colSpan={hasResponse ? 2 : 1}>
                    {withheld(c)}
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right">
                      <Cell
                        main={withInterval(
                          c.meanChangeDifference?.estimate,
                          c.meanChangeDifference?.ci,
                          1,
                          true,
                        )}
                        sub={c.nTooSmall ? nTooSmall() : undefined}
                      />
                    </Table.Td>
                    {hasResponse && (
                      <Table.Td ta="right">
                        <Cell
                          main={points(c.responseDifference)}
                          sub={c.nTooSmall ? nTooSmall() : undefined}
                        />
                      </Table.Td>
                    )}
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <Text size="xs" c="dimmed" maw={760}>
        {t('subgroups.differences', { reference })}{' '}
        {report.rules.better === 'lower' ? t('subgroups.lower') : t('subgroups.higher')} {t('subgroups.note')}
      </Text>
    </>
  );
}
