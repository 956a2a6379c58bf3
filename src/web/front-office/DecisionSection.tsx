/**
 * The clinician's decision on an application: shown once made (who, when, reasons); before that,
 * a form for roles the server lets decide, and for everyone else a note that a clinician decides.
 */
import { Alert, Badge, Button, Group, List, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { ApiError, fieldMessage } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDateTime } from '../ui/format.ts';
import { requiredField } from '../ui/required.ts';
import { type ApplicationDetail, frontOfficeKeys, useDecide } from './api.ts';

export function DecisionSection({ application }: { application: ApplicationDetail }) {
  const { t } = useT('frontOffice');
  const canDecide = useCan('screening.decide');
  const d = application.decision;
  return (
    <Section title={t('decision.title')} id="application-decision">
      {d ? (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge color={d.decision === 'eligible' ? 'green' : 'red'} variant="light" tt="none" size="lg">
              {t(`decision.${d.decision}`)}
            </Badge>
            <Text size="sm">
              {d.decidedBy
                ? t('decision.by', { name: d.decidedBy.name, when: formatDateTime(d.decidedAt) })
                : t('decision.bySystem', { when: formatDateTime(d.decidedAt) })}
            </Text>
          </Group>
          <Text size="sm" fw={600}>
            {t('decision.reasons')}
          </Text>
          <List size="sm">
            {d.reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Stack>
      ) : canDecide && application.status === 'submitted' ? (
        <DecisionForm application={application} />
      ) : (
        <Stack gap={4}>
          <Text size="sm">{t('decision.awaiting')}</Text>
          {!canDecide && <Text size="sm">{t('decision.notYours')}</Text>}
        </Stack>
      )}
    </Section>
  );
}

type Choice = '' | 'eligible' | 'ineligible';
interface Errors {
  decision?: string | undefined;
  reasons?: string | undefined;
}

function DecisionForm({ application }: { application: ApplicationDetail }) {
  const { t } = useT('frontOffice');
  const decide = useDecide(application.id);
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Choice>('');
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string | null>(null);
  // The server's rule, shown before it refuses: no eligible over a reported hard stop or "does not know".
  const blocked = application.reported.hardStops.length > 0 || application.reported.unknown.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lines = reasons
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const local: Errors = {
      ...(choice ? {} : { decision: t('decision.chooseDecision') }),
      ...(lines.length ? {} : { reasons: t('decision.reasonsRequired') }),
    };
    setErrors(local);
    setOther(null);
    if (!choice || !lines.length) {
      document.getElementById(choice ? 'decision-reasons' : 'decision-eligible')?.focus();
      return;
    }
    decide.mutate(
      { decision: choice, reasons: lines, version: application.version },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('decision.saved') }),
        onError: (error) => {
          const current = error instanceof ApiError ? error.extra.current : undefined;
          if (current && typeof current === 'object' && 'version' in current) {
            queryClient.setQueryData(frontOfficeKeys.application(application.id), current);
          }
          const fields = error instanceof ApiError ? error.fieldErrors : [];
          const reasonsError = fields.find((f) => f.field.startsWith('reasons'));
          setErrors({ reasons: reasonsError ? fieldMessage(reasonsError) : undefined });
          if (!reasonsError)
            setOther(error instanceof ApiError ? (error.detail ?? error.title) : String(error));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('decision.form')}>
      <Stack gap="sm">
        {other && (
          <Alert color="red" role="alert" title={t('decision.notSaved')}>
            {other}
          </Alert>
        )}
        <Radio.Group
          label={t('decision.choice')}
          value={choice}
          onChange={(v) => {
            setChoice(v as Choice);
            setErrors((e) => ({ ...e, decision: undefined }));
          }}
          error={errors.decision}
          {...requiredField}
        >
          <Group mt={4} gap="lg">
            <Radio
              id="decision-eligible"
              value="eligible"
              label={t('decision.eligible')}
              disabled={blocked}
              description={blocked ? t('decision.eligibleBlocked') : undefined}
            />
            <Radio value="ineligible" label={t('decision.ineligible')} />
          </Group>
        </Radio.Group>
        <Textarea
          id="decision-reasons"
          label={t('decision.reasonsLabel')}
          description={t('decision.reasonsHint')}
          autosize
          minRows={3}
          value={reasons}
          onChange={(e) => {
            setReasons(e.currentTarget.value);
            setErrors((x) => ({ ...x, reasons: undefined }));
          }}
          error={errors.reasons}
          {...requiredField}
        />
        <Group>
          <Button type="submit" loading={decide.isPending}>
            {t('decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
