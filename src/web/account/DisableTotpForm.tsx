/** Turning two-factor off: needs the password and a current code. */

import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useDisableTotp } from './api.ts';

export function DisableTotpForm() {
  const { t } = useT('account');
  const disable = useDisableTotp();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ title: string; message: string } | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!password || !/^\d{6}$/.test(code)) {
      setError({ title: t('totp.stillOn'), message: t('totp.enterBoth') });
      return;
    }
    setError(null);
    disable.mutate(
      { password, code },
      {
        onSuccess: () => {
          setPassword('');
          setCode('');
          notifications.show({ message: t('totp.isOff') });
        },
        onError: (err) =>
          setError({
            title: err instanceof ApiError && err.status === 409 ? t('totp.required') : t('totp.stillOn'),
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
          label={t('totp.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <TextInput
          label={t('totp.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
        />
        <Group>
          <Button type="submit" color="red.9" variant="outline" loading={disable.isPending}>
            {t('totp.turnOff')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
