/**
 * How much the answer depends on who is missing: each timepoint's mean four ways (observed cases,
 * completers, LOCF, the mixed model) with SE and 95% interval, the mixed model's fit, and attrition
 * at each timepoint.
 */
import { Table, Text, Title } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, type OutcomeReport, withheld } from './api.ts';
import { estimateOf, METHOD_LABELS, METHODS } from './estimates.ts';
import { count, DASH, fixed, percent, withInterval } from './format.ts';
import { Cell } from './TimepointsTable.tsx';

export function MissingDataTable({ report }: { report: OutcomeReport }) {
  const { t } = useT('outcomes');
  return (
    <>
      <Title order={3} size="h5">
        {t('missing.byMethod')}
      </Title>
      <ScrollTable label={t('missing.byMethodTable')} minWidth={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.timepoint')}</Table.Th>
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
                const n =
                  value === null || !('n' in value)
                    ? t('stats.allScores')
                    : t('stats.n', { n: count(value.n) });
                const se = e?.se == null ? '' : ` · ${t('stats.se', { se: fixed(e.se, 2) })}`;
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
  const { t } = useT('outcomes');
  const fit = report.lmm;
  if (fit && isSuppressed(fit))
    return <Text size="sm">{t('missing.lmmSuppressed', { withheld: withheld(fit) })}</Text>;
  if (!fit) return <Text size="sm">{t('missing.lmmNotFitted')}</Text>;
  return (
    <Text size="sm">
      {t('missing.lmmFit', {
        tau2: fixed(fit.tau2, 2),
        sigma2: fixed(fit.sigma2, 2),
        observations: count(fit.observations),
        subjects: count(fit.subjects),
        logLik: fixed(fit.logLik, 1),
      })}
    </Text>
  );
}

/**
 * Expected, assessed and missing at each timepoint, and the started clients for whom it is not due
 * (its window has not closed, or it is not part of their arm).
 */
export function AttritionTable({ report }: { report: OutcomeReport }) {
  const { t } = useT('outcomes');
  return (
    <>
      <Title order={3} size="h5">
        {t('missing.attrition')}
      </Title>
      <ScrollTable label={t('missing.attritionTable')} minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.timepoint')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.expected')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.assessed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.missing')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.missingOfExpected')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('table.notDue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
          {report.timepoints.map((tp) => (
            <Table.Tr key={tp.key}>
              <Table.Th scope="row" fw={600}>
                {tp.label}
              </Table.Th>
              <Table.Td ta="right">{count(tp.expected)}</Table.Td>
              <Table.Td ta="right">{count(tp.assessed)}</Table.Td>
              <Table.Td ta="right">{count(tp.missing)}</Table.Td>
              <Table.Td ta="right">
                {tp.expected > 0 ? percent((tp.missing / tp.expected) * 100) : DASH}
              </Table.Td>
              <Table.Td ta="right">{count(Math.max(0, report.subjects - tp.expected))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </>
  );
}
