/**
 * A client's bookings on their page (roles with payment.read): one panel per offer — what is due,
 * the payments and their status, and the actions staff may take.
 */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useClientBookings } from './api.ts';
import { BookingPanel } from './BookingPanel.tsx';

export function BookingsSection({ clientId }: { clientId: string }) {
  const { t } = useT('payments');
  const bookings = useClientBookings(clientId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="client-bookings-heading">
      <Title order={2} size="h4" id="client-bookings-heading" mb="sm">
        {t('section.title')}
      </Title>
      {bookings.isError && !bookings.data ? (
        <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : !bookings.data ? (
        <PageLoader label={t('section.loading')} />
      ) : bookings.data.items.length === 0 ? (
        <Text size="sm">{t('section.none')}</Text>
      ) : (
        <Stack gap="lg">
          {bookings.data.items.map((b) => (
            <Stack key={b.panel.offerId} gap="xs" component="section">
              <Title order={3} size="h5">
                {t('section.booking', {
                  program: b.programName,
                  date: b.startDate ? formatDate(b.startDate) : '',
                })}
              </Title>
              <BookingPanel clientId={clientId} panel={b.panel} />
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
