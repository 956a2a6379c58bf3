import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { tKey } from '../i18n/t-key.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for actions that remove or hide something. */
  danger?: boolean;
  loading?: boolean;
  error?: unknown;
}

/** Asks before an action that is hard to undo. */
export function ConfirmModal(props: Props) {
  const { opened, onClose, onConfirm, title, children, confirmLabel, danger, loading, error } = props;
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{children}</Text>
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {tKey('common:cancel')}
          </Button>
          <Button color={danger ? 'red.9' : undefined} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
