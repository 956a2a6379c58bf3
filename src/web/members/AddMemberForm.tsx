/**
 * Adding a member: a new person gets an account with an initial password. An email that already has
 * an account is refused by the server (409): the administrator adds such a person with the CLI.
 */
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ROLE_DESCRIPTIONS, ROLES, type Role } from '../../domain/access/roles.ts';
import { sentence } from '../http/field-errors.ts';
import { ApiError, errorMessage } from '../http/problem.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { requiredField } from '../ui/required.ts';
import { useAddMember } from './api.ts';

type Field = 'email' | 'name' | 'role' | 'password';
const FIELDS: readonly string[] = ['email', 'name', 'role', 'password'];
const isField = (f: string): f is Field => FIELDS.includes(f);
const isRole = (v: string): v is Role => (ROLES as readonly string[]).includes(v);

export function AddMemberForm() {
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
    if (!email.trim()) local.email = 'Enter an email address.';
    if (!name.trim()) local.name = 'Enter a name.';
    if (password.length < 12) local.password = 'Use at least 12 characters.';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    add.mutate(
      { email: email.trim(), name: name.trim(), role, password },
      {
        onSuccess: (member) => {
          notifications.show({
            color: 'teal',
            message: `${member.name} was added as ${ROLE_LABELS[member.role]}.`,
          });
          setEmail('');
          setName('');
          setPassword('');
        },
        onError: (error) => {
          const fromServer: Partial<Record<Field, string>> = {};
          if (error instanceof ApiError) {
            for (const e of error.fieldErrors)
              if (isField(e.field)) fromServer[e.field] = sentence(e.message);
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
          <Alert color="red" title="Member not added" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errors.email}
            {...requiredField}
          />
          <TextInput
            label="Name"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            {...requiredField}
          />
          <NativeSelect
            label="Role"
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
            label="Initial password"
            {...requiredField}
            description="At least 12 characters; share it with them securely and ask them to change it. Someone who already has a Threshold account (in another organization) is added by your administrator."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add member
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
