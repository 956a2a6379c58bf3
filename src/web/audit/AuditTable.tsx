import { Anchor, Code, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEvent } from '../../api/audit.ts';
import { useT } from '../i18n/i18n.ts';
import { formatPreciseDateTime } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';

/** Audit events, newest first. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useT('audit');
  return (
    <ScrollTable label={t('table.label')} minWidth={900}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">#</Table.Th>
          <Table.Th scope="col">{t('table.time')}</Table.Th>
          <Table.Th scope="col">{t('table.actor')}</Table.Th>
          <Table.Th scope="col">{t('table.action')}</Table.Th>
          <Table.Th scope="col">{t('table.entity')}</Table.Th>
          <Table.Th scope="col">{t('table.ip')}</Table.Th>
          <Table.Th scope="col">{t('table.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={e.seq}>
            <Table.Td>{e.seq}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={e.at}>{formatPreciseDateTime(e.at)}</time>
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {e.actorLabel ?? e.actorUserId ?? t('table.system')}
            </Table.Td>
            <Table.Td>
              <Code>{e.action}</Code>
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <Entity event={e} />
            </Table.Td>
            <Table.Td>{e.ip ?? '—'}</Table.Td>
            <Table.Td>
              <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{compact(e.details)}</Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function Entity({ event }: { event: AuditEvent }) {
  const { t } = useT('audit');
  if (!event.entityId) return <>{event.entityType}</>;
  if (event.entityType === 'client') {
    return (
      <>
        {t('table.client')}{' '}
        <Anchor component={Link} to={`/clients/${encodeURIComponent(event.entityId)}`} size="sm">
          {event.entityId}
        </Anchor>
      </>
    );
  }
  return (
    <>
      {event.entityType} {event.entityId}
    </>
  );
}

function compact(details: Record<string, unknown>): string {
  if (!details || Object.keys(details).length === 0) return '—';
  try {
    return JSON.stringify(details);
  } catch {
    return String(details);
  }
}
