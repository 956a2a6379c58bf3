/** A cohort's nights: arrival and departure dates; the server's reason shows at the date it names. */
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { formatDate } from '../ui/format.ts';
import { type CohortLodging, useCohortLodgingActions } from './api.ts';
import { problemField } from './labels.ts';

const nightsBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export function StayForm({ lodging, canManage }: { lodging: CohortLodging; canManage: boolean }) {
  const { t } = useT('lodging');
  const { setStay } = useCohortLodgingActions(lodging.cohortId);
  const [arrival, setArrival] = useState(lodging.stay?.arrivalDate ?? '');
  const [departure, setDeparture] = useState(lodging.stay?.departureDate ?? '');
  const [errors, setErrors] = useState<{ arrivalDate?: string; departureDate?: string }>({});
  const stay = lodging.stay;
  const summary = stay ? (
    <Text size="sm">
      {t('cohort.nightsValue', {
        arrival: formatDate(stay.arrivalDate),
        departure: formatDate(stay.departureDate),
        count: nightsBetween(stay.arrivalDate, stay.departureDate),
      })}
    </Text>
  ) : (
    <Text size="sm">{t('cohort.noNights')}</Text>
  );
  if (!canManage) return summary;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setStay.mutate(
      { arrivalDate: arrival, departureDate: departure },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('cohort.nightsSaved') }),
        onError: (error) => {
          const field = problemField(error, ['arrivalDate', 'departureDate'] as const) ?? 'departureDate';
          setErrors({ [field]: messageFor(error, field) });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('cohort.nights')}>
      {summary}
      <Group align="flex-end" mt="xs" wrap="wrap">
        <DateField
          label={t('cohort.arrival')}
          value={arrival}
          onChange={(value) => setArrival(value)}
          error={errors.arrivalDate}
          required
        />
        <DateField
          label={t('cohort.departure')}
          value={departure}
          onChange={(value) => setDeparture(value)}
          error={errors.departureDate}
          required
        />
        <Button type="submit" loading={setStay.isPending}>
          {t('cohort.saveNights')}
        </Button>
      </Group>
    </form>
  );
}
