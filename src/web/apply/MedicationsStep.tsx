/**
 * Section 3, the medicines the applicant takes: a row per medicine (name, and dose and how often if
 * they know), none at all being a fine answer. The spam trap sits here, out of sight and reach.
 */
import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { fieldId } from './fields.ts';
import type { ApplyT } from './text.ts';
import type { FieldErrors, MedicationRow } from './validation.ts';

interface Props {
  rows: readonly MedicationRow[];
  errors: FieldErrors;
  t: ApplyT;
  onChange: (rows: MedicationRow[]) => void;
  trap: string;
  onTrap: (value: string) => void;
}

export function MedicationsStep({ rows, errors, t, onChange, trap, onTrap }: Props) {
  const set = (index: number, patch: Partial<MedicationRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const remove = (index: number) => onChange(rows.filter((_, i) => i !== index));
  const add = () => {
    onChange([...rows, { name: '', dose: '', frequency: '' }]);
    // The new row's name field is there after the next render.
    setTimeout(() => document.getElementById(fieldId(`medications.${rows.length}.name`))?.focus(), 0);
  };
  return (
    <Stack gap="md">
      <Text size="lg">{t('medicationsIntro')}</Text>
      {rows.length === 0 && <Text c="dimmed">{t('noMedications')}</Text>}
      {rows.map((row, i) => (
        // Rows have no identity of their own beyond their place in the list.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is edited in place
        <Card key={i} withBorder radius="md" padding="sm">
          <Stack gap="xs">
            <TextInput
              id={fieldId(`medications.${i}.name`)}
              label={t('medicationName', { number: i + 1 })}
              size="md"
              value={row.name}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              error={errors[`medications.${i}.name`]}
              withAsterisk
            />
            <TextInput
              label={t('medicationDose')}
              size="md"
              value={row.dose}
              onChange={(e) => set(i, { dose: e.currentTarget.value })}
            />
            <TextInput
              label={t('medicationFrequency')}
              size="md"
              value={row.frequency}
              onChange={(e) => set(i, { frequency: e.currentTarget.value })}
            />
            <Group>
              <Button variant="default" mih={44} onClick={() => remove(i)}>
                {t('removeMedication', { number: i + 1 })}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      {errors.medications && (
        <Text c="red.9" fw={700}>
          {errors.medications}
        </Text>
      )}
      <Group>
        <Button variant="default" size="md" mih={48} onClick={add}>
          {t('addMedication')}
        </Button>
      </Group>
      <div className="apply-trap" aria-hidden="true">
        <label htmlFor="apply-website">{t('honeypot')}</label>
        <input
          id="apply-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={trap}
          onChange={(e) => onTrap(e.currentTarget.value)}
        />
      </div>
    </Stack>
  );
}
