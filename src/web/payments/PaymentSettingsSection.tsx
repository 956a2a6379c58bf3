/** The payment settings section of the organization page (owners). */
import { Paper, Title } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { usePaymentSettings } from './api.ts';
import { PaymentSettingsForm } from './PaymentSettingsForm.tsx';

export function PaymentSettingsSection() {
  const { t } = useT('payments');
  const settings = usePaymentSettings();
  return (
    <Paper withBorder p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('settings.heading')}
      </Title>
      {settings.isError && !settings.data ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <PageLoader label={t('settings.loading')} />
      ) : (
        <PaymentSettingsForm key={settings.data.version} settings={settings.data} />
      )}
    </Paper>
  );
}
