/** The queue's rows: applicant, cohort, submitted, what the client reported, status and place. */
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { ApplicationSummary } from './api.ts';
import { OFFER_COLORS, STATUS_COLORS, statusKeyOf } from './stage.ts';

export function ApplicationsTable({ items }: { items: ApplicationSummary[] }) {
  const { t } = useT('frontOffice');
  return (
    <ScrollTable label={t('queue.table')} minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('queue.columns.applicant')}</Table.Th>
          <Table.Th scope="col">{t('queue.columns.cohort')}</Table.Th>
          <Table.Th scope="col">{t('queue.columns.submitted')}</Table.Th>
          <Table.Th scope="col">{t('queue.columns.reported')}</Table.Th>
          <Table.Th scope="col">{t('queue.columns.status')}</Table.Th>
          <Table.Th scope="col">{t('queue.columns.place')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((a) => {
          const status = statusKeyOf(a);
          return (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/applications/${a.id}`} fw={600}>
                  {a.client.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {a.cohort.name}{' '}
                <Text span size="xs">
                  (<time dateTime={a.cohort.startDate}>{formatDate(a.cohort.startDate)}</time>)
                </Text>
              </Table.Td>
              <Table.Td>
                <time dateTime={a.submittedAt}>{formatDateTime(a.submittedAt)}</time>
              </Table.Td>
              <Table.Td>
                <Reported reported={a.reported} />
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
                  {t(`status.${status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {a.offer ? (
                  <Badge color={OFFER_COLORS[a.offer.status]} variant="outline" tt="none">
                    {t(`offerStatus.${a.offer.status}`)}
                  </Badge>
                ) : a.waitlistPosition !== null ? (
                  t('queue.waitlistPosition', { position: a.waitlistPosition })
                ) : (
                  t('queue.noPlace')
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}

function Reported({ reported }: { reported: ApplicationSummary['reported'] }) {
  const { t } = useT('frontOffice');
  const { hardStops, cautions, unknown } = reported;
  if (!hardStops.length && !cautions.length && !unknown.length) return <>{t('queue.reportedNothing')}</>;
  return (
    <Group gap={4}>
      {hardStops.length > 0 && (
        <Badge color="red" variant="light" tt="none">
          {t('queue.reportedHardStops', { count: hardStops.length })}
        </Badge>
      )}
      {cautions.length > 0 && (
        <Badge color="orange" variant="light" tt="none">
          {t('queue.reportedCautions', { count: cautions.length })}
        </Badge>
      )}
      {unknown.length > 0 && (
        <Badge color="gray" variant="light" tt="none">
          {t('queue.reportedUnknown', { count: unknown.length })}
        </Badge>
      )}
    </Group>
  );
}
