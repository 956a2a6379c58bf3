/** The steps of a taper plan: from which day, and the dose from then; added and removed in place. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';

export type Step = { on: string; dose: string };

export function TaperEditor(props: {
  steps: Step[];
  onChange: (steps: Step[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useT('medications');
  const { steps, onChange, errors } = props;
  const set = (i: number, k: keyof Step, v: string) =>
    onChange(steps.map((s, j) => (j === i ? { ...s, [k]: v } : s)));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('form.taper')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('form.taperHint')}
      </Text>
      {steps.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity of their own
        <Group key={i} align="flex-start" wrap="wrap">
          <DateField
            label={t('form.stepOn')}
            value={s.on}
            onChange={(value) => set(i, 'on', value)}
            error={errors[`taper[${i}].on`]}
          />
          <TextInput
            label={t('form.stepDose')}
            value={s.dose}
            onChange={(e) => set(i, 'dose', e.currentTarget.value)}
            error={errors[`taper[${i}].dose`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={t('form.removeStep', { n: i + 1 })}
            onClick={() => onChange(steps.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...steps, { on: '', dose: '' }])}>
          {t('form.addStep')}
        </Button>
      </Group>
    </Stack>
  );
}
