/**
 * The status changes staff may request directly (referred → screening, consented → active, active →
 * completed, withdraw from any open status). Eligible/not eligible come from the clinician's
 * decision and consented from recording consent, so they are not offered here. Each change is
 * confirmed in a dialog; withdrawing needs a reason.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { MANUAL_TRANSITIONS } from '../../domain/programs/status.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { useT } from '../i18n/i18n.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { type Enrollment, useTransition } from './api.ts';
import { ENROLLMENT_STATUS_LABELS, TRANSITION_ACTIONS } from './labels.ts';

const EXPLAIN: Partial<Record<EnrollmentStatus, string>> = translatedLabels(
  'enrollments:transition.explain',
  ['screening', 'active', 'completed', 'withdrawn'] as const,
);

export function TransitionControls({ enrollment }: { enrollment: Enrollment }) {
  const [to, setTo] = useState<EnrollmentStatus | null>(null);
  const targets = MANUAL_TRANSITIONS[enrollment.status];
  const { t: tr } = useT('enrollments');
  if (targets.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={tr('transition.group', { program: enrollment.program.name })}>
        {targets.map((t) => (
          <Button
            key={t}
            size="xs"
            variant={t === 'withdrawn' ? 'outline' : 'light'}
            color={t === 'withdrawn' ? 'red.9' : undefined}
            onClick={() => setTo(t)}
          >
            {TRANSITION_ACTIONS[t] ?? ENROLLMENT_STATUS_LABELS[t]}
          </Button>
        ))}
      </Group>
      <Modal
        opened={to !== null}
        onClose={() => setTo(null)}
        title={
          to ? `${TRANSITION_ACTIONS[to] ?? ENROLLMENT_STATUS_LABELS[to]}: ${enrollment.program.name}` : ''
        }
      >
        {to && <TransitionForm enrollment={enrollment} to={to} onDone={() => setTo(null)} />}
      </Modal>
    </>
  );
}

function TransitionForm({
  enrollment,
  to,
  onDone,
}: {
  enrollment: Enrollment;
  to: EnrollmentStatus;
  onDone: () => void;
}) {
  const transition = useTransition(enrollment.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const needsReason = to === 'withdrawn';
  const { t } = useT('enrollments');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setError(t('transition.reasonMissing'));
      document.getElementById('transition-reason')?.focus();
      return;
    }
    setError(null);
    transition.mutate(
      { to, version: enrollment.version, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('transition.done', {
              client: enrollment.client.name,
              program: enrollment.program.name,
              status: ENROLLMENT_STATUS_LABELS[to].toLowerCase(),
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
        <Text size="sm">{EXPLAIN[to]}</Text>
        {transition.isError && <ErrorAlert error={transition.error} title={t('transition.failed')} />}
        <Textarea
          id="transition-reason"
          label={needsReason ? t('transition.reasonRequired') : t('transition.reasonOptional')}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          maxLength={1000}
          autosize
          minRows={2}
          {...(needsReason ? requiredField : {})}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={transition.isPending}>
            {t('common:cancel')}
          </Button>
          <Button
            type="submit"
            loading={transition.isPending}
            color={to === 'withdrawn' ? 'red.9' : undefined}
          >
            {TRANSITION_ACTIONS[to] ?? t('transition.change')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
