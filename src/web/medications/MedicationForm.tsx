/**
 * Adding or changing one medication: name, class, dose, start, last dose (past or planned) and a
 * taper plan. Every refused field is shown at its input at once; a source can be "a clinician"
 * only for those who confirm.
 */
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { MEDICATION_CLASSES } from '../../domain/medications/types.ts';
import { useCan } from '../app/session-context.tsx';
import { ApiError, errorMessage, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { type MedicationOut, useSaveMedication } from './api.ts';
import { type Step, TaperEditor } from './TaperEditor.tsx';

interface Draft {
  name: string;
  medicationClass: string;
  dose: string;
  startedOn: string;
  stoppedOn: string;
  source: 'client' | 'clinician';
  taper: Step[];
}

const draftOf = (m: MedicationOut | null): Draft => ({
  name: m?.name ?? '',
  medicationClass: m?.medicationClass ?? 'other',
  dose: m?.dose ?? '',
  startedOn: m?.startedOn ?? '',
  stoppedOn: m?.stoppedOn ?? '',
  source: m?.source ?? 'client',
  taper: m?.taper ?? [],
});

const errorsOf = (error: unknown): Record<string, string> =>
  error instanceof ApiError
    ? Object.fromEntries(error.fieldErrors.map((e) => [e.field, fieldMessage(e)]))
    : {};

export function MedicationForm(props: {
  clientId: string;
  medication: MedicationOut | null;
  onDone: () => void;
}) {
  const { t } = useT('medications');
  const confirms = useCan('medication.confirm');
  const save = useSaveMedication(props.clientId);
  const [d, setD] = useState<Draft>(() => draftOf(props.medication));
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const errors = errorsOf(save.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name: d.name,
      medicationClass: d.medicationClass,
      dose: d.dose.trim() || null,
      startedOn: d.startedOn || null,
      stoppedOn: d.stoppedOn || null,
      taper: d.taper,
    };
    const m = props.medication;
    save.mutate(
      m
        ? { id: m.id, body: { ...fields, version: m.version } }
        : { id: null, body: { ...fields, source: d.source } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('saved') });
          props.onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.medication ? t('edit') : t('add')}>
      <Stack gap="xs">
        {save.error && !(save.error instanceof ApiError && save.error.fieldErrors.length) && (
          <Alert color="red" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('form.name')}
            value={d.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
            required
          />
          <NativeSelect
            label={t('form.class')}
            value={d.medicationClass}
            onChange={(e) => set('medicationClass', e.currentTarget.value)}
            data={MEDICATION_CLASSES.map((c) => ({ value: c, label: t(`classes.${c}`) }))}
            error={errors.medicationClass}
          />
          <TextInput
            label={t('form.dose')}
            value={d.dose}
            onChange={(e) => set('dose', e.currentTarget.value)}
            error={errors.dose}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          <DateField
            label={t('form.startedOn')}
            value={d.startedOn}
            onChange={(value) => set('startedOn', value)}
            error={errors.startedOn}
          />
          <DateField
            label={t('form.stoppedOn')}
            description={t('form.stoppedOnHint')}
            value={d.stoppedOn}
            onChange={(value) => set('stoppedOn', value)}
            error={errors.stoppedOn}
          />
          {!props.medication && (
            <NativeSelect
              label={t('form.source')}
              value={d.source}
              onChange={(e) => set('source', e.currentTarget.value as Draft['source'])}
              data={(confirms ? (['client', 'clinician'] as const) : (['client'] as const)).map((s) => ({
                value: s,
                label: t(`form.sources.${s}`),
              }))}
              error={errors.source}
            />
          )}
        </Group>
        <TaperEditor steps={d.taper} onChange={(taper) => set('taper', taper)} errors={errors} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('save')}
          </Button>
          <Button variant="default" onClick={props.onDone}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
