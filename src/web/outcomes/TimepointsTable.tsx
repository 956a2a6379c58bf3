/**
 * The report's main table: at each timepoint, how many were assessed of those expected, the mean,
 * the change from baseline with its effect size, and response, remission and reliable change.
 * Columns for criteria the instrument does not define are left out.
 */
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import {
  isSuppressed,
  N_TOO_SMALL,
  type OutcomeReport,
  shown,
  type TimepointStats,
  withheld,
} from './api.ts';
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

const pairs = (n: number | undefined) => (n === undefined ? undefined : `n = ${count(n)} with baseline`);

export function TimepointsTable({ report, instrument }: { report: OutcomeReport; instrument: string }) {
  const { rules } = report;
  const hasResponse = rules.responsePercent !== null;
  const hasRemission = rules.remissionMaxTotal !== null;
  const hasReliable = rules.reliableChangePoints !== null;
  return (
    <ScrollTable label={`${instrument} at each timepoint`} minWidth={940}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" style={{ verticalAlign: 'bottom' }}>
            Timepoint
          </Table.Th>
          <Th>Assessed / expected</Th>
          <Th>Mean (SD)</Th>
          <Th>Mean change (95% CI)</Th>
          <Th>Effect size (95% CI)</Th>
          {hasResponse && <Th>Responders (95% CI)</Th>}
          {hasRemission && <Th>Remitters (95% CI)</Th>}
          {hasReliable && <Th>Reliably improved</Th>}
          {hasReliable && <Th>Reliably deteriorated</Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
        {report.timepoints.map((t) => (
          <Row
            key={t.key}
            t={t}
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
        ? { main: `${count(k)} (${percent((k / rel.n) * 100)})`, sub: `of ${count(rel.n)}` }
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
          sub={missingShare === undefined ? undefined : `${count(t.missing)} missing (${missingShare})`}
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
          <Cell main={N_TOO_SMALL} sub={`n = ${count(change.n)}, fewer than 10`} />
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
