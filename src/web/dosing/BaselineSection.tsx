/**
 * Step 1 of the dosing day: baseline vital signs, taken before any dose exists and flagged against
 * the program's pre-dose limits. A flagged latest baseline blocks the dose (shown in red) until
 * someone measures again or a clinician records an override with a reason.
 */
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { OVERRIDE_REASON_MAX_LENGTH } from '../../domain/dosing/baseline.ts';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { type FormProblem, formErrorsFrom } from '../sessions/form-problem.ts';
import { type DosingDay, useAddBaseline, useOverrideBaseline, type VitalSign } from './api.ts';
import { safetySummary } from './drafts.ts';
import { VitalsForm } from './VitalsForm.tsx';
import { VitalsTable } from './VitalsSection.tsx';

export function BaselineSection(props: {
  day: DosingDay;
  canRecord: boolean;
  canOverride: boolean;
  zone: string;
}) {
  const { day, canRecord, canOverride, zone } = props;
  const { t } = useT('dosing');
  const add = useAddBaseline(day.sessionId, day.enrollmentId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="baseline-heading">
      <Title order={2} size="h4" id="baseline-heading" mb="xs">
        {t('baseline.title')}
      </Title>
      <Text size="sm" mb="sm">
        {safetySummary(day.safety)}
      </Text>
      <VitalsTable
        vitals={day.baselineVitals}
        zone={zone}
        action={(v) =>
          canOverride ? (
            <OverrideControl vital={v} />
          ) : (
            <Text size="sm" mt={4}>
              {t('baseline.onlyClinician')}
            </Text>
          )
        }
      />
      {!day.gate.allowed && day.gate.message && (
        <Alert color="red" title={t('baseline.blocked')} mt="sm" role="alert">
          {fieldMessage({
            field: 'baseline',
            message: day.gate.message,
            ...(day.gate.code ? { code: day.gate.code, params: day.gate.params } : {}),
          })}
        </Alert>
      )}
      {day.gate.allowed && day.gate.overridden && (
        <Alert color="blue" title={t('baseline.overriddenTitle')} mt="sm">
          {t('baseline.overriddenBody')}
        </Alert>
      )}
      {canRecord && (
        <VitalsForm
          phases={['baseline']}
          safety={day.safety}
          zone={zone}
          title={t('baseline.add')}
          idPrefix="baseline"
          mutation={add}
        />
      )}
    </Paper>
  );
}

function OverrideControl({ vital }: { vital: VitalSign }) {
  const { t } = useT('dosing');
  const override = useOverrideBaseline();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const id = `override-${vital.id}`;
  if (!open)
    return (
      <Button size="xs" variant="light" color="red" mt={6} onClick={() => setOpen(true)}>
        {t('baseline.override')}
      </Button>
    );
  const save = () => {
    setProblem(null);
    if (!reason.trim()) {
      setError(t('baseline.giveReason'));
      document.getElementById(id)?.focus();
      return;
    }
    override.mutate(
      { id: vital.id, reason: reason.trim() },
      {
        onSuccess: () => notifications.show({ color: 'blue', message: t('baseline.overrideSaved') }),
        onError: (e) => {
          const { fields, problem: p } = formErrorsFrom(
            e,
            { reason: t('baseline.reason') },
            t('baseline.notSaved'),
          );
          setError(fields.reason ?? null);
          setProblem(p);
        },
      },
    );
  };
  return (
    <Stack gap={6} mt={6}>
      {problem && <FormProblemAlert problem={problem} />}
      <Textarea
        id={id}
        label={t('baseline.reasonLabel')}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setError(null);
        }}
        error={error}
        maxLength={OVERRIDE_REASON_MAX_LENGTH}
        autosize
        minRows={2}
      />
      <Group gap="xs">
        <Button size="xs" color="red" onClick={save} loading={override.isPending}>
          {t('baseline.record')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          {t('common:cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
