/**
 * The end of a dosing session: when it ended, whether the client is ready for discharge (which
 * needs a set of discharge vital signs first), when they left, and notes.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { formatDateTimeIn, fromZoneInput, toZoneInput } from '../sessions/time.ts';
import { DataList, orNotRecorded } from '../ui/DataList.tsx';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { type DosingRecord, useUpdateDosingRecord } from './api.ts';
import { useFieldDraft } from './use-field-draft.ts';

const ORDER = ['endedAt', 'dischargeReady', 'dischargedAt', 'dischargeNote', 'notes'] as const;
type Field = (typeof ORDER)[number];
const LABELS: Record<Field, string> = translatedLabels('dosing:discharge.fields', ORDER);
const fieldId = (f: Field) => `discharge-${f}`;

interface Draft {
  endedAt: string;
  dischargeReady: boolean;
  dischargedAt: string;
  dischargeNote: string;
  notes: string;
}

const draftOf = (r: DosingRecord, zone: string): Draft => ({
  endedAt: toZoneInput(r.endedAt, zone),
  dischargeReady: r.dischargeReady,
  dischargedAt: toZoneInput(r.dischargedAt, zone),
  dischargeNote: r.dischargeNote ?? '',
  notes: r.notes ?? '',
});

export function DischargeSection(props: { record: DosingRecord; canRecord: boolean; zone: string }) {
  const { record, canRecord, zone } = props;
  const { t } = useT('dosing');
  const hasDischargeVitals = record.vitals.some((v) => v.phase === 'discharge');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="discharge-heading">
      <Title order={2} size="h4" id="discharge-heading" mb="sm">
        {t('discharge.title')}
      </Title>
      {canRecord ? (
        <DischargeForm
          key={record.version}
          record={record}
          hasDischargeVitals={hasDischargeVitals}
          zone={zone}
        />
      ) : (
        <DataList
          items={[
            {
              label: LABELS.endedAt,
              value: record.endedAt ? formatDateTimeIn(record.endedAt, zone) : orNotRecorded(null),
            },
            {
              label: LABELS.dischargeReady,
              value: record.dischargeReady ? t('discharge.yes') : t('discharge.notYet'),
            },
            {
              label: LABELS.dischargedAt,
              value: record.dischargedAt ? formatDateTimeIn(record.dischargedAt, zone) : orNotRecorded(null),
            },
            { label: LABELS.dischargeNote, value: orNotRecorded(record.dischargeNote) },
            { label: LABELS.notes, value: orNotRecorded(record.notes) },
          ]}
        />
      )}
    </Paper>
  );
}

function DischargeForm(props: { record: DosingRecord; hasDischargeVitals: boolean; zone: string }) {
  const { record, hasDischargeVitals, zone } = props;
  const { t } = useT('dosing');
  const update = useUpdateDosingRecord(record.id);
  const { draft, set, errors, problem, setProblem, refuse, showSaveError } = useFieldDraft(
    (): Draft => draftOf(record, zone),
    { order: ORDER, labels: LABELS, fieldId },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const local: Partial<Record<Field, string>> = {};
    const endedAt = draft.endedAt ? fromZoneInput(draft.endedAt, zone) : null;
    const dischargedAt = draft.dischargedAt ? fromZoneInput(draft.dischargedAt, zone) : null;
    if (endedAt === '') local.endedAt = t('discharge.validTime');
    if (endedAt && Date.parse(endedAt) < Date.parse(record.startedAt))
      local.endedAt = t('discharge.endBeforeStart');
    if (dischargedAt === '') local.dischargedAt = t('discharge.validTime');
    if (draft.dischargeReady && !hasDischargeVitals) local.dischargeReady = t('discharge.vitalsFirst');
    if (dischargedAt && !draft.dischargeReady) local.dischargeReady = t('discharge.readyFirst');
    if (refuse(local)) return;
    update.mutate(
      {
        version: record.version,
        endedAt,
        dischargeReady: draft.dischargeReady,
        dischargedAt,
        dischargeNote: draft.dischargeNote.trim() || null,
        notes: draft.notes.trim() || null,
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('discharge.saved') }),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setProblem({
              title: error.title,
              messages: [error.detail ?? t('discharge.changed')],
            });
            return;
          }
          showSaveError(error, t('discharge.notSaved'));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problem && <FormProblemAlert problem={problem} />}
        {!hasDischargeVitals && (
          <Alert color="blue" title={t('discharge.vitalsNeededTitle')}>
            {t('discharge.vitalsNeededBody')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField
            zone={zone}
            id={fieldId('endedAt')}
            label={LABELS.endedAt}
            value={draft.endedAt}
            onChange={(value) => set('endedAt', value)}
            error={errors.endedAt}
          />
          <DateTimeField
            zone={zone}
            id={fieldId('dischargedAt')}
            label={LABELS.dischargedAt}
            value={draft.dischargedAt}
            onChange={(value) => set('dischargedAt', value)}
            error={errors.dischargedAt}
          />
        </SimpleGrid>
        <Checkbox
          id={fieldId('dischargeReady')}
          label={LABELS.dischargeReady}
          description={t('discharge.readyHint')}
          checked={draft.dischargeReady}
          onChange={(e) => set('dischargeReady', e.currentTarget.checked)}
          error={errors.dischargeReady}
        />
        <Textarea
          id={fieldId('dischargeNote')}
          label={LABELS.dischargeNote}
          value={draft.dischargeNote}
          onChange={(e) => set('dischargeNote', e.currentTarget.value)}
          error={errors.dischargeNote}
          autosize
          minRows={2}
        />
        <Textarea
          id={fieldId('notes')}
          label={LABELS.notes}
          value={draft.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
        />
        {record.dischargeReady && (
          <Text size="sm" fw={600}>
            {record.dischargedAt
              ? t('discharge.markedLeft', { when: formatDateTimeIn(record.dischargedAt, zone) })
              : t('discharge.marked')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('discharge.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
