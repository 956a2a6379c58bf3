/**
 * Changing a lodging room: its name, its beds' names, beds to add and beds to retire, or retiring the whole room
 * (after a confirmation). The server refuses to retire a bed allocated for a stay not yet over; its
 * reason is shown at the field.
 */
import { Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { type LodgingRoom, useUpdateLodgingRoom } from './api.ts';
import { bedLabels, problemField, problemMessage } from './labels.ts';

const FIELDS = ['name', 'addBeds', 'retireBedIds', 'retired', 'renameBeds'] as const;
type Field = (typeof FIELDS)[number] | 'other';

export function EditRoomForm({ room, onDone }: { room: LodgingRoom; onDone: () => void }) {
  const { t } = useT('lodging');
  const update = useUpdateLodgingRoom(room.id);
  const [name, setName] = useState(room.name);
  const [addBeds, setAddBeds] = useState('');
  const [retire, setRetire] = useState<string[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries(room.beds.map((b) => [b.id, b.label])),
  );
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const onError = (error: unknown) => {
    const field = problemField(error, FIELDS) ?? fieldOfConflict(error) ?? 'other';
    setErrors({ [field]: problemMessage(error, field) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: t('rooms.nameMissing') });
    const renamed = room.beds
      .filter((b) => !retire.includes(b.id) && (labels[b.id] ?? '').trim() !== b.label)
      .map((b) => ({ id: b.id, label: (labels[b.id] ?? '').trim() }));
    const body = {
      ...(name.trim() !== room.name ? { name: name.trim() } : {}),
      ...(bedLabels(addBeds).length ? { addBeds: bedLabels(addBeds) } : {}),
      ...(retire.length ? { retireBedIds: retire } : {}),
      ...(renamed.length ? { renameBeds: renamed } : {}),
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
        <Fieldset legend={t('rooms.beds')} variant="unstyled">
          <Stack gap="xs">
            {room.beds.map((b) => (
              <Group key={b.id} gap="sm" wrap="nowrap" align="flex-end">
                <TextInput
                  aria-label={t('rooms.bedName', { label: b.label })}
                  value={labels[b.id] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setLabels((l) => ({ ...l, [b.id]: value }));
                  }}
                  disabled={retire.includes(b.id)}
                  maw={160}
                />
                <Checkbox
                  label={t('rooms.retireBed')}
                  aria-label={t('rooms.retireBedOf', { label: b.label })}
                  checked={retire.includes(b.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setRetire((r) => (on ? [...r, b.id] : r.filter((x) => x !== b.id)));
                  }}
                />
              </Group>
            ))}
          </Stack>
          {(errors.retireBedIds ?? errors.renameBeds ?? errors.other) && (
            <Text c="red.9" size="sm" role="alert" mt={4}>
              {errors.retireBedIds ?? errors.renameBeds ?? errors.other}
            </Text>
          )}
        </Fieldset>
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
          <Text c="red.9" size="sm" role="alert">
            {errors.retired}
          </Text>
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
