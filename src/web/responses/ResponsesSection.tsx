/**
 * The client's questionnaires, newest first: when, which, total, severity and safety flags. A row
 * opens the item answers (read under audit); "Enter questionnaire" leads to the entry page.
 */
import { Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Client } from '../../api/clients.ts';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { useInstruments } from '../instruments/api.ts';
import { FlagList } from '../instruments/Flags.tsx';
import { formatScore } from '../instruments/ScoreSummary.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useClientResponses } from './api.ts';
import { ResponseModal } from './ResponseModal.tsx';

interface Props {
  client: Client;
  /** The response saved just now, marked in the table. */
  savedId?: string | null;
}

export function ResponsesSection({ client, savedId }: Props) {
  const { t } = useT('responses');
  const navigate = useNavigate();
  const canCreate = useCan('response.create');
  const responses = useClientResponses(client.id);
  const instruments = useInstruments();
  const [openId, setOpenId] = useState<string | null>(null);
  const archived = client.archivedAt !== null;

  const shortName = (instrumentId: string) =>
    instruments.data?.items.find((i) => i.id === instrumentId)?.shortName ?? instrumentId;

  const openRow = (id: string) => (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('button, a') || window.getSelection()?.toString()) return;
    setOpenId(id);
  };

  const items = responses.data?.items ?? [];
  const open = items.find((r) => r.id === openId) ?? null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="questionnaires-heading">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} size="h4" id="questionnaires-heading">
          {t('section.title')}
        </Title>
        {canCreate && !archived && (
          <Button onClick={() => navigate(`/clients/${encodeURIComponent(client.id)}/questionnaires/new`)}>
            {t('section.enter')}
          </Button>
        )}
      </Group>
      {canCreate && archived && (
        <Text size="sm" mb="sm">
          {t('section.restore')}
        </Text>
      )}
      {responses.isError && !responses.data ? (
        <ErrorAlert error={responses.error} onRetry={() => void responses.refetch()} />
      ) : !responses.data ? (
        <PageLoader label={t('section.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('section.none')}</Text>
      ) : (
        <ScrollTable label={t('section.table')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('section.administered')}</Table.Th>
              <Table.Th scope="col">{t('section.questionnaire')}</Table.Th>
              <Table.Th scope="col">{t('section.total')}</Table.Th>
              <Table.Th scope="col">{t('section.severity')}</Table.Th>
              <Table.Th scope="col">{t('section.flags')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id} onClick={openRow(r.id)} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    onClick={() => setOpenId(r.id)}
                    aria-label={t('section.view', {
                      when: formatDateTime(r.administeredAt),
                      name: shortName(r.instrumentId),
                    })}
                    style={{ textAlign: 'left' }}
                  >
                    <time dateTime={r.administeredAt}>{formatDateTime(r.administeredAt)}</time>
                  </Anchor>
                  {r.id === savedId && (
                    <Badge color="teal" variant="light" size="sm" ml="xs" tt="none">
                      {t('section.justSaved')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{shortName(r.instrumentId)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{formatScore(r.total)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{r.severity ?? '—'}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top', minWidth: 200 }}>
                  <FlagList flags={r.flags} none="—" />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      <ResponseModal
        clientId={client.id}
        summary={open}
        shortName={open ? shortName(open.instrumentId) : ''}
        onClose={() => setOpenId(null)}
      />
    </Paper>
  );
}
