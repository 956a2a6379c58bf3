/**
 * The report's main table: at each timepoint, how many were assessed of those expected, the mean,
 * the change from baseline with its effect size, and response, remission and reliable change.
 * Columns for criteria the instrument does not define are left out.
 */
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { isSuppressed, nTooSmall, type OutcomeReport, shown, type TimepointStats, withheld } from './api.ts';
import { count, DASH, meanSd, ofCount, percent, proportion, withInterval } from './format.ts';
import { TIMEPOINT_ROLE_LABELS } from './labels.ts';

/** A figure with a small line under it (its n, or what it is out of). */
export function Cell({ main, sub }: { main: string; sub?: string }) {
  return (
    <>
      <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
        {main}
      </Text>
      {sub && (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {sub}
        </Text>
      )}
    </>
  );
}

const Th = ({ children }: { children: ReactNode }) => (
  <Table.Th scope="col" ta="right" style={{ verticalAlign: 'bottom' }}>
    {children}
  </Table.Th>
);

const pairs = (n: number | undefined) =>
  n === undefined ? undefined : tKey('outcomes:stats.nWithBaseline', { n: count(n) });

export function TimepointsTable({ report, instrument }: { report: OutcomeReport; instrument: string }) {
  const { t } = useT('outcomes');
  const { rules } = report;
  const hasResponse = rules.responsePercent !== null;
  const hasRemission = rules.remissionMaxTotal !== null;
  const hasReliable = rules.reliableChangePoints !== null;
  return (
    <ScrollTable label={t('table.atEachTimepoint', { instrument })} minWidth={940}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
            {t('table.timepoint')}
          </Table.Th>
          <Th>{t('table.assessedExpected')}</Th>
          <Th>{t('table.meanSd')}</Th>
          <Th>{t('table.meanChange')}</Th>
          <Th>{t('table.effectSize')}</Th>
          {hasResponse && <Th>{t('table.responders')}</Th>}
          {hasRemission && <Th>{t('table.remitters')}</Th>}
          {hasReliable && <Th>{t('table.reliablyImproved')}</Th>}
          {hasReliable && <Th>{t('table.reliablyDeteriorated')}</Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
        {report.timepoints.map((tp) => (
          <Row
            key={tp.key}
            t={tp}
            hasResponse={hasResponse}
            hasRemission={hasRemission}
            hasReliable={hasReliable}
          />
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

interface RowProps {
  t: TimepointStats;
  hasResponse: boolean;
  hasRemission: boolean;
  hasReliable: boolean;
}

function Row({ t, hasResponse, hasRemission, hasReliable }: RowProps) {
  const baseline = t.role === 'baseline' || t.change === null;
  const missingShare = t.expected > 0 ? percent((t.missing / t.expected) * 100) : undefined;
  const rel = shown(t.reliable);
  const change = shown(t.change);
  const response = shown(t.response);
  const remission = shown(t.remission);
  const observed = shown(t.observed);
  const reliable = (k: number | undefined) =>
    isSuppressed(t.reliable)
      ? { main: withheld(t.reliable) }
      : rel && rel.n > 0 && k !== undefined
        ? {
            main: `${count(k)} (${percent((k / rel.n) * 100)})`,
            sub: tKey('outcomes:stats.ofN', { n: count(rel.n) }),
          }
        : { main: DASH };
  /** A withheld figure's text, or the figure. */
  const or = (x: object | null, text: string) => (x !== null && isSuppressed(x) ? withheld(x) : text);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <Text span size="sm" fw={600}>
          {t.label}
        </Text>
        {TIMEPOINT_ROLE_LABELS[t.role] !== t.label && (
          <Text size="xs" c="dimmed" fw={400}>
            {TIMEPOINT_ROLE_LABELS[t.role]}
          </Text>
        )}
      </Table.Th>
      <Table.Td ta="right">
        <Cell
          main={`${count(t.assessed)} / ${count(t.expected)}`}
          sub={
            missingShare === undefined
              ? undefined
              : tKey('outcomes:stats.missing', { n: count(t.missing), share: missingShare })
          }
        />
      </Table.Td>
      <Table.Td ta="right">
        <Cell main={or(t.observed, meanSd(observed?.mean, observed?.sd))} />
      </Table.Td>
      <Table.Td ta="right">
        {baseline ? (
          <Cell main={DASH} />
        ) : (
          <Cell main={or(t.change, withInterval(change?.mean, change?.ci, 1, true))} sub={pairs(change?.n)} />
        )}
      </Table.Td>
      <Table.Td ta="right">
        {change?.nTooSmall ? (
          <Cell main={nTooSmall()} sub={tKey('outcomes:stats.nFewerThan10', { n: count(change.n) })} />
        ) : (
          <Cell
            main={
              baseline ? DASH : or(t.change, withInterval(change?.effectSize, change?.effectSizeCi, 2, true))
            }
          />
        )}
      </Table.Td>
      {hasResponse && (
        <Table.Td ta="right">
          <Cell main={baseline ? DASH : or(t.response, proportion(response))} sub={ofCount(response)} />
        </Table.Td>
      )}
      {hasRemission && (
        <Table.Td ta="right">
          <Cell main={baseline ? DASH : or(t.remission, proportion(remission))} sub={ofCount(remission)} />
        </Table.Td>
      )}
      {hasReliable && (
        <Table.Td ta="right">
          <Cell {...(baseline ? { main: DASH } : reliable(rel?.improved))} />
        </Table.Td>
      )}
      {hasReliable && (
        <Table.Td ta="right">
          <Cell {...(baseline ? { main: DASH } : reliable(rel?.deteriorated))} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}
