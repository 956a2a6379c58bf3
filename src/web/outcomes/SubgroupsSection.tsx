/**
 * Subgroups: each group's n, mean change and response at every timepoint, then each group against
 * the reference group (difference in mean change with Welch's interval, in response rate with
 * Newcombe's). Descriptive: no adjustment for multiplicity or for baseline differences.
 */
import { Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, N_TOO_SMALL, type OutcomeReport, type Subgroups, shown, withheld } from './api.ts';
import { count, DASH, ofCount, points, proportion, withInterval } from './format.ts';
import { DIMENSION_LABELS } from './query.ts';
import { Cell } from './TimepointsTable.tsx';

export function SubgroupsSection({ report, subgroups }: { report: OutcomeReport; subgroups: Subgroups }) {
  const dimension = DIMENSION_LABELS[subgroups.dimension];
  const hasResponse = report.rules.responsePercent !== null;
  const labelOf = new Map(report.timepoints.map((t) => [t.key, t.label]));
  return (
    <>
      <Title order={3} size="h5" id="outcomes-subgroup-groups">
        Each group by timepoint
      </Title>
      <ScrollTable label={`Outcomes by ${dimension.toLowerCase()}`} minWidth={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{dimension}</Table.Th>
            <Table.Th scope="col">Timepoint</Table.Th>
            <Table.Th scope="col" ta="right">
              Assessed
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Mean change (95% CI)
            </Table.Th>
            {hasResponse && (
              <Table.Th scope="col" ta="right">
                Responders (95% CI)
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
                {g.timepoints.map((t, i) => (
                  <Table.Tr key={t.key}>
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
                          {count(g.subjects)} started
                          {g.group === subgroups.reference ? ' · reference' : ''}
                        </Text>
                      </Table.Th>
                    )}
                    <Table.Td>{t.label}</Table.Td>
                    <Table.Td ta="right">{count(t.assessed)}</Table.Td>
                    <Table.Td ta="right">
                      {t.change && isSuppressed(t.change) ? (
                        <Cell main={withheld(t.change)} />
                      ) : t.change ? (
                        <Cell
                          main={withInterval(t.change.mean, t.change.ci, 1, true)}
                          sub={`n = ${count(t.change.n)}`}
                        />
                      ) : (
                        DASH
                      )}
                    </Table.Td>
                    {hasResponse && (
                      <Table.Td ta="right">
                        <Cell
                          main={
                            t.response && isSuppressed(t.response)
                              ? withheld(t.response)
                              : proportion(shown(t.response))
                          }
                          sub={ofCount(shown(t.response))}
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
        Compared with {subgroups.reference}
      </Title>
      {subgroups.comparisons.length === 0 ? (
        <Text size="sm">There is only one group, so nothing to compare.</Text>
      ) : (
        <ScrollTable label={`Each group compared with ${subgroups.reference}`} minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Group</Table.Th>
              <Table.Th scope="col">Timepoint</Table.Th>
              <Table.Th scope="col" ta="right">
                Difference in mean change (95% CI, Welch)
              </Table.Th>
              {hasResponse && (
                <Table.Th scope="col" ta="right">
                  Difference in response (percentage points, 95% CI, Newcombe)
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
                        sub={c.nTooSmall ? N_TOO_SMALL : undefined}
                      />
                    </Table.Td>
                    {hasResponse && (
                      <Table.Td ta="right">
                        <Cell
                          main={points(c.responseDifference)}
                          sub={c.nTooSmall ? N_TOO_SMALL : undefined}
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
        Differences are each group minus {subgroups.reference}.{' '}
        {report.rules.better === 'lower'
          ? 'Lower scores are better, so a negative difference in mean change means the group improved more.'
          : 'Higher scores are better, so a positive difference in mean change means the group improved more.'}{' '}
        A positive difference in response means more responders in the group. A dash means a group has too few
        clients assessed at both baseline and that timepoint for the interval. These comparisons are
        descriptive: not adjusted for the number of comparisons or for differences between the groups at
        baseline.
      </Text>
    </>
  );
}
