/** What an import will store (or stored): clients by name, responses with their scores and alerts. */
import { Badge, Group, Table } from '@mantine/core';
import type { ClientImportResult, ResponseImportResult } from '../../api/imports.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';

const TEXT = {
  clients: 'Clients in the file',
  duplicates: 'Duplicates',
  responses: 'Questionnaires in the file',
  line: 'Line',
  name: 'Name',
  born: 'Date of birth',
  matches: 'Why it is a duplicate',
  instrument: 'Questionnaire',
  completed: 'Completed',
  total: 'Total',
  alerts: 'Alerts',
  none: 'None',
};

export function ClientPreview({ result }: { result: ClientImportResult }) {
  return (
    <ScrollTable label={TEXT.clients} minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{TEXT.line}</Table.Th>
          <Table.Th scope="col">{TEXT.name}</Table.Th>
          <Table.Th scope="col">{TEXT.born}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.clients.map((c) => (
          <Table.Tr key={c.line}>
            <Table.Td>{c.line}</Table.Td>
            <Table.Td>{`${c.givenName} ${c.familyName}`}</Table.Td>
            <Table.Td>{c.dateOfBirth}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

export function DuplicatesTable({ result }: { result: ClientImportResult }) {
  return (
    <ScrollTable label={TEXT.duplicates} minWidth={420}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{TEXT.line}</Table.Th>
          <Table.Th scope="col">{TEXT.matches}</Table.Th>
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
  return (
    <ScrollTable label={TEXT.responses} minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{TEXT.line}</Table.Th>
          <Table.Th scope="col">{TEXT.instrument}</Table.Th>
          <Table.Th scope="col">{TEXT.completed}</Table.Th>
          <Table.Th scope="col">{TEXT.total}</Table.Th>
          <Table.Th scope="col">{TEXT.alerts}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {result.responses.map((r) => (
          <Table.Tr key={r.line}>
            <Table.Td>{r.line}</Table.Td>
            <Table.Td>{r.instrumentId}</Table.Td>
            <Table.Td>{r.administeredAt.slice(0, 10)}</Table.Td>
            <Table.Td>{r.total ?? '–'}</Table.Td>
            <Table.Td>
              {r.alerts.length === 0 ? (
                TEXT.none
              ) : (
                <Group gap={4}>
                  {r.alerts.map((a) => (
                    <Badge key={a.title} color={a.severity === 'high' ? 'red' : 'orange'} variant="light">
                      {a.title}
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
