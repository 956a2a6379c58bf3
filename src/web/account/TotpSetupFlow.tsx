/**
 * Turning two-factor on: ask the server for a secret, show it as a QR code and as text, and
 * confirm with a code from the authenticator app.
 */

import { Button, Code, Group, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { messageFor } from '../http/field-errors.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { useEnableTotp, useStartTotpSetup } from './api.ts';

export function TotpSetupFlow({ onEnabled }: { onEnabled?: () => void }) {
  const { t } = useT('account');
  const setup = useStartTotpSetup();
  const enable = useEnableTotp();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  if (!setup.data) {
    return (
      <Stack align="flex-start">
        {setup.isError && <ErrorAlert error={setup.error} />}
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('totp.setUp')}
        </Button>
      </Stack>
    );
  }

  const { qrSvg, secret } = setup.data;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (!/^\d{6}$/.test(value)) {
      setCodeError(t('totp.enterCode'));
      return;
    }
    setCodeError(null);
    enable.mutate(value, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('totp.isOn') });
        onEnabled?.();
      },
      onError: (error) => setCodeError(messageFor(error, 'code')),
    });
  };

  return (
    <Stack>
      <List type="ordered" spacing="xs">
        <List.Item>{t('totp.step1')}</List.Item>
        <List.Item>{t('totp.step2')}</List.Item>
        <List.Item>{t('totp.step3')}</List.Item>
      </List>
      <Image
        src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
        alt={t('totp.qrAlt')}
        w={200}
        h={200}
        fit="contain"
        bg="white"
      />
      <div>
        <Text size="sm" fw={600}>
          {t('totp.key')}
        </Text>
        <Code block style={{ wordBreak: 'break-all', fontSize: 16 }}>
          {secret}
        </Code>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <Stack align="flex-start">
          <TextInput
            label={t('totp.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
            error={codeError}
            w={220}
          />
          <Group>
            <Button type="submit" loading={enable.isPending}>
              {t('totp.turnOn')}
            </Button>
            <Button variant="default" onClick={() => setup.mutate()} disabled={enable.isPending}>
              {t('totp.startOver')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
