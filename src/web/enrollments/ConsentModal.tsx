/**
 * Recording the client's signed consent to the program's current consent document, whose title and
 * version are shown (and its text, to read). Consent to an older version does not count: the server
 * refuses it and names the current one.
 */
import { Alert, Button, Group, Modal, NativeSelect, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../i18n/i18n.ts';
import { tKey, translatedLabels } from '../i18n/labels.ts';
import { formatDateTimeIn, fromZoneInput, nowInput, useOrgTimezone } from '../sessions/time.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { CONSENT_METHODS, type ConsentMethod, type Enrollment, useProgram, useRecordConsent } from './api.ts';

interface Props {
  enrollment: Enrollment;
  opened: boolean;
  onClose: () => void;
}

const METHOD_LABELS = translatedLabels('enrollments:consent.methods', CONSENT_METHODS);

export function ConsentModal({ enrollment, opened, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={tKey('enrollments:consent.title', { client: enrollment.client.name })}
      size="lg"
    >
      {opened && <ConsentForm enrollment={enrollment} onDone={onClose} />}
    </Modal>
  );
}

function ConsentForm({ enrollment, onDone }: { enrollment: Enrollment; onDone: () => void }) {
  const { timezone, loading: zoneLoading } = useOrgTimezone();
  if (zoneLoading) return <Text>{tKey('common:loading')}</Text>;
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
  const { t } = useT('enrollments');

  if (program.isError) return <ErrorAlert error={program.error} onRetry={() => void program.refetch()} />;
  if (!program.data) return <Text>{t('consent.loadingDocument')}</Text>;
  if (!doc) {
    return (
      <Alert color="orange" title={t('consent.noDocument')}>
        {t('consent.noDocumentBody', { program: program.data.name })}
      </Alert>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: typeof errors = {};
    const at = fromZoneInput(signedAt, zone);
    if (!method) local.method = t('consent.methodMissing');
    if (!at) local.signedAt = t('consent.signedAtMissing');
    else if (Date.parse(at) > Date.now() + 5 * 60_000) local.signedAt = t('consent.signedAtFuture');
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
            message: t('consent.recorded', {
              title: doc.title,
              version: doc.version,
              client: enrollment.client.name,
            }),
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
          <Trans
            t={t}
            i18nKey="consent.current"
            values={{ title: doc.title, version: doc.version, date: formatDateTimeIn(doc.createdAt, zone) }}
            components={{ strong: <strong /> }}
          />
        </Text>
        <details>
          <summary style={{ cursor: 'pointer' }}>{t('consent.read')}</summary>
          <ScrollArea.Autosize mah={240} mt="xs" type="auto">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {doc.body}
            </Text>
          </ScrollArea.Autosize>
        </details>
        {record.isError && <ErrorAlert error={record.error} title={t('consent.notRecorded')} />}
        <NativeSelect
          id="consent-method"
          label={t('consent.method')}
          value={method}
          onChange={(e) => {
            setMethod(e.currentTarget.value as ConsentMethod);
            setErrors((er) => ({ ...er, method: undefined }));
          }}
          error={errors.method}
          data={[
            ...(method ? [] : [{ value: '', label: t('enroll.choose') }]),
            ...CONSENT_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] })),
          ]}
          {...requiredField}
        />
        <DateTimeField
          zone={zone}
          id="consent-signedAt"
          label={t('consent.signedAt', { zone })}
          value={signedAt}
          onChange={(value) => {
            setSignedAt(value);
            setErrors((er) => ({ ...er, signedAt: undefined }));
          }}
          error={errors.signedAt}
          {...requiredField}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={record.isPending}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('consent.submit', { version: doc.version })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
