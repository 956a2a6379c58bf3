/**
 * Recording the client's signed consent to the program's current consent document, whose title and
 * version are shown (and its text, to read). Consent to an older version does not count: the server
 * refuses it and names the current one.
 */
import { Alert, Button, Group, Modal, NativeSelect, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { formatDateTimeIn, fromZoneInput, nowInput, useOrgTimezone } from '../sessions/time.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { CONSENT_METHODS, type ConsentMethod, type Enrollment, useProgram, useRecordConsent } from './api.ts';

interface Props {
  enrollment: Enrollment;
  opened: boolean;
  onClose: () => void;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ConsentModal({ enrollment, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Record consent: ${enrollment.client.name}`} size="lg">
      {opened && <ConsentForm enrollment={enrollment} onDone={onClose} />}
    </Modal>
  );
}

function ConsentForm({ enrollment, onDone }: { enrollment: Enrollment; onDone: () => void }) {
  const { timezone, loading: zoneLoading } = useOrgTimezone();
  if (zoneLoading) return <Text>Loading…</Text>;
  return <ConsentFields enrollment={enrollment} onDone={onDone} zone={timezone} />;
}

function ConsentFields({
  enrollment,
  onDone,
  zone,
}: {
  enrollment: Enrollment;
  onDone: () => void;
  zone: string;
}) {
  const program = useProgram(enrollment.program.id);
  const record = useRecordConsent(enrollment.id);
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [signedAt, setSignedAt] = useState(() => nowInput(zone));
  const [errors, setErrors] = useState<{ method?: string; signedAt?: string }>({});
  const doc = program.data?.consentDocument ?? null;

  if (program.isError) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (!program.data) return <Text>Loading the consent document…</Text>;
  if (!doc) {
    return (
      <Alert color="orange" title="No consent document">
        {program.data.name} has no consent document yet. A clinical lead adds one on the program’s page; then
        consent can be recorded.
      </Alert>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: typeof errors = {};
    const at = fromZoneInput(signedAt, zone);
    if (!method) local.method = 'Choose how the client consented.';
    if (!at) local.signedAt = 'Enter when the client signed.';
    else if (Date.parse(at) > Date.now() + 5 * 60_000)
      local.signedAt = 'The signing time cannot be in the future.';
    setErrors(local);
    if (local.method || local.signedAt) {
      document.getElementById(local.method ? 'consent-method' : 'consent-signedAt')?.focus();
      return;
    }
    record.mutate(
      { documentVersion: doc.version, signedAt: at, method: method as ConsentMethod },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: `Consent to “${doc.title}” version ${doc.version} recorded for ${enrollment.client.name}.`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          Current consent document: <strong>{doc.title}</strong>, version {doc.version} (from{' '}
          {formatDateTimeIn(doc.createdAt, zone)}).
        </Text>
        <details>
          <summary style={{ cursor: 'pointer' }}>Read the document</summary>
          <ScrollArea.Autosize mah={240} mt="xs" type="auto">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {doc.body}
            </Text>
          </ScrollArea.Autosize>
        </details>
        {record.isError && <ErrorAlert error={record.error} title="Consent was not recorded" />}
        <NativeSelect
          id="consent-method"
          label="How the client consented"
          value={method}
          onChange={(e) => {
            setMethod(e.currentTarget.value as ConsentMethod);
            setErrors((er) => ({ ...er, method: undefined }));
          }}
          error={errors.method}
          data={[
            ...(method ? [] : [{ value: '', label: 'Choose…' }]),
            ...CONSENT_METHODS.map((m) => ({ value: m, label: capitalize(m) })),
          ]}
          {...requiredField}
        />
        <TextInput
          id="consent-signedAt"
          type="datetime-local"
          label="Signed at"
          value={signedAt}
          onChange={(e) => {
            setSignedAt(e.currentTarget.value);
            setErrors((er) => ({ ...er, signedAt: undefined }));
          }}
          error={errors.signedAt}
          {...requiredField}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={record.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record consent to version {doc.version}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
