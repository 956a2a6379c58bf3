/** Changing one's own password: current password, a new one of at least 12 characters, typed twice. */

import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { ApiError, errorMessage, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { useChangePassword } from './api.ts';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const MIN_LENGTH = 12;

export function ChangePasswordForm() {
  const { t } = useT('account');
  const change = useChangePassword();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) next.currentPassword = t('password.enterCurrent');
    if (values.newPassword.length < MIN_LENGTH)
      next.newPassword = t('password.minLength', { min: MIN_LENGTH });
    if (values.confirmPassword !== values.newPassword) next.confirmPassword = t('password.differ');
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
          notifications.show({ color: 'teal', message: t('password.changed') });
        },
        onError: (error) => {
          const fromServer: Partial<Record<Field, string>> = {};
          if (error instanceof ApiError) {
            for (const e of error.fieldErrors) {
              if (e.field === 'currentPassword' || e.field === 'newPassword')
                fromServer[e.field] = fieldMessage(e);
            }
          }
          setErrors(fromServer);
          if (!Object.keys(fromServer).length) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={420}>
        {formError && (
          <Alert color="red" title={t('password.notChanged')} role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={errors.currentPassword}
        />
        <TextInput
          label={t('password.new')}
          description={t('password.newHint', { min: MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.newPassword}
        />
        <TextInput
          label={t('password.confirm')}
          type="password"
          autoComplete="new-password"
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          error={errors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
