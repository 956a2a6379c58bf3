/**
 * Vital signs of a dose: the series recorded so far (the day's baseline, taken before the dose, then
 * readings during the session and at discharge) with their flags and any clinician's override, and a
 * form for readings during the session and at discharge.
 */
import { Badge, List, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { formatDateTimeIn } from '../sessions/time.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type DosingRecord, useAddVitals, type VitalSign } from './api.ts';
import { flagText, safetySummary, VITAL_PHASE_LABELS } from './drafts.ts';
import { VitalsForm } from './VitalsForm.tsx';

const bp = (s: number | null, d: number | null) =>
  s === null && d === null ? '—' : `${s ?? '—'}/${d ?? '—'}`;

export function VitalsSection(props: { record: DosingRecord; canRecord: boolean; zone: string }) {
  const { record, canRecord, zone } = props;
  const { t } = useT('dosing');
  const add = useAddVitals(record.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vitals-heading">
      <Title order={2} size="h4" id="vitals-heading" mb="xs">
        {t('vitals.title')}
      </Title>
      <Text size="sm" mb="sm">
        {safetySummary(record.safety)}
      </Text>
      <VitalsTable vitals={record.vitals} zone={zone} />
      {canRecord && (
        <VitalsForm
          phases={['during', 'discharge']}
          safety={record.safety}
          zone={zone}
          title={t('vitals.addDuring')}
          idPrefix="vitals"
          mutation={add}
        />
      )}
    </Paper>
  );
}

/** The recorded sets, oldest first; a flagged baseline shows its override, or `action` to make one. */
export function VitalsTable(props: {
  vitals: VitalSign[];
  zone: string;
  action?: (v: VitalSign) => ReactNode;
}) {
  const { t } = useT('dosing');
  const { zone, action } = props;
  const rows = [...props.vitals].sort((a, b) => Date.parse(a.measuredAt) - Date.parse(b.measuredAt));
  return (
    <>
      {rows.length === 0 ? (
        <Text mb="md">{t('vitals.none')}</Text>
      ) : (
        <ScrollTable label={t('vitals.table')} minWidth={620}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('vitals.columns.measured')}</Table.Th>
              <Table.Th scope="col">{t('vitals.columns.phase')}</Table.Th>
              <Table.Th scope="col">{t('vitals.columns.bp')}</Table.Th>
              <Table.Th scope="col">{t('vitals.columns.heartRate')}</Table.Th>
              <Table.Th scope="col">{t('vitals.columns.spo2')}</Table.Th>
              <Table.Th scope="col">{t('vitals.columns.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <time dateTime={v.measuredAt}>{formatDateTimeIn(v.measuredAt, zone)}</time>
                </Table.Td>
                <Table.Td>{VITAL_PHASE_LABELS[v.phase] ?? v.phase}</Table.Td>
                <Table.Td>{bp(v.systolic, v.diastolic)}</Table.Td>
                <Table.Td>{v.heartRate ?? '—'}</Table.Td>
                <Table.Td>{v.spo2 ?? '—'}</Table.Td>
                <Table.Td style={{ minWidth: 220 }}>
                  {v.flags.length === 0 ? (
                    t('vitals.noFlags')
                  ) : (
                    <List size="sm" spacing={2}>
                      {v.flags.map((f) => (
                        <List.Item key={`${f.field}-${f.message}`}>
                          <Badge color="orange" variant="light" tt="none" mr={4}>
                            {t('vitals.flag')}
                          </Badge>
                          {flagText(f)}
                        </List.Item>
                      ))}
                    </List>
                  )}
                  {v.override && (
                    <Text size="sm" mt={4}>
                      <Badge color="blue" variant="light" tt="none" mr={4} component="span">
                        {t('vitals.override')}
                      </Badge>
                      {v.override.by?.name ?? t('vitals.aClinician')}, {formatDateTimeIn(v.override.at, zone)}
                      : {v.override.reason}
                    </Text>
                  )}
                  {!v.override && v.flags.length > 0 && action?.(v)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </>
  );
}
