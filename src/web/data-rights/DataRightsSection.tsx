/**
 * Data subject rights in Organization settings (owners): the retention period and every erasure or
 * restriction request — restricted records with the day their period ends (and those due now), and
 * what each erasure removed (categories and counts).
 */
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DataRightsReport } from '../../api/data-rights.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useDataRights } from './api.ts';
import { legalBasisLabel, REQUESTER_LABELS, SCOPE_LABELS } from './labels.ts';
import { RetentionForm } from './RetentionForm.tsx';

type Request = DataRightsReport['requests'][number];

function Status({ r }: { r: Request }) {
  if (r.status === 'erased')
    return (
      <Badge color="gray" variant="light">
        Erased
      </Badge>
    );
  return (
    <Stack gap={2}>
      <Badge color={r.due ? 'red' : 'orange'} variant="light">
        {r.due ? 'Due for erasure' : 'Restricted'}
      </Badge>
      {r.retainedUntil && <Text size="xs">until {formatDate(r.retainedUntil)}</Text>}
    </Stack>
  );
}

function Erased({ counts }: { counts: Record<string, number> | null }) {
  if (!counts) return <Text size="sm">—</Text>;
  const entries = Object.entries(counts);
  if (!entries.length) return <Text size="sm">nothing left to erase</Text>;
  return <Text size="sm">{entries.map(([k, n]) => `${k}: ${n}`).join(', ')}</Text>;
}

export function DataRightsSection() {
  const report = useDataRights();
  const data = report.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-rights-title">
      <Title order={2} size="h4" mb="sm" id="data-rights-title">
        Data subject rights and retention
      </Title>
      {report.isError && !data ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <PageLoader label="Loading data subject requests" />
      ) : (
        <Stack>
          <RetentionForm key={data.retentionYears} years={data.retentionYears} />
          <Title order={3} size="h5">
            Erasure and restriction requests
          </Title>
          {data.requests.length === 0 ? (
            <Text size="sm">No requests yet. Record one from the client’s page (Erasure request).</Text>
          ) : (
            <ScrollTable label="Erasure and restriction requests" minWidth={760}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Client</Table.Th>
                  <Table.Th>Request</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Erased</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.requests.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.clientName ? (
                        <Anchor component={Link} to={`/clients/${r.clientId}`}>
                          {r.clientName}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Erased client
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{SCOPE_LABELS[r.scope]}</Text>
                      <Text size="xs">
                        {REQUESTER_LABELS[r.requestedBy]}, received {formatDate(r.receivedOn)};{' '}
                        {legalBasisLabel(r.legalBasis)}. Recorded {formatDateTime(r.recordedAt)}
                        {r.recordedBy ? ` by ${r.recordedBy}` : ''}.
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Status r={r} />
                    </Table.Td>
                    <Table.Td>
                      <Erased counts={r.erased} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
        </Stack>
      )}
    </Paper>
  );
}
