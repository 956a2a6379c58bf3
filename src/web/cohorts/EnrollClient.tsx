/**
 * Enrolling a client in this cohort: find the client by name, email or phone, choose the arm when
 * the program has arms. The client starts as "referred"; their personal sessions are created, and
 * their places in dosing sessions are held until they are eligible and have consented.
 */
import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../http/problem.ts';
import { useProgramVersion } from '../programs/api.ts';
import { formatDate } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { type Cohort, useClientSearch, useEnroll } from './api.ts';

export function EnrollClient({ cohort, disabled }: { cohort: Cohort; disabled: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" size="compact-md" onClick={open} disabled={disabled}>
        Enroll client
      </Button>
      <Modal opened={opened} onClose={close} title={`Enroll a client in ${cohort.name}`} size="lg">
        {opened && <EnrollForm cohort={cohort} onDone={close} />}
      </Modal>
    </>
  );
}

function EnrollForm({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const clients = useClientSearch(q);
  const [clientId, setClientId] = useState('');
  const [arm, setArm] = useState('');
  const [errors, setErrors] = useState<{ clientId?: string; arm?: string }>({});
  const version = useProgramVersion(cohort.program.id, cohort.programVersion);
  const arms = version.data?.definition.arms ?? [];
  const enroll = useEnroll(cohort.id);
  const enrolled = new Set(cohort.roster.filter((r) => r.status !== 'withdrawn').map((r) => r.clientId));
  const results = clients.data?.items ?? [];
  const chosen = results.find((c) => c.id === clientId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(clientId ? {} : { clientId: 'Find and choose a client.' }),
      ...(arms.length > 0 && !arm ? { arm: 'Choose the arm.' } : {}),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    enroll.mutate(
      { clientId, programId: cohort.program.id, cohortId: cohort.id, arm: arm || null },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: `${chosen ? `${chosen.givenName} ${chosen.familyName}` : 'The client'} was enrolled in ${cohort.name}.`,
          });
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) {
            const field = (f: string) => error.fieldErrors.find((e) => e.field === f)?.message;
            setErrors({
              ...(field('clientId') ? { clientId: field('clientId') } : {}),
              ...(field('arm') ? { arm: field('arm') } : {}),
            });
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Enroll a client">
      <Stack gap="sm">
        <Text size="sm">
          The client starts as referred. Their personal sessions are created now; their places in dosing
          sessions are held until they are eligible and have consented.
        </Text>
        {enroll.isError && !(enroll.error instanceof ApiError && enroll.error.fieldErrors.length) && (
          <Alert color="red" role="alert" title="Not enrolled">
            {errorMessage(enroll.error)}
          </Alert>
        )}
        <TextInput
          label="Find a client"
          description="Name, email or phone (at least 2 characters)"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        <Radio.Group
          label="Client"
          value={clientId}
          onChange={(v) => {
            setClientId(v);
            setErrors((e) => ({ ...e, clientId: undefined }));
          }}
          error={errors.clientId}
          {...requiredField}
        >
          <Stack gap={6} mt={4} aria-live="polite">
            {q.length < 2 ? (
              <Text size="sm">Type to search.</Text>
            ) : clients.isError ? (
              <Text size="sm">{errorMessage(clients.error)}</Text>
            ) : !clients.data ? (
              <Text size="sm">Searching…</Text>
            ) : results.length === 0 ? (
              <Text size="sm">No active client matches “{q}”.</Text>
            ) : (
              results.map((c) => (
                <Radio
                  key={c.id}
                  value={c.id}
                  disabled={enrolled.has(c.id)}
                  classNames={{ radio: 'threshold-radio' }}
                  label={`${c.givenName} ${c.familyName}${c.preferredName ? ` (${c.preferredName})` : ''}`}
                  description={`Born ${formatDate(c.dateOfBirth)}${enrolled.has(c.id) ? ' · already in this cohort' : ''}`}
                />
              ))
            )}
          </Stack>
        </Radio.Group>
        {arms.length > 0 && (
          <NativeSelect
            label="Arm"
            value={arm}
            onChange={(e) => {
              setArm(e.currentTarget.value);
              setErrors((x) => ({ ...x, arm: undefined }));
            }}
            error={errors.arm}
            data={[{ value: '', label: 'Choose…' }, ...arms.map((a) => ({ value: a.key, label: a.name }))]}
            {...requiredField}
          />
        )}
        <Group>
          <Button type="submit" loading={enroll.isPending}>
            Enroll
          </Button>
          <Button variant="default" onClick={onDone} disabled={enroll.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
