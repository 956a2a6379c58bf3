/** The retention period: years a medical record is kept after the last treatment (WGBO default 20). */
import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import {
  MAX_RETENTION_YEARS,
  MIN_RETENTION_YEARS,
  WGBO_RETENTION_YEARS,
} from '../../domain/data-rights/retention.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useSetRetention } from './api.ts';

export function RetentionForm({ years }: { years: number }) {
  const { t } = useT('dataRights');
  const [value, setValue] = useState<number | string>(years);
  const [error, setError] = useState<string | null>(null);
  const save = useSetRetention();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const n = typeof value === 'number' ? value : Number.NaN;
    if (!Number.isInteger(n) || n < MIN_RETENTION_YEARS || n > MAX_RETENTION_YEARS) {
      setError(t('retention.range', { min: MIN_RETENTION_YEARS, max: MAX_RETENTION_YEARS }));
      return;
    }
    setError(null);
    save.mutate(n, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          message: t('retention.saved', { years: n }),
        }),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={560}>
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <NumberInput
          label={t('retention.label')}
          description={t('retention.hint', { years: WGBO_RETENTION_YEARS })}
          value={value}
          onChange={setValue}
          min={MIN_RETENTION_YEARS}
          max={MAX_RETENTION_YEARS}
          allowDecimal={false}
          error={error}
          maw={320}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={value === years}>
            {t('retention.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
