/**
 * The outbox: every email Threshold writes (invitations, reminders, alerts), newest first. Without
 * an SMTP server nothing leaves: the messages stay here for staff to read and pass on.
 */

import { Alert, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { OUTBOX_LIMIT, useOutbox } from './api.ts';
import { OutboxTable } from './OutboxTable.tsx';

export function OutboxPage() {
  const { t } = useT('outbox');
  const query = useOutbox();
  const data = query.data;
  return (
    <Stack gap={0} maw={1200}>
      <PageHeader title={t('title')}>
        <Text mt={4}>{t('intro')}</Text>
      </PageHeader>
      {query.isError && !data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? (
        <PageLoader label={t('loading')} />
      ) : (
        <Stack gap="md">
          {!data.smtpConfigured && (
            <Alert color="orange" title={t('noSmtpTitle')} role="note">
              {t('noSmtpBody')}
            </Alert>
          )}
          {data.items.length === 0 ? (
            <Text>{t('none')}</Text>
          ) : (
            <>
              <OutboxTable items={data.items} />
              {data.items.length >= OUTBOX_LIMIT && (
                <Text size="sm">{t('newest', { count: OUTBOX_LIMIT })}</Text>
              )}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
