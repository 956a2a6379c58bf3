/** "Email a sign-in link": sends the client a link to their portal page and says where it went, or why not. */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Client } from '../../../api/clients.ts';
import { useSendPortalLink } from './api.ts';
import { portalLinkError } from './labels.ts';

export function PortalLinkControl({ client }: { client: Client }) {
  const send = useSendPortalLink(client.id);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {client.email
          ? 'The client gets an email with a link to their own page: questionnaires, upcoming sessions, scores and their journal. The link works once, for 30 minutes.'
          : 'The client has no email address on record, so no sign-in link can be sent.'}
      </Text>
      <Group>
        <Button
          variant="default"
          loading={send.isPending}
          onClick={() =>
            send.mutate(undefined, {
              onSuccess: ({ sentTo }) =>
                notifications.show({ color: 'teal', message: `Sign-in link sent to ${sentTo}` }),
            })
          }
        >
          Email a sign-in link
        </Button>
      </Group>
      {send.isError && (
        <Alert color="red" title="No sign-in link was sent" role="alert">
          <Text size="sm">{portalLinkError(send.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
