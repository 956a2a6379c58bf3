/**
 * How much the answer depends on who is missing: each timepoint's mean four ways (observed cases,
 * completers, LOCF, the mixed model) with SE and 95% interval, the mixed model's fit, and attrition
 * at each timepoint.
 */
import { Table, Text, Title } from '@mantine/core';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, type OutcomeReport, withheld } from './api.ts';
import { estimateOf, METHOD_LABELS, METHODS } from './estimates.ts';
import { count, DASH, fixed, percent, withInterval } from './format.ts';
import { Cell } from './TimepointsTable.tsx';

export function MissingDataTable({ report }: { report: OutcomeReport }) {
  return (
    <>
      <Title order={3} size="h5">
        Mean (95% CI) by way of handling missing data
      </Title>
      <ScrollTable label="Means by way of handling missing data" minWidth={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Timepoint</Table.Th>
            {METHODS.map((m) => (
              <Table.Th key={m} scope="col" ta="right">
                {METHOD_LABELS[m]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {report.missingData.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={600}>
                {row.label}
              </Table.Th>
              {METHODS.map((method) => {
                const value = row[method];
                if (value !== null && isSuppressed(value))
                  return (
                    <Table.Td key={method} ta="right">
                      <Cell main={withheld(value)} />
                    </Table.Td>
                  );
                const e = estimateOf(row, method);
                const n = value === null || !('n' in value) ? 'all scores' : `n = ${count(value.n)}`;
                const se = e?.se == null ? '' : ` · SE ${fixed(e.se, 2)}`;
                return (
                  <Table.Td key={method} ta="right">
                    <Cell main={withInterval(e?.mean, e?.ci)} sub={`${n}${se}`} />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}

/** The mixed model's variance components and size, or why there is none. */
export function LmmFitLine({ report }: { report: OutcomeReport }) {
  const fit = report.lmm;
  if (fit && isSuppressed(fit)) return <Text size="sm">Mixed model: {withheld(fit)}.</Text>;
  if (!fit) {
    return (
      <Text size="sm">
        The mixed model could not be fitted: it needs scores from at least two clients, at least one client
        with two or more scores, more scores than timepoints, and some variation within clients.
      </Text>
    );
  }
  return (
    <Text size="sm">
      Mixed model (REML): between-client variance τ² = {fixed(fit.tau2, 2)}, within-client variance σ² ={' '}
      {fixed(fit.sigma2, 2)}, from {count(fit.observations)} scores of {count(fit.subjects)} clients
      (log-likelihood {fixed(fit.logLik, 1)}).
    </Text>
  );
}

/**
 * Expected, assessed and missing at each timepoint, and the started clients for whom it is not due
 * (its window has not closed, or it is not part of their arm).
 */
export function AttritionTable({ report }: { report: OutcomeReport }) {
  return (
    <>
      <Title order={3} size="h5">
        Attrition
      </Title>
      <ScrollTable label="Attrition at each timepoint" minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Timepoint</Table.Th>
            <Table.Th scope="col" ta="right">
              Expected
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Assessed
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Missing
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Missing of expected
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Not due
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {report.timepoints.map((t) => (
            <Table.Tr key={t.key}>
              <Table.Th scope="row" fw={600}>
                {t.label}
              </Table.Th>
              <Table.Td ta="right">{count(t.expected)}</Table.Td>
              <Table.Td ta="right">{count(t.assessed)}</Table.Td>
              <Table.Td ta="right">{count(t.missing)}</Table.Td>
              <Table.Td ta="right">
                {t.expected > 0 ? percent((t.missing / t.expected) * 100) : DASH}
              </Table.Td>
              <Table.Td ta="right">{count(Math.max(0, report.subjects - t.expected))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}
