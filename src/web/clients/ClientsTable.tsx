import { Anchor, Badge, Table } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ClientSummary } from '../../api/clients.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';

/**
 * One row per client. The name is the link (for keyboard and screen-reader users, and it fills its
 * cell); a click anywhere else on the row opens the client too.
 */
export function ClientsTable({ clients, showStatus }: { clients: ClientSummary[]; showStatus: boolean }) {
  const navigate = useNavigate();
  const { t } = useT('clients');
  const openRow = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('a') || window.getSelection()?.toString()) return;
    navigate(`/clients/${id}`);
  };
  return (
    <ScrollTable label={t('list.table')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('list.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('list.columns.dateOfBirth')}</Table.Th>
          <Table.Th scope="col">{t('list.columns.email')}</Table.Th>
          <Table.Th scope="col">{t('list.columns.phone')}</Table.Th>
          <Table.Th scope="col">{t('list.columns.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((c) => (
          <Table.Tr key={c.id} onClick={openRow(c.id)} style={{ cursor: 'pointer' }}>
            <Table.Td>
              <Anchor component={Link} to={`/clients/${c.id}`} fw={600} display="block">
                {c.givenName} {c.familyName}
                {c.preferredName && <span style={{ fontWeight: 400 }}> ({c.preferredName})</span>}
              </Anchor>
              {showStatus && c.archivedAt && (
                <Badge color="gray" variant="light" size="sm">
                  {t('list.archived')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <time dateTime={c.dateOfBirth}>{formatDate(c.dateOfBirth)}</time>
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.email ?? '—'}</Table.Td>
            <Table.Td>{c.phone ?? '—'}</Table.Td>
            <Table.Td>
              <time dateTime={c.updatedAt}>{formatDateTime(c.updatedAt)}</time>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
