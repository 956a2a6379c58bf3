/** Archive (no new cohorts or enrollments; existing ones go on) or restore a program, after confirming. */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { type Program, useSetProgramArchived } from './api.ts';

export function ArchiveProgram({ program }: { program: Program }) {
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
        {archived ? 'Restore' : 'Archive'}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={onClose}
        onConfirm={() =>
          setArchived.mutate(!archived, {
            onSuccess: () => {
              onClose();
              notifications.show({
                message: archived ? `${program.name} was restored.` : `${program.name} was archived.`,
              });
            },
          })
        }
        title={archived ? `Restore ${program.name}?` : `Archive ${program.name}?`}
        confirmLabel={archived ? 'Restore program' : 'Archive program'}
        danger={!archived}
        loading={setArchived.isPending}
        error={setArchived.error}
      >
        {archived
          ? 'The program can be changed again and used for new cohorts and enrollments.'
          : 'No new cohorts or enrollments can use the program. Existing cohorts, enrollments and sessions go on unchanged, and the program can be restored at any time.'}
      </ConfirmModal>
    </>
  );
}
