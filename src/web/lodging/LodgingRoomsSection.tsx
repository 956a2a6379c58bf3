/**
 * Lodging rooms (where guests sleep during a retreat) with their beds — add a
 * room, rename it, add or retire beds, retire the room. Read by everyone with lodging.read.
 */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { EditableTable } from '../ui/EditableTable.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AddRoomForm } from './AddRoomForm.tsx';
import { type LodgingRoom, useLodgingRooms } from './api.ts';
import { EditRoomForm } from './EditRoomForm.tsx';

export function LodgingRoomsSection() {
  const { t } = useT('lodging');
  const canManage = useCan('lodging.manage');
  const rooms = useLodgingRooms();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const items = rooms.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lodging-rooms">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="lodging-rooms">
          {t('rooms.heading')}
        </Title>
        {canManage && !adding && <Button onClick={() => setAdding(true)}>{t('rooms.add')}</Button>}
      </Group>
      <Stack gap="sm">
        <Text size="sm">{t('rooms.intro')}</Text>
        {adding && <AddRoomForm onDone={() => setAdding(false)} />}
        {rooms.isError && !rooms.data ? (
          <ErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />
        ) : !rooms.data ? (
          <PageLoader label={t('rooms.loading')} />
        ) : items.length === 0 ? (
          <Text size="sm">{t('rooms.none')}</Text>
        ) : (
          <EditableTable
            label={t('rooms.table')}
            minWidth={320}
            columns={[t('rooms.room'), t('rooms.beds')]}
            actionsLabel={t('rooms.actions')}
            canManage={canManage}
            items={items}
            editing={editing}
            editor={(room) => <EditRoomForm room={room} onDone={() => setEditing(null)} />}
            row={(room) => <RoomRow room={room} canManage={canManage} onEdit={() => setEditing(room.id)} />}
          />
        )}
      </Stack>
    </Paper>
  );
}

function RoomRow({ room, canManage, onEdit }: { room: LodgingRoom; canManage: boolean; onEdit: () => void }) {
  const { t } = useT('lodging');
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Text fw={600}>{room.name}</Text>
        <Group gap={4}>
          {room.accessible && (
            <Badge variant="light" color="blue" tt="none">
              {t('rooms.accessible')}
            </Badge>
          )}
          {room.sharing === 'same-gender' && (
            <Badge variant="light" color="grape" tt="none">
              {t('rooms.sameGender')}
            </Badge>
          )}
        </Group>
      </Table.Th>
      <Table.Td>{room.beds.map((b) => b.label).join(', ')}</Table.Td>
      {canManage && (
        <Table.Td>
          <Button
            size="xs"
            variant="default"
            onClick={onEdit}
            aria-label={t('rooms.editRoom', { name: room.name })}
          >
            {t('rooms.edit')}
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
