/** Name and the two-factor requirement; only changed settings are sent. */
import { Alert, Button, Group, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import type { Organization } from '../../server/organizations/schema.ts';
import { useSession } from '../app/session-context.tsx';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useUpdateOrganization } from './api.ts';

export function OrganizationForm({ organization }: { organization: Organization }) {
  const session = useSession();
  const update = useUpdateOrganization();
  const [name, setName] = useState(organization.name);
  const [requireTwoFactor, setRequireTwoFactor] = useState(organization.requireTwoFactor);
  const [nameError, setNameError] = useState<string | null>(null);

  const changes: { name?: string; requireTwoFactor?: boolean } = {};
  if (name.trim() !== organization.name) changes.name = name.trim();
  if (requireTwoFactor !== organization.requireTwoFactor) changes.requireTwoFactor = requireTwoFactor;
  const dirty = Object.keys(changes).length > 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Enter a name.');
      return;
    }
    setNameError(null);
    if (!dirty) return;
    update.mutate(changes, {
      onSuccess: (saved) => {
        setName(saved.name);
        setRequireTwoFactor(saved.requireTwoFactor);
        notifications.show({ color: 'teal', message: 'Organization settings saved.' });
      },
      onError: (error) => {
        const field =
          error instanceof ApiError ? error.fieldErrors.find((e) => e.field === 'name') : undefined;
        if (field) setNameError(field.message);
      },
    });
  };

  const lockingOut = requireTwoFactor && !organization.requireTwoFactor && !session.user.totpEnabled;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={560}>
        {update.isError && (
          <Alert color="red" title="Settings not saved" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <TextInput
          label="Organization name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={200}
        />
        <Switch
          label="Require two-factor sign-in for every member"
          description="Members without two-factor must set it up before they can use anything else in this organization."
          checked={requireTwoFactor}
          onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
        />
        {lockingOut && (
          <Alert color="orange" title="You have not set up two-factor yourself">
            After saving, you will be asked to set it up before you can continue.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!dirty}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
