/**
 * Who runs a personal session, or an enrollment's personal sessions by default: one member who
 * runs sessions, or no one. The choices (name and role) are listed for roles that schedule
 * sessions; others see the current facilitator and who can change it.
 * A double booking comes back as a 409 naming the other session.
 */
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { useFacilitatorChoices } from '../cohorts/api.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { ROLE_LABELS } from '../ui/labels.ts';

interface Props {
  label: string;
  description: string;
  current: { id: string; name: string } | null;
  saving: boolean;
  error: unknown;
  onSave: (userId: string | null) => void;
}

export function FacilitatorSelect({ label, description, current, saving, error, onSave }: Props) {
  const { t } = useT('sessions');
  const canList = useCan('session.schedule');
  const members = useFacilitatorChoices(canList);
  const [value, setValue] = useState<string | null>(current?.id ?? null);
  if (!canList)
    return (
      <Text size="sm">
        {t('facilitator.current', { label, name: current ? current.name : t('facilitator.noOne') })}
      </Text>
    );
  const items = (members.data ?? []).map((m) => ({
    value: m.userId,
    label: `${m.name} (${ROLE_LABELS[m.role]})`,
  }));
  if (current && !items.some((i) => i.value === current.id))
    items.push({ value: current.id, label: current.name });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(value);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {error ? <ErrorAlert error={error} title={t('facilitator.notChanged')} /> : null}
        <Group align="end" gap="sm" wrap="wrap">
          <Select
            label={label}
            description={description}
            data={items}
            value={value}
            onChange={setValue}
            placeholder={t('facilitator.placeholder')}
            clearable
            disabled={members.isPending}
            miw={240}
          />
          <Button type="submit" variant="light" loading={saving} disabled={value === (current?.id ?? null)}>
            {t('facilitator.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
