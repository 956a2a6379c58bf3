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
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { type Enrollment, useTransition } from './api.ts';
import { ENROLLMENT_STATUS_LABELS, TRANSITION_ACTIONS } from './labels.ts';

const EXPLAIN: Partial<Record<EnrollmentStatus, string>> = {
  screening: 'The client moves to screening: the contraindication checklist is the next step.',
  active:
    'The client is active in the program. This also happens by itself when they attend a session, when the day of their first session passes, or when the first dose is recorded.',
  completed:
    'The client has finished the program. This also happens by itself once their last session and every follow-up questionnaire window are over.',
  withdrawn:
    'The client leaves the program: their future personal sessions are cancelled and they are removed from future group sessions. This cannot be undone.',
};

export function TransitionControls({ enrollment }: { enrollment: Enrollment }) {
  const [to, setTo] = useState<EnrollmentStatus | null>(null);
  const targets = MANUAL_TRANSITIONS[enrollment.status];
  if (targets.length === 0) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={`Change the status of ${enrollment.program.name}`}>
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setError('Say why the client is withdrawn.');
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
            message: `${enrollment.client.name}: ${enrollment.program.name} is now ${ENROLLMENT_STATUS_LABELS[to].toLowerCase()}.`,
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
        {transition.isError && <ErrorAlert error={transition.error} title="The status did not change" />}
        <Textarea
          id="transition-reason"
          label={needsReason ? 'Reason for withdrawing' : 'Reason (optional)'}
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
            Cancel
          </Button>
          <Button
            type="submit"
            loading={transition.isPending}
            color={to === 'withdrawn' ? 'red.9' : undefined}
          >
            {TRANSITION_ACTIONS[to] ?? 'Change status'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
