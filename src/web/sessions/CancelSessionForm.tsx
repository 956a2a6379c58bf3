/** Cancelling a session, with a reason; asked once more before it happens. */
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { requiredField } from '../ui/required.ts';
import { type SessionDetail, useCancelSession } from './api.ts';

export function CancelSessionForm({ session }: { session: SessionDetail }) {
  const cancel = useCancelSession(session.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Say why the session is cancelled.');
      document.getElementById('cancel-session-reason')?.focus();
      return;
    }
    setError(null);
    setConfirming(true);
  };

  const confirm = () =>
    cancel.mutate(
      { reason: reason.trim(), version: session.version },
      {
        onSuccess: () => {
          setConfirming(false);
          notifications.show({ color: 'teal', message: 'Session cancelled.' });
        },
      },
    );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cancel-session-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="cancel-session-heading">
          Cancel
        </Title>
        <TextInput
          id="cancel-session-reason"
          label="Reason for cancelling"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          maxLength={500}
          {...requiredField}
        />
        <Group>
          <Button type="submit" color="red.9" variant="outline">
            Cancel session
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => {
          setConfirming(false);
          cancel.reset();
        }}
        onConfirm={confirm}
        title="Cancel this session?"
        confirmLabel="Yes, cancel the session"
        danger
        loading={cancel.isPending}
        error={cancel.error}
      >
        {`${session.name} will be marked cancelled for all ${session.attendees.length} attendees and leaves their calendars. This cannot be undone.`}
      </ConfirmModal>
    </form>
  );
}
