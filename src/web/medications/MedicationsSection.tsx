/**
 * A client's medications on the client page: the rules' verdict for today, the list with who
 * reported each entry, and adding, changing, confirming and removing entries as the role allows.
 */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { type MedicationOut, useConfirmMedication, useMedications, useRemoveMedication } from './api.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { MedicationForm } from './MedicationForm.tsx';

function Row(props: { clientId: string; m: MedicationOut; onEdit: () => void }) {
  const { t } = useT('medications');
  const f = useFormat();
  const { m } = props;
  const canRecord = useCan('medication.record');
  const canConfirm = useCan('medication.confirm');
  const confirm = useConfirmMedication(props.clientId);
  const remove = useRemoveMedication(props.clientId);
  return (
    <Table.Tr>
      <Table.Td>{m.name}</Table.Td>
      <Table.Td>{t(`classes.${m.medicationClass}`)}</Table.Td>
      <Table.Td>{m.dose ?? '—'}</Table.Td>
      <Table.Td>{m.startedOn ? f.date(m.startedOn) : '—'}</Table.Td>
      <Table.Td>{m.stoppedOn ? f.date(m.stoppedOn) : t('stillTaken')}</Table.Td>
      <Table.Td>
        {m.confirmed ? (
          <Badge color="teal" variant="light">
            {t('confirmedBy', { name: m.confirmed.by })}
          </Badge>
        ) : (
          <Badge color="orange" variant="light">
            {t('reported')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {canRecord && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={props.onEdit}
              aria-label={`${t('edit')} ${m.name}`}
            >
              {t('edit')}
            </Button>
          )}
          {canConfirm && !m.confirmed && (
            <Button
              size="compact-xs"
              variant="light"
              loading={confirm.isPending}
              onClick={() => confirm.mutate(m)}
            >
              {t('confirm')}
            </Button>
          )}
          {canConfirm && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => window.confirm(t('removeConfirm')) && remove.mutate(m.id)}
            >
              {t('remove')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

export function MedicationsSection({ clientId }: { clientId: string }) {
  const { t } = useT('medications');
  const canRecord = useCan('medication.record');
  const list = useMedications(clientId);
  const [editing, setEditing] = useState<MedicationOut | 'new' | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="medications-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="medications-title">
            {t('title')}
          </Title>
          {canRecord && editing === null && (
            <Button size="xs" onClick={() => setEditing('new')}>
              {t('add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
        {list.error && <ErrorAlert error={list.error} />}
        {list.data && <ChecksPanel list={list.data} />}
        {editing !== null && (
          <MedicationForm
            key={editing === 'new' ? 'new' : editing.id}
            clientId={clientId}
            medication={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
        {list.data && list.data.items.length === 0 && <Text size="sm">{t('none')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  {(['name', 'class', 'dose', 'started', 'lastDose', 'source'] as const).map((c) => (
                    <Table.Th key={c}>{t(`columns.${c}`)}</Table.Th>
                  ))}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((m) => (
                  <Row key={m.id} clientId={clientId} m={m} onEdit={() => setEditing(m)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
