/** Resolving an alert: a required note on what was done, saved with the alert. */

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useEffect, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { type Alert, useResolveAlert } from './api.ts';
import { alertTitle } from './title.ts';

const NOTE_ID = 'resolve-alert-note';
const MAX_NOTE = 4000;

interface Props {
  /** The alert being resolved; null when the dialog is closed. */
  alert: Alert | null;
  onClose: () => void;
}

export function ResolveModal({ alert, onClose }: Props) {
  const resolve = useResolveAlert();
  const { t } = useT('alerts');
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
      setError(t('resolve.missing'));
      document.getElementById(NOTE_ID)?.focus();
      return;
    }
    setError(null);
    resolve.mutate(
      { id: alert.id, note: text },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('resolve.resolved', { client: alert.client.name }),
          });
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
    <Modal opened={alert !== null} onClose={onClose} title={t('resolve.title')} centered>
      {alert && (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              {t('resolve.intro', { alert: alertTitle(alert), client: alert.client.name })}
            </Text>
            <Textarea
              id={NOTE_ID}
              label={t('resolve.whatWasDone')}
              description={t('resolve.hint')}
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
            {otherError && <ErrorAlert error={otherError} title={t('resolve.notResolved')} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} disabled={resolve.isPending}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" loading={resolve.isPending}>
                {t('resolve.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
