/** Archive (hide from the active list, keeping the record) or restore a client, after confirming. */

import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { Client } from '../../api/clients.ts';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { clientKeys, conflictCurrent, useSetArchived } from './api.ts';

export function ArchiveControl({ client }: { client: Client }) {
  const { t } = useT('clients');
  const [opened, { open, close }] = useDisclosure(false);
  const setArchived = useSetArchived(client.id);
  const queryClient = useQueryClient();
  const archived = client.archivedAt !== null;
  const name = `${client.givenName} ${client.familyName}`;

  const confirm = () => {
    setArchived.mutate(
      { archived: !archived, version: client.version },
      {
        onSuccess: () => {
          close();
          setArchived.reset();
          notifications.show({ message: t(archived ? 'archive.restored' : 'archive.archived', { name }) });
        },
        onError: (error) => {
          // Someone else changed the record: show the latest, and let the user decide again.
          const current =
            error instanceof ApiError && error.status === 409 ? conflictCurrent(error.extra) : null;
          if (current) queryClient.setQueryData(clientKeys.detail(current.id), current);
        },
      },
    );
  };

  const onClose = () => {
    close();
    setArchived.reset();
  };

  return (
    <>
      <Button variant="outline" color={archived ? undefined : 'red.9'} onClick={open}>
        {archived ? t('archive.restore') : t('archive.archive')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={onClose}
        onConfirm={confirm}
        title={t(archived ? 'archive.restoreTitle' : 'archive.archiveTitle', { name })}
        confirmLabel={archived ? t('archive.restoreConfirm') : t('archive.archiveConfirm')}
        danger={!archived}
        loading={setArchived.isPending}
        error={setArchived.error}
      >
        {archived ? t('archive.restoreBody') : t('archive.archiveBody')}
      </ConfirmModal>
    </>
  );
}
