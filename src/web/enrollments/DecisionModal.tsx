/**
 * The clinician's eligibility decision on a screening, with its rationale. "Eligible" is only
 * possible when no hard stop applies and every item is answered; the form says why otherwise.
 */
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/t-key.ts';
import { formatDateTimeIn, useOrgTimezone } from '../sessions/time.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { requiredField } from '../ui/required.ts';
import { type Enrollment, type Screening, useDecide } from './api.ts';

interface Props {
  enrollment: Enrollment;
  screening: Screening;
  opened: boolean;
  onClose: () => void;
}

export function DecisionModal({ enrollment, screening, opened, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={tKey('enrollments:decision.title', { client: enrollment.client.name })}
      size="lg"
    >
      {opened && <DecisionForm enrollment={enrollment} screening={screening} onDone={onClose} />}
    </Modal>
  );
}

function DecisionForm({
  enrollment,
  screening,
  onDone,
}: {
  enrollment: Enrollment;
  screening: Screening;
  onDone: () => void;
}) {
  const decide = useDecide(enrollment.id);
  const [decision, setDecision] = useState<'eligible' | 'ineligible' | ''>('');
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; rationale?: string }>({});
  const { hardStops, unanswered } = screening.evaluation;
  const { timezone } = useOrgTimezone();
  const { t } = useT('enrollments');
  const blocked = hardStops.length > 0 || unanswered.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: typeof errors = {};
    if (!decision) local.decision = t('decision.missingDecision');
    if (!rationale.trim()) local.rationale = t('decision.missingRationale');
    setErrors(local);
    if (local.decision) {
      document.getElementById('decision-eligible')?.focus();
      return;
    }
    if (local.rationale) {
      document.getElementById('decision-rationale')?.focus();
      return;
    }
    decide.mutate(
      {
        screeningId: screening.id,
        decision: decision as 'eligible' | 'ineligible',
        rationale: rationale.trim(),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(decision === 'eligible' ? 'decision.savedEligible' : 'decision.savedIneligible', {
              client: enrollment.client.name,
              program: enrollment.program.name,
            }),
          });
          onDone();
        },
        onError: (error) => {
          const r =
            error instanceof ApiError ? error.fieldErrors.find((f) => f.field === 'rationale') : undefined;
          if (r) setErrors((e) => ({ ...e, rationale: fieldMessage(r) }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('decision.summary', {
            date: formatDateTimeIn(screening.recordedAt, timezone),
            by: screening.recordedBy ? t('decision.by', { name: screening.recordedBy.name }) : '',
            hardStops: hardStops.length,
            cautions: screening.evaluation.cautions.length,
            unanswered: unanswered.length,
          })}
        </Text>
        {decide.isError && <ErrorAlert error={decide.error} title={t('decision.notSaved')} />}
        <Radio.Group
          label={t('decision.decision')}
          value={decision}
          onChange={(v) => {
            setDecision(v as 'eligible' | 'ineligible');
            setErrors((e) => ({ ...e, decision: undefined }));
          }}
          error={errors.decision}
          {...requiredField}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              id="decision-eligible"
              value="eligible"
              label={t('decision.eligible')}
              disabled={blocked}
              description={
                blocked
                  ? hardStops.length
                    ? t('decision.blockedByHardStop', { items: hardStops.map((h) => h.text).join('; ') })
                    : t('decision.blockedByUnanswered')
                  : undefined
              }
              classNames={{ radio: 'threshold-radio' }}
            />
            <Radio
              id="decision-ineligible"
              value="ineligible"
              label={t('decision.ineligible')}
              classNames={{ radio: 'threshold-radio' }}
            />
          </Stack>
        </Radio.Group>
        <Textarea
          id="decision-rationale"
          label={t('decision.rationale')}
          description={t('decision.rationaleHint')}
          value={rationale}
          onChange={(e) => {
            setRationale(e.currentTarget.value);
            setErrors((er) => ({ ...er, rationale: undefined }));
          }}
          error={errors.rationale}
          autosize
          minRows={3}
          maxLength={2000}
          {...requiredField}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={decide.isPending}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending}>
            {t('decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
