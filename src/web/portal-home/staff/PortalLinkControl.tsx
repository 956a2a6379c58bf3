/** "Email a sign-in link": sends the client a link to their portal page and says where it went, or why not. */

import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Client } from '../../../api/clients.ts';
import { useT } from '../../i18n/i18n.ts';
import { useSendPortalLink } from './api.ts';
import { portalLinkError } from './labels.ts';

export function PortalLinkControl({ client }: { client: Client }) {
  const { t } = useT('portalStaff');
  const send = useSendPortalLink(client.id);
  return (
    <Stack gap="xs">
      <Text size="sm">{client.email ? t('link.intro') : t('link.noAddress')}</Text>
      <Group>
        <Button
          variant="default"
          loading={send.isPending}
          onClick={() =>
            send.mutate(undefined, {
              onSuccess: ({ sentTo }) =>
                notifications.show({ color: 'teal', message: t('link.sent', { to: sentTo }) }),
            })
          }
        >
          {t('link.send')}
        </Button>
      </Group>
      {send.isError && (
        <Alert color="red" title={t('link.failed')} role="alert">
          <Text size="sm">{portalLinkError(send.error)}</Text>
        </Alert>
      )}
    </Stack>
  );
}
