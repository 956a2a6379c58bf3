/**
 * Rooms: where sessions and cohorts meet. Capacity is used to flag a session with more people than
 * its room holds. Everyone who reads the calendar sees the list; some roles may add and edit.
 */

import { Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { EditableTable } from '../ui/EditableTable.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { requiredField } from '../ui/required.ts';
import { type Room, type RoomInput, useCreateRoom, useRooms, useUpdateRoom } from './api.ts';

export function RoomsPage() {
  const canManage = useCan('room.manage');
  const { t } = useT('rooms');
  const rooms = useRooms();
  const [editing, setEditing] = useState<string | null>(null);
  const items = rooms.data?.items ?? [];
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title={t('title')} />
      <Text size="sm">{t('intro')}</Text>
      {rooms.isError ? (
        <ErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />
      ) : !rooms.data ? (
        <PageLoader label={t('loading')} />
      ) : items.length === 0 ? (
        <Text>{t('none')}</Text>
      ) : (
        <EditableTable
          label={t('table')}
          minWidth={320}
          columns={[t('room'), t('capacity')]}
          actionsLabel={t('actions')}
          canManage={canManage}
          items={items}
          editing={editing}
          editor={(room) => <RoomForm room={room} onDone={() => setEditing(null)} />}
          row={(room) => (
            <Table.Tr>
              <Table.Th scope="row" fw={600}>
                {room.name}
                {room.archivedAt && t('archived')}
              </Table.Th>
              <Table.Td>{room.capacity}</Table.Td>
              {canManage && (
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setEditing(room.id)}>
                    {t('edit')}
                    <VisuallyHidden component="span"> {room.name}</VisuallyHidden>
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          )}
        />
      )}
      {canManage && (
        <Section title={t('addTitle')} id="add-room">
          <RoomForm room={null} onDone={() => undefined} />
        </Section>
      )}
    </Stack>
  );
}

function RoomForm({ room, onDone }: { room: Room | null; onDone: () => void }) {
  const { t } = useT('rooms');
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const mutation = room ? update : create;
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState(room ? String(room.capacity) : '');
  const [errors, setErrors] = useState<{ name?: string | undefined; capacity?: string | undefined }>({});
  const prefix = room ? `room-${room.id}` : 'room-new';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(capacity.trim());
    const local = {
      ...(name.trim() ? {} : { name: t('enterName') }),
      ...(/^\d+$/.test(capacity.trim()) && n >= 1 ? {} : { capacity: t('enterCapacity') }),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    const body: RoomInput = { name: name.trim(), capacity: n };
    const onError = (error: unknown) => {
      if (error instanceof ApiError) {
        const field = (f: string) => error.fieldErrors.find((e) => e.field === f)?.message;
        setErrors({ name: field('name'), capacity: field('capacity') });
      }
    };
    const onSuccess = (saved: Room) => {
      notifications.show({ color: 'teal', message: t('saved', { name: saved.name }) });
      if (!room) {
        setName('');
        setCapacity('');
      }
      onDone();
    };
    if (room) update.mutate({ id: room.id, ...body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={room ? t('editForm', { name: room.name }) : t('addTitle')}>
      <Stack gap="sm">
        {mutation.isError && !(mutation.error instanceof ApiError && mutation.error.fieldErrors.length) && (
          <ErrorAlert error={mutation.error} title={t('notSaved')} />
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            id={`${prefix}-name`}
            label={t('name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maxLength={200}
            style={{ flex: '2 1 200px' }}
            {...requiredField}
          />
          <TextInput
            id={`${prefix}-capacity`}
            label={t('capacityLabel')}
            inputMode="numeric"
            value={capacity}
            onChange={(e) => setCapacity(e.currentTarget.value)}
            error={errors.capacity}
            style={{ flex: '1 1 120px' }}
            {...requiredField}
          />
        </Group>
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {room ? t('save') : t('add')}
          </Button>
          {room && (
            <Button variant="default" onClick={onDone}>
              {t('common:cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
