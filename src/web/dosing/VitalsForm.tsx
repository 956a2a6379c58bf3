/**
 * A vital-sign set form that checks each value as it is typed. An impossible value is a field error
 * and cannot be sent; a baseline blood pressure beyond the program's limit is flagged in words beside
 * the field and saved with its flag. Used for the dosing day's baseline (before any dose) and for
 * the record's readings during the session and at discharge. "Measured at" starts at now and is
 * editable: a reading taken at +40 minutes and typed in later keeps its own time (the server refuses
 * a time in the future).
 */
import { Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { VitalPhase } from '../../domain/dosing/vitals.ts';
import type { SafetySettings } from '../../domain/programs/types.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { fromZoneInput, nowInput } from '../sessions/time.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import type { VitalSign } from './api.ts';
import {
  checkVitals,
  emptyVitals,
  flagsOf,
  VITAL_FIELDS,
  VITAL_LABELS,
  VITAL_PHASE_LABELS,
  VITAL_UNITS,
  type VitalField,
  type VitalsDraft,
} from './drafts.ts';

type Field = VitalField | 'phase' | 'measuredAt';
const LABELS: Record<Field, string> = Object.defineProperties({} as Record<Field, string>, {
  phase: { enumerable: true, get: () => tKey('dosing:vitals.phase') },
  measuredAt: { enumerable: true, get: () => tKey('dosing:vitals.measuredAt') },
  ...Object.getOwnPropertyDescriptors(VITAL_LABELS),
});

type Body = { phase?: VitalPhase; measuredAt: string } & Partial<Record<VitalField, number>>;

export function VitalsForm(props: {
  /** The phases this form records; one phase hides the choice. */
  phases: readonly VitalPhase[];
  safety: SafetySettings;
  zone: string;
  title: string;
  idPrefix: string;
  // biome-ignore lint/suspicious/noExplicitAny: the two vitals mutations differ only in their body
  mutation: UseMutationResult<VitalSign, Error, any>;
}) {
  const { t } = useT('dosing');
  const { phases, safety, zone, title, idPrefix, mutation: add } = props;
  const fieldId = (f: Field) => `${idPrefix}-${f}`;
  const [phase, setPhase] = useState<VitalPhase>(phases[0]!);
  const [measuredAt, setMeasuredAt] = useState(() => nowInput(zone));
  const [draft, setDraft] = useState<VitalsDraft>(emptyVitals);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [emptyError, setEmptyError] = useState<string | null>(null);

  const check = checkVitals(draft, phase, safety);
  const errors: Partial<Record<Field, string>> = { ...serverErrors, ...check.errors };

  const setValue = (field: VitalField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setEmptyError(null);
    if (serverErrors[field]) setServerErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const at = fromZoneInput(measuredAt, zone);
    if (!at) {
      setServerErrors((e) => ({ ...e, measuredAt: t('vitals.enterWhen') }));
      document.getElementById(fieldId('measuredAt'))?.focus();
      return;
    }
    const first = VITAL_FIELDS.find((f) => check.errors[f]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (check.empty) {
      setEmptyError(t('vitals.atLeastOne'));
      document.getElementById(fieldId('systolic'))?.focus();
      return;
    }
    const body: Body = {
      ...(phases.length > 1 ? { phase } : {}),
      measuredAt: at,
      ...Object.fromEntries(
        VITAL_FIELDS.flatMap((f) => (check.values[f] === null ? [] : [[f, check.values[f]]])),
      ),
    };
    add.mutate(body, {
      onSuccess: (saved: VitalSign) => {
        const flagged = saved?.flags?.length ?? check.flags.length;
        notifications.show({
          color: flagged ? 'orange' : 'teal',
          message: flagged ? t('vitals.savedFlags', { count: flagged }) : t('vitals.saved'),
        });
        setDraft(emptyVitals());
        setMeasuredAt(nowInput(zone));
      },
      onError: (error: Error) => {
        const { fields, problem: p } = formErrorsFrom(error, LABELS, t('vitals.notSaved'));
        setServerErrors(fields);
        setProblem(p);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <Stack gap="sm" mt="md">
        <Title order={3} size="h5" id={`${idPrefix}-heading`}>
          {title}
        </Title>
        {problem && <FormProblemAlert problem={problem} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {phases.length > 1 && (
            <NativeSelect
              id={fieldId('phase')}
              label={LABELS.phase}
              value={phase}
              onChange={(e) => setPhase(e.currentTarget.value as VitalPhase)}
              data={phases.map((p) => ({ value: p, label: VITAL_PHASE_LABELS[p] }))}
              error={errors.phase}
            />
          )}
          <DateTimeField
            zone={zone}
            id={fieldId('measuredAt')}
            label={LABELS.measuredAt}
            description={t('vitals.measuredHint')}
            value={measuredAt}
            onChange={(value) => {
              setMeasuredAt(value);
              if (serverErrors.measuredAt) setServerErrors(({ measuredAt: _, ...rest }) => rest);
            }}
            error={errors.measuredAt}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {VITAL_FIELDS.map((f) => {
            const flags = flagsOf(check.flags, f);
            return (
              <div key={f}>
                <TextInput
                  id={fieldId(f)}
                  label={`${VITAL_LABELS[f]} (${VITAL_UNITS[f]})`}
                  inputMode="numeric"
                  value={draft[f]}
                  onChange={(e) => setValue(f, e.currentTarget.value)}
                  error={errors[f] ?? (f === 'systolic' ? emptyError : null)}
                  {...(flags.length ? { 'aria-describedby': `${fieldId(f)}-flag` } : {})}
                />
                {flags.length > 0 && (
                  <Text id={`${fieldId(f)}-flag`} size="sm" fw={600} mt={4} role="status">
                    <Badge color="orange" variant="light" tt="none" mr={4} component="span">
                      {t('vitals.flag')}
                    </Badge>
                    {flags.join(' ')}
                  </Text>
                )}
              </div>
            );
          })}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('vitals.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
