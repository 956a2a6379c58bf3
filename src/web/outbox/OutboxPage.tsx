/**
 * The outbox: every email Threshold writes (invitations, reminders, alerts), newest first. Without
 * an SMTP server nothing leaves: the messages stay here for staff to read and pass on.
 */
import { Alert, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { OUTBOX_LIMIT, useOutbox } from './api.ts';
import { OutboxTable } from './OutboxTable.tsx';

export function OutboxPage() {
  const query = useOutbox();
  const data = query.data;
  return (
    <Stack gap={0} maw={1200}>
      <PageHeader title="Outbox">
        <Text mt={4}>
          Messages Threshold sends to clients and staff, newest first. Open a subject to read it.
        </Text>
      </PageHeader>
      {query.isError && !data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !data ? (
        <PageLoader label="Loading messages" />
      ) : (
        <Stack gap="md">
          {!data.smtpConfigured && (
            <Alert color="orange" title="Messages are not sent by email" role="note">
              No SMTP server is set: messages are kept here for staff to read and pass on.
            </Alert>
          )}
          {data.items.length === 0 ? (
            <Text>No messages yet.</Text>
          ) : (
            <>
              <OutboxTable items={data.items} />
              {data.items.length >= OUTBOX_LIMIT && (
                <Text size="sm">Showing the newest {OUTBOX_LIMIT} messages.</Text>
              )}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
