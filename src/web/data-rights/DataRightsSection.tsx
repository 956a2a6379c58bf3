/**
 * Data subject rights in Organization settings (owners): the retention period and every erasure or
 * restriction request — restricted records with the day their period ends (and those due now), and
 * what each erasure removed (categories and counts).
 */
import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DataRightsReport } from '../../api/data-rights.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useDataRights } from './api.ts';
import { legalBasisLabel, REQUESTER_LABELS, SCOPE_LABELS } from './labels.ts';
import { RetentionForm } from './RetentionForm.tsx';

type Request = DataRightsReport['requests'][number];

function Status({ r }: { r: Request }) {
  const { t } = useT('dataRights');
  if (r.status === 'erased')
    return (
      <Badge color="gray" variant="light">
        {t('status.erased')}
      </Badge>
    );
  return (
    <Stack gap={2}>
      <Badge color={r.due ? 'red' : 'orange'} variant="light">
        {r.due ? t('status.due') : t('status.restricted')}
      </Badge>
      {r.retainedUntil && <Text size="xs">{t('status.until', { date: formatDate(r.retainedUntil) })}</Text>}
    </Stack>
  );
}

function Erased({ counts }: { counts: Record<string, number> | null }) {
  const { t } = useT('dataRights');
  if (!counts) return <Text size="sm">—</Text>;
  const entries = Object.entries(counts);
  if (!entries.length) return <Text size="sm">{t('requests.nothingLeft')}</Text>;
  return <Text size="sm">{entries.map(([k, n]) => `${k}: ${n}`).join(', ')}</Text>;
}

export function DataRightsSection() {
  const { t } = useT('dataRights');
  const report = useDataRights();
  const data = report.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-rights-title">
      <Title order={2} size="h4" mb="sm" id="data-rights-title">
        {t('title')}
      </Title>
      {report.isError && !data ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <PageLoader label={t('loading')} />
      ) : (
        <Stack>
          <RetentionForm key={data.retentionYears} years={data.retentionYears} />
          <Title order={3} size="h5">
            {t('requests.title')}
          </Title>
          {data.requests.length === 0 ? (
            <Text size="sm">{t('requests.none')}</Text>
          ) : (
            <ScrollTable label={t('requests.title')} minWidth={760}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('requests.client')}</Table.Th>
                  <Table.Th>{t('requests.request')}</Table.Th>
                  <Table.Th>{t('requests.status')}</Table.Th>
                  <Table.Th>{t('requests.erased')}</Table.Th>
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
                          {t('requests.erasedClient')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{SCOPE_LABELS[r.scope]}</Text>
                      <Text size="xs">
                        {t(r.recordedBy ? 'requests.lineBy' : 'requests.line', {
                          requester: REQUESTER_LABELS[r.requestedBy],
                          received: formatDate(r.receivedOn),
                          basis: legalBasisLabel(r.legalBasis),
                          recorded: formatDateTime(r.recordedAt),
                          by: r.recordedBy ?? '',
                        })}
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
