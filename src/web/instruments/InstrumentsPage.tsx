/** The questionnaires Threshold ships: what each measures over which period, and how far its text and licence were checked. */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useInstruments } from './api.ts';
import { VerificationBadge, VerificationKey } from './Provenance.tsx';

export function InstrumentsPage() {
  const { t } = useT('instruments');
  const list = useInstruments();
  return (
    <Stack gap="md">
      <PageHeader title={t('list.title')}>
        <Text mt={4} maw={720}>
          {t('list.intro')}{' '}
          <Anchor component={Link} to="/instruments/translations">
            {t('list.translations')}
          </Anchor>
        </Text>
      </PageHeader>
      <VerificationKey />
      {list.isError && !list.data ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoader label={t('list.loading')} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('list.none')}</Text>
      ) : (
        <ScrollTable label={t('list.title')} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('list.name')}</Table.Th>
              <Table.Th scope="col">{t('list.shortName')}</Table.Th>
              <Table.Th scope="col">{t('list.items')}</Table.Th>
              <Table.Th scope="col">{t('list.recallPeriod')}</Table.Th>
              <Table.Th scope="col">{t('list.itemText')}</Table.Th>
              <Table.Th scope="col">{t('list.licence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/instruments/${encodeURIComponent(i.id)}`} fw={600}>
                    {i.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{i.shortName}</Table.Td>
                <Table.Td>{i.itemCount}</Table.Td>
                <Table.Td>{i.recallPeriod}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <VerificationBadge status={i.textStatus} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <VerificationBadge status={i.licenceStatus} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Stack>
  );
}
