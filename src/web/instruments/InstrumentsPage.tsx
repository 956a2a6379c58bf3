/** The questionnaires Threshold ships: what each measures over which period, and how far its text and licence were checked. */
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useInstruments } from './api.ts';
import { VerificationBadge, VerificationKey } from './Provenance.tsx';

export function InstrumentsPage() {
  const list = useInstruments();
  return (
    <Stack gap="md">
      <PageHeader title="Instruments">
        <Text mt={4} maw={720}>
          The validated questionnaires Threshold can score: their items, scoring rules, severity bands and
          change criteria, each fact with its source and how far it was checked.{' '}
          <Anchor component={Link} to="/instruments/translations">
            Translations for your clients
          </Anchor>
        </Text>
      </PageHeader>
      <VerificationKey />
      {list.isError && !list.data ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <PageLoader label="Loading instruments" />
      ) : list.data.items.length === 0 ? (
        <Text>No questionnaires are installed on this server yet.</Text>
      ) : (
        <ScrollTable label="Instruments" minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Short name</Table.Th>
              <Table.Th scope="col">Items</Table.Th>
              <Table.Th scope="col">Recall period</Table.Th>
              <Table.Th scope="col">Item text</Table.Th>
              <Table.Th scope="col">Licence</Table.Th>
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
