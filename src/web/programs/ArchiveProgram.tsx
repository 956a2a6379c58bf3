/** Archive (no new cohorts or enrollments; existing ones go on) or restore a program, after confirming. */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useT } from '../i18n/i18n.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { type Program, useSetProgramArchived } from './api.ts';

export function ArchiveProgram({ program }: { program: Program }) {
  const { t } = useT('programs');
  const [opened, { open, close }] = useDisclosure(false);
  const setArchived = useSetProgramArchived(program.id);
  const archived = program.archivedAt !== null;
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
        onConfirm={() =>
          setArchived.mutate(!archived, {
            onSuccess: () => {
              onClose();
              notifications.show({
                message: t(archived ? 'archive.restored' : 'archive.archivedDone', { name: program.name }),
              });
            },
          })
        }
        title={t(archived ? 'archive.restoreTitle' : 'archive.archiveTitle', { name: program.name })}
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
