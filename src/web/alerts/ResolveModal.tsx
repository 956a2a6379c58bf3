/** Resolving an alert: a required note on what was done, saved with the alert. */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { ApiError } from '../http/problem.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { type Alert, useResolveAlert } from './api.ts';

const NOTE_ID = 'resolve-alert-note';
const MAX_NOTE = 4000;

interface Props {
  /** The alert being resolved; null when the dialog is closed. */
  alert: Alert | null;
  onClose: () => void;
}

export function ResolveModal({ alert, onClose }: Props) {
  const resolve = useResolveAlert();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const { reset } = resolve;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form for each alert
  useEffect(() => {
    setNote('');
    setError(null);
    reset();
  }, [alert?.id, reset]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!alert) return;
    const text = note.trim();
    if (!text) {
      setError('Write what was done before resolving the alert.');
      document.getElementById(NOTE_ID)?.focus();
      return;
    }
    setError(null);
    resolve.mutate(
      { id: alert.id, note: text },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `Alert resolved for ${alert.client.name}.` });
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.fieldErrors.some((f) => f.field === 'note')) {
            setError(messageFor(err, 'note'));
            document.getElementById(NOTE_ID)?.focus();
          }
        },
      },
    );
  };

  const otherError =
    resolve.error &&
    !(resolve.error instanceof ApiError && resolve.error.fieldErrors.some((f) => f.field === 'note'))
      ? resolve.error
      : null;

  return (
    <Modal opened={alert !== null} onClose={onClose} title="Resolve alert" centered>
      {alert && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              {alert.title} for {alert.client.name}. The note is kept with the alert for the care team.
            </Text>
            <Textarea
              id={NOTE_ID}
              label="What was done"
              description="For example: called the client, safety plan reviewed, follow-up booked."
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                if (error) setError(null);
              }}
              error={error}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={MAX_NOTE}
              data-autofocus
              {...requiredField}
            />
            {otherError && <ErrorAlert error={otherError} title="The alert was not resolved" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={resolve.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={resolve.isPending}>
                Resolve alert
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
