/** Cancelling a session, with a reason; asked once more before it happens. */
import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { requiredField } from '../ui/required.ts';
import { type SessionDetail, useCancelSession } from './api.ts';

export function CancelSessionForm({ session }: { session: SessionDetail }) {
  const { t } = useT('sessions');
  const cancel = useCancelSession(session.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('cancel.sayWhy'));
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
          notifications.show({ color: 'teal', message: t('cancel.done') });
        },
      },
    );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="cancel-session-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="cancel-session-heading">
          {t('cancel.title')}
        </Title>
        <TextInput
          id="cancel-session-reason"
          label={t('cancel.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          maxLength={500}
          {...requiredField}
        />
        <Group>
          <Button type="submit" color="red.9" variant="outline">
            {t('cancel.submit')}
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
        title={t('cancel.confirmTitle')}
        confirmLabel={t('cancel.confirm')}
        danger
        loading={cancel.isPending}
        error={cancel.error}
      >
        {t('cancel.body', { name: session.name, count: session.attendees.length })}
      </ConfirmModal>
    </form>
  );
}
