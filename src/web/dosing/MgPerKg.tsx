/** The dose per kilogram of body weight, recomputed as the dose or weight is typed. */
import { Text } from '@mantine/core';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';

export function MgPerKg({ value }: { value: number | null }) {
  const { t } = useT('dosing');
  const format = useFormat();
  return (
    <Text size="sm" aria-live="polite" role="status">
      <Text span fw={600}>
        {t('dose.perKg')}
      </Text>{' '}
      {value === null ? t('dose.perKgMissing') : `${format.number(value)} mg/kg`}
    </Text>
  );
}
