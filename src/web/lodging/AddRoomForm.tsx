/** Adding a lodging room: name, who may share, accessible or not, and its beds. */
import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useCreateLodgingRoom } from './api.ts';
import { bedLabels, problemField, problemMessage } from './labels.ts';

type Sharing = 'any' | 'same-gender';

export function AddRoomForm({ onDone }: { onDone: () => void }) {
  const { t } = useT('lodging');
  const create = useCreateLodgingRoom();
  const [name, setName] = useState('');
  const [sharing, setSharing] = useState<Sharing>('any');
  const [accessible, setAccessible] = useState(false);
  const [beds, setBeds] = useState('');
  const [errors, setErrors] = useState<{ name?: string; beds?: string; other?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(name.trim() ? {} : { name: t('rooms.nameMissing') }),
      ...(bedLabels(beds).length ? {} : { beds: t('rooms.bedsMissing') }),
    };
    setErrors(local);
    if (local.name || local.beds) return;
    create.mutate(
      { name: name.trim(), sharing, accessible, beds: bedLabels(beds) },
      {
        onSuccess: (room) => {
          notifications.show({ color: 'teal', message: t('rooms.added', { name: room.name }) });
          onDone();
        },
        onError: (error) => {
          const field = problemField(error, ['name', 'beds'] as const);
          const message = problemMessage(error, field ?? '');
          setErrors(field ? { [field]: message } : { other: message });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('rooms.add')}>
      <Stack gap="sm">
        <TextInput
          label={t('rooms.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <Select
          label={t('rooms.sharing')}
          data={[
            { value: 'any', label: t('rooms.anyone') },
            { value: 'same-gender', label: t('rooms.sameGender') },
          ]}
          value={sharing}
          onChange={(v) => setSharing(v === 'same-gender' ? 'same-gender' : 'any')}
          allowDeselect={false}
        />
        <Checkbox
          label={t('rooms.accessibleLabel')}
          checked={accessible}
          onChange={(e) => setAccessible(e.currentTarget.checked)}
        />
        <TextInput
          label={t('rooms.bedsLabel')}
          description={t('rooms.bedsHint')}
          value={beds}
          onChange={(e) => setBeds(e.currentTarget.value)}
          error={errors.beds ?? errors.other}
          required
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('rooms.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('rooms.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
