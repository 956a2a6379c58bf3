/**
 * Adding a member: a new person gets an account with an initial password. An email that already has
 * an account is refused by the server (409): the administrator adds such a person with the CLI.
 */

import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ROLES, type Role } from '../../domain/access/roles.ts';
import { ApiError, errorMessage, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { requiredField } from '../ui/required.ts';
import { useAddMember } from './api.ts';
import { ROLE_DESCRIPTIONS } from './RoleGuide.tsx';

type Field = 'email' | 'name' | 'role' | 'password';
const FIELDS: readonly string[] = ['email', 'name', 'role', 'password'];
const isField = (f: string): f is Field => FIELDS.includes(f);
const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

export function AddMemberForm() {
  const { t } = useT('members');
  const add = useAddMember();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('intake');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const local: Partial<Record<Field, string>> = {};
    if (!email.trim()) local.email = t('add.enterEmail');
    if (!name.trim()) local.name = t('add.enterName');
    if (password.length < 12) local.password = t('add.password12');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    add.mutate(
      { email: email.trim(), name: name.trim(), role, password },
      {
        onSuccess: (member) => {
          notifications.show({
            color: 'teal',
            message: t('add.added', { name: member.name, role: ROLE_LABELS[member.role] }),
          });
          setEmail('');
          setName('');
          setPassword('');
        },
        onError: (error) => {
          const fromServer: Partial<Record<Field, string>> = {};
          if (error instanceof ApiError) {
            for (const e of error.fieldErrors) if (isField(e.field)) fromServer[e.field] = fieldMessage(e);
          }
          setErrors(fromServer);
          setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" title={t('add.notAdded')} role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('add.email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            {...requiredField}
          />
          <TextInput
            label={t('add.name')}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            {...requiredField}
          />
          <NativeSelect
            label={t('add.role')}
            description={ROLE_DESCRIPTIONS[role]}
            value={role}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isRole(v)) setRole(v);
            }}
            data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            error={errors.role}
          />
          <TextInput
            label={t('add.password')}
            {...requiredField}
            description={t('add.passwordHint')}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('add.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
