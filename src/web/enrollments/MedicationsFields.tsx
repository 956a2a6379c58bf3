/** The client's current medications: one row per medicine (name, dose, how often), added and removed freely. */

import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import type { Medication } from './api.ts';

interface Props {
  value: Medication[];
  onChange: (value: Medication[]) => void;
}

export function MedicationsFields({ value, onChange }: Props) {
  const { t } = useT('enrollments');
  const set = (index: number, field: keyof Medication, text: string) =>
    onChange(value.map((m, i) => (i === index ? { ...m, [field]: text } : m)));
  const add = () => {
    onChange([...value, { name: '', dose: '', frequency: '' }]);
    // Focus the new row's first field once it is drawn.
    requestAnimationFrame(() => document.getElementById(`medication-${value.length}-name`)?.focus());
  };
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));

  return (
    <Stack gap="sm">
      {value.length === 0 && <Text size="sm">{t('medications.none')}</Text>}
      {value.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their order is the list's
        <Paper key={i} withBorder p="sm" radius="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              id={`medication-${i}-name`}
              label={t('medications.name', { number: i + 1 })}
              value={m.name}
              onChange={(e) => set(i, 'name', e.currentTarget.value)}
              maxLength={200}
            />
            <TextInput
              label={t('medications.dose', { number: i + 1 })}
              value={m.dose}
              onChange={(e) => set(i, 'dose', e.currentTarget.value)}
              maxLength={100}
            />
            <TextInput
              label={t('medications.frequency', { number: i + 1 })}
              value={m.frequency}
              onChange={(e) => set(i, 'frequency', e.currentTarget.value)}
              maxLength={100}
            />
          </SimpleGrid>
          <Group mt="xs">
            <Button size="xs" variant="outline" color="red.9" onClick={() => remove(i)}>
              {t('medications.remove', { number: i + 1 })}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button size="sm" variant="light" onClick={add}>
          {t('medications.add')}
        </Button>
      </Group>
    </Stack>
  );
}
