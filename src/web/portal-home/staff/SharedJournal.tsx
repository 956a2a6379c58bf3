/** The journal entries a client chose to share with the care team, newest first. */

import { Paper, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/i18n.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PageLoader } from '../../ui/PageLoader.tsx';
import { useSharedJournal } from './api.ts';

export function SharedJournal({ clientId }: { clientId: string }) {
  const { t } = useT('portalStaff');
  const journal = useSharedJournal(clientId);
  if (journal.isError && !journal.data) {
    return <ErrorAlert error={journal.error} onRetry={() => void journal.refetch()} />;
  }
  if (!journal.data) return <PageLoader label={t('journal.loading')} />;
  const items = journal.data.items;
  if (items.length === 0) return <Text>{t('journal.none')}</Text>;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((entry) => (
        <Paper component="li" key={entry.id} withBorder p="sm">
          <Text size="sm" fw={600}>
            <time dateTime={entry.createdAt}>
              {t('journal.written', { when: formatDateTime(entry.createdAt) })}
            </time>
            {entry.updatedAt !== entry.createdAt &&
              t('journal.edited', { when: formatDateTime(entry.updatedAt) })}
            {entry.sharedAt && t('journal.shared', { when: formatDateTime(entry.sharedAt) })}
          </Text>
          <Text mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
