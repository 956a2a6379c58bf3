/** What an import will store (or stored): clients by name, responses with their scores and alerts. */

import { Badge, Group, Table } from '@mantine/core';
import type { ClientImportResult, ResponseImportResult } from '../../api/imports.ts';
import { alertTitle } from '../alerts/title.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';

export function ClientPreview({ result }: { result: ClientImportResult }) {
  const { t } = useT('imports');
  return (
    <ScrollTable label={t('preview.clients')} minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('preview.line')}</Table.Th>
          <Table.Th scope="col">{t('preview.name')}</Table.Th>
          <Table.Th scope="col">{t('preview.born')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.clients.map((c) => (
          <Table.Tr key={c.line}>
            <Table.Td>{c.line}</Table.Td>
            <Table.Td>{`${c.givenName} ${c.familyName}`}</Table.Td>
            <Table.Td>{formatDate(c.dateOfBirth)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

export function DuplicatesTable({ result }: { result: ClientImportResult }) {
  const { t } = useT('imports');
  return (
    <ScrollTable label={t('preview.duplicates')} minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('preview.line')}</Table.Th>
          <Table.Th scope="col">{t('preview.matches')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.duplicates.map((d) => (
          <Table.Tr key={d.line}>
            <Table.Td>{d.line}</Table.Td>
            <Table.Td>{d.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

export function ResponsePreview({ result }: { result: ResponseImportResult }) {
  const { t } = useT('imports');
  return (
    <ScrollTable label={t('preview.responses')} minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('preview.line')}</Table.Th>
          <Table.Th scope="col">{t('preview.instrument')}</Table.Th>
          <Table.Th scope="col">{t('preview.completed')}</Table.Th>
          <Table.Th scope="col">{t('preview.total')}</Table.Th>
          <Table.Th scope="col">{t('preview.alerts')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.responses.map((r) => (
          <Table.Tr key={r.line}>
            <Table.Td>{r.line}</Table.Td>
            <Table.Td>{r.instrumentId}</Table.Td>
            <Table.Td>{formatDateTime(r.administeredAt)}</Table.Td>
            <Table.Td>{r.total ?? '–'}</Table.Td>
            <Table.Td>
              {r.alerts.length === 0 ? (
                t('preview.none')
              ) : (
                <Group gap={4}>
                  {r.alerts.map((a) => (
                    <Badge key={a.title} color={a.severity === 'high' ? 'red' : 'orange'} variant="light">
                      {alertTitle(a)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
