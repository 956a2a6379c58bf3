/**
 * Changing a lodging room: its name, beds to add and beds to retire, or retiring the whole room
 * (after a confirmation). The server refuses to retire a bed allocated for a stay not yet over; its
 * reason is shown at the field.
 */
import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { type LodgingRoom, useUpdateLodgingRoom } from './api.ts';
import { bedLabels, problemField } from './labels.ts';

const FIELDS = ['name', 'addBeds', 'retireBedIds', 'retired'] as const;
type Field = (typeof FIELDS)[number] | 'other';

export function EditRoomForm({ room, onDone }: { room: LodgingRoom; onDone: () => void }) {
  const { t } = useT('lodging');
  const update = useUpdateLodgingRoom(room.id);
  const [name, setName] = useState(room.name);
  const [addBeds, setAddBeds] = useState('');
  const [retire, setRetire] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const onError = (error: unknown) => {
    const field = problemField(error, FIELDS) ?? fieldOfConflict(error) ?? 'other';
    setErrors({ [field]: messageFor(error, field) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: t('rooms.nameMissing') });
    const body = {
      ...(name.trim() !== room.name ? { name: name.trim() } : {}),
      ...(bedLabels(addBeds).length ? { addBeds: bedLabels(addBeds) } : {}),
      ...(retire.length ? { retireBedIds: retire } : {}),
    };
    if (Object.keys(body).length === 0) return onDone();
    update.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('rooms.saved', { name: name.trim() }) });
        onDone();
      },
      onError,
    });
  };

  const retireRoom = () =>
    update.mutate(
      { retired: true },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('rooms.retired', { name: room.name }) });
          onDone();
        },
        onError: (error) => {
          setConfirming(false);
          onError(error);
        },
      },
    );

  return (
    <form onSubmit={submit} noValidate aria-label={t('rooms.editRoom', { name: room.name })}>
      <Stack gap="sm">
        <TextInput
          label={t('rooms.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <TextInput
          label={t('rooms.addBeds')}
          description={t('rooms.bedsHint')}
          value={addBeds}
          onChange={(e) => setAddBeds(e.currentTarget.value)}
          error={errors.addBeds}
        />
        <Checkbox.Group
          label={t('rooms.retireBeds')}
          value={retire}
          onChange={setRetire}
          error={errors.retireBedIds ?? errors.other}
        >
          <Group mt={4}>
            {room.beds.map((b) => (
              <Checkbox key={b.id} value={b.id} label={b.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group>
          <Button type="submit" loading={update.isPending && !confirming}>
            {t('rooms.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('rooms.cancel')}
          </Button>
          <Button
            variant="outline"
            color="red.9"
            onClick={() => setConfirming(true)}
            aria-label={t('rooms.retireRoomOf', { name: room.name })}
          >
            {t('rooms.retireRoom')}
          </Button>
        </Group>
        {errors.retired && (
          <div role="alert" style={{ color: 'var(--mantine-color-red-9)' }}>
            {errors.retired}
          </div>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={retireRoom}
        title={t('rooms.retireTitle', { name: room.name })}
        confirmLabel={t('rooms.retireRoom')}
        danger
        loading={update.isPending}
      >
        {t('rooms.retireBody')}
      </ConfirmModal>
    </form>
  );
}

/** A 409 names its field in the problem's `field` member (retired or retireBedIds). */
function fieldOfConflict(error: unknown): Field | null {
  const field = (error as { extra?: { field?: unknown } } | null)?.extra?.field;
  return FIELDS.find((f) => f === field) ?? null;
}
