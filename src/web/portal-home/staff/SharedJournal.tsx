/** The journal entries a client chose to share with the care team, newest first. */
import { Paper, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PageLoader } from '../../ui/PageLoader.tsx';
import { useSharedJournal } from './api.ts';

export function SharedJournal({ clientId }: { clientId: string }) {
  const journal = useSharedJournal(clientId);
  if (journal.isError && !journal.data) {
    return <ErrorAlert error={journal.error} onRetry={() => void journal.refetch()} />;
  }
  if (!journal.data) return <PageLoader label="Loading shared journal entries" />;
  const items = journal.data.items;
  if (items.length === 0) return <Text>The client has shared no journal entries.</Text>;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((entry) => (
        <Paper component="li" key={entry.id} withBorder p="sm">
          <Text size="sm" fw={600}>
            Written <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
            {entry.updatedAt !== entry.createdAt && <>, edited {formatDateTime(entry.updatedAt)}</>}
            {entry.sharedAt && <>, shared {formatDateTime(entry.sharedAt)}</>}
          </Text>
          <Text mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
