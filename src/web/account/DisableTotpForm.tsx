/** Turning two-factor off: needs the password and a current code. */
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useDisableTotp } from './api.ts';

export function DisableTotpForm() {
  const disable = useDisableTotp();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ title: string; message: string } | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!password || !/^\d{6}$/.test(code)) {
      setError({ title: 'Two-factor is still on', message: 'Enter your password and the 6-digit code.' });
      return;
    }
    setError(null);
    disable.mutate(
      { password, code },
      {
        onSuccess: () => {
          setPassword('');
          setCode('');
          notifications.show({ message: 'Two-factor sign-in is off.' });
        },
        onError: (err) =>
          setError({
            title:
              err instanceof ApiError && err.status === 409
                ? 'Two-factor is required'
                : 'Two-factor is still on',
            message: errorMessage(err),
          }),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={420}>
        {error && (
          <Alert color="red" title={error.title} role="alert">
            {error.message}
          </Alert>
        )}
        <TextInput
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <TextInput
          label="Authentication code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
        />
        <Group>
          <Button type="submit" color="red.9" variant="outline" loading={disable.isPending}>
            Turn off two-factor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
