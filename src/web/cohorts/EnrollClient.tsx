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
import { useT } from '../i18n/i18n.ts';
import { useProgramVersion } from '../programs/api.ts';
import { formatDate } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { type Cohort, useClientSearch, useEnroll } from './api.ts';

export function EnrollClient({ cohort, disabled }: { cohort: Cohort; disabled: boolean }) {
  const { t } = useT('cohorts');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" size="compact-md" onClick={open} disabled={disabled}>
        {t('enroll.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('enroll.title', { cohort: cohort.name })} size="lg">
        {opened && <EnrollForm cohort={cohort} onDone={close} />}
      </Modal>
    </>
  );
}

function EnrollForm({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const { t } = useT('cohorts');
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
      ...(clientId ? {} : { clientId: t('enroll.chooseClient') }),
      ...(arms.length > 0 && !arm ? { arm: t('enroll.chooseArm') } : {}),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    enroll.mutate(
      { clientId, programId: cohort.program.id, cohortId: cohort.id, arm: arm || null },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('enroll.enrolled', {
              client: chosen ? `${chosen.givenName} ${chosen.familyName}` : t('enroll.theClient'),
              cohort: cohort.name,
            }),
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
    <form onSubmit={submit} noValidate aria-label={t('enroll.form')}>
      <Stack gap="sm">
        <Text size="sm">{t('enroll.intro')}</Text>
        {enroll.isError && !(enroll.error instanceof ApiError && enroll.error.fieldErrors.length) && (
          <Alert color="red" role="alert" title={t('enroll.notEnrolled')}>
            {errorMessage(enroll.error)}
          </Alert>
        )}
        <TextInput
          label={t('enroll.find')}
          description={t('enroll.findHint')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-autofocus
        />
        <Radio.Group
          label={t('enroll.client')}
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
              <Text size="sm">{t('enroll.typeToSearch')}</Text>
            ) : clients.isError ? (
              <Text size="sm">{errorMessage(clients.error)}</Text>
            ) : !clients.data ? (
              <Text size="sm">{t('enroll.searching')}</Text>
            ) : results.length === 0 ? (
              <Text size="sm">{t('enroll.noMatch', { q })}</Text>
            ) : (
              results.map((c) => (
                <Radio
                  key={c.id}
                  value={c.id}
                  disabled={enrolled.has(c.id)}
                  classNames={{ radio: 'threshold-radio' }}
                  label={`${c.givenName} ${c.familyName}${c.preferredName ? ` (${c.preferredName})` : ''}`}
                  description={`${t('enroll.born', { date: formatDate(c.dateOfBirth) })}${enrolled.has(c.id) ? t('enroll.alreadyIn') : ''}`}
                />
              ))
            )}
          </Stack>
        </Radio.Group>
        {arms.length > 0 && (
          <NativeSelect
            label={t('enroll.arm')}
            value={arm}
            onChange={(e) => {
              setArm(e.currentTarget.value);
              setErrors((x) => ({ ...x, arm: undefined }));
            }}
            error={errors.arm}
            data={[
              { value: '', label: t('enroll.choose') },
              ...arms.map((a) => ({ value: a.key, label: a.name })),
            ]}
            {...requiredField}
          />
        )}
        <Group>
          <Button type="submit" loading={enroll.isPending}>
            {t('enroll.submit')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={enroll.isPending}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
