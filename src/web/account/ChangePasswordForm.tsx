/** Changing one's own password: current password, a new one of at least 12 characters, typed twice. */
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { sentence } from '../http/field-errors.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useChangePassword } from './api.ts';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const MIN_LENGTH = 12;

export function ChangePasswordForm() {
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
    if (!values.currentPassword) next.currentPassword = 'Enter your current password.';
    if (values.newPassword.length < MIN_LENGTH) next.newPassword = `Use at least ${MIN_LENGTH} characters.`;
    if (values.confirmPassword !== values.newPassword) next.confirmPassword = 'The two new passwords differ.';
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
          notifications.show({ color: 'teal', message: 'Your password has been changed.' });
        },
        onError: (error) => {
          const fromServer: Partial<Record<Field, string>> = {};
          if (error instanceof ApiError) {
            for (const e of error.fieldErrors) {
              if (e.field === 'currentPassword' || e.field === 'newPassword')
                fromServer[e.field] = sentence(e.message);
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
          <Alert color="red" title="Password not changed" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={errors.currentPassword}
        />
        <TextInput
          label="New password"
          description={`At least ${MIN_LENGTH} characters. A few unrelated words make a strong password.`}
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.newPassword}
        />
        <TextInput
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          error={errors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
