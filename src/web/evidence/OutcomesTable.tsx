/** A study's outcomes as reported: numbers only where the source gives them, each row with its verification and source. */
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { StudyRecord } from './api.ts';
import { FactProvenance } from './Provenance.tsx';

type Outcome = StudyRecord['outcomes'][number];
type Effect = NonNullable<Outcome['reportedEffect']>;

/** A number as the source gives it, with a real minus sign. */
export const figure = (n: number): string => String(n).replace('-', '\u2212');

const Dash = () => (
  <>
    <Text span c="dimmed" aria-hidden="true">
      —
    </Text>
    <VisuallyHidden>{tKey('evidence:outcomesTable.notReported')}</VisuallyHidden>
  </>
);
const dash = <Dash />;

function meanText(o: Outcome): string | null {
  if (o.mean === undefined)
    return o.median !== undefined ? tKey('evidence:outcomesTable.median', { value: figure(o.median) }) : null;
  const spread =
    o.sd !== undefined ? ` (${figure(o.sd)})` : o.se !== undefined ? ` (SE ${figure(o.se)})` : '';
  return `${figure(o.mean)}${spread}`;
}

function eventsText(o: Outcome): string | null {
  const pct =
    o.percent !== undefined
      ? `${figure(o.percent)}${o.percentUpTo !== undefined ? `–${figure(o.percentUpTo)}` : ''}%`
      : null;
  if (o.events !== undefined && o.total !== undefined)
    return `${o.events}/${o.total}${pct ? ` (${pct})` : ''}`;
  if (o.events !== undefined)
    return `${tKey('evidence:outcomesTable.eventsOnly', { n: o.events })}${pct ? ` (${pct})` : ''}`;
  return pct;
}

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

/** An effect and its CI, all with the decimals of the most precise ("d 1.9 (CI 1.0 to 2.8)", not "1 to 2.8"). */
export function effectText(e: Effect): string {
  const given = [e.value, e.valueUpTo, e.ciLower, e.ciUpper].filter((n): n is number => n !== undefined);
  const digits = Math.min(6, Math.max(...given.map(decimals)));
  const f = (n: number) => n.toFixed(digits).replace('-', '\u2212');
  const value = `${f(e.value)}${e.valueUpTo !== undefined ? `–${f(e.valueUpTo)}` : ''}`;
  const ci =
    e.ciLower !== undefined && e.ciUpper !== undefined
      ? ` (${e.ciLevel !== undefined ? `${e.ciLevel}% ` : ''}${tKey('evidence:outcomesTable.ci', { lower: f(e.ciLower), upper: f(e.ciUpper) })})`
      : '';
  return `${e.type} ${value}${ci}${e.detail ? `; ${e.detail}` : ''}`;
}

export function OutcomesTable({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t } = useT('evidence');
  return (
    <ScrollTable label={t('outcomesTable.label')} minWidth={920}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('outcomesTable.measure')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.timepoint')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.arm')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.quantity')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.n')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.meanSd')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.events')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.effect')}</Table.Th>
          <Table.Th scope="col">{t('outcomesTable.provenance')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {outcomes.map((o, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: outcomes have no id; their order is the record's
          <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
            <Table.Th scope="row" fw={600}>
              {o.measure}
            </Table.Th>
            <Table.Td>{o.timepoint}</Table.Td>
            <Table.Td>{o.arm}</Table.Td>
            <Table.Td>{o.quantity}</Table.Td>
            <Table.Td>{o.n ?? dash}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{meanText(o) ?? dash}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{eventsText(o) ?? dash}</Table.Td>
            <Table.Td miw={160}>{o.reportedEffect ? effectText(o.reportedEffect) : dash}</Table.Td>
            <Table.Td miw={220}>
              <FactProvenance
                fact={{ status: o.status, source: o.provenance, note: o.note }}
                of={`${o.measure}, ${o.timepoint}, ${o.quantity}`}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
