/**
 * Moving a session: new start and end, and why. A move that double-books a facilitator, a client
 * or the room is refused (409); each conflict is listed with a link to the other session.
 */
import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FormProblemAlert } from '../clients/FormProblemAlert.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { translatedLabels } from '../i18n/labels.ts';
import { DateTimeField } from '../ui/dates/DateTimeField.tsx';
import { requiredField } from '../ui/required.ts';
import { type Conflict, conflictsFrom, type SessionDetail, useReschedule } from './api.ts';
import { type FormProblem, formErrorsFrom } from './form-problem.ts';
import { fromZoneInput, toZoneInput } from './time.ts';

const FIELDS = ['startsAt', 'endsAt', 'reason'] as const;
type Field = (typeof FIELDS)[number];
const LABELS: Record<Field, string> = translatedLabels('sessions:reschedule', FIELDS);

export function RescheduleForm({ session, zone }: { session: SessionDetail; zone: string }) {
  const { t } = useT('sessions');
  const reschedule = useReschedule(session.id);
  const [startsAt, setStartsAt] = useState(() => toZoneInput(session.startsAt, zone));
  const [endsAt, setEndsAt] = useState(() => toZoneInput(session.endsAt, zone));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setConflicts([]);
    const local: Partial<Record<Field, string>> = {};
    const start = fromZoneInput(startsAt, zone);
    const end = fromZoneInput(endsAt, zone);
    if (!start) local.startsAt = t('reschedule.enterStart');
    if (!end) local.endsAt = t('reschedule.enterEnd');
    if (start && end && Date.parse(end) <= Date.parse(start)) local.endsAt = t('reschedule.endAfterStart');
    if (!reason.trim()) local.reason = t('reschedule.sayWhy');
    setErrors(local);
    const first = FIELDS.find((f) => local[f]);
    if (first) {
      document.getElementById(`reschedule-${first}`)?.focus();
      return;
    }
    reschedule.mutate(
      { startsAt: start, endsAt: end, reason: reason.trim(), version: session.version },
      {
        onSuccess: () => {
          setReason('');
          notifications.show({ color: 'teal', message: t('reschedule.moved') });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            const found = conflictsFrom(error.extra);
            setConflicts(found);
            setProblem({
              title: found.length ? t('reschedule.cannotMove') : error.title,
              messages: [error.detail ?? t('reschedule.reload')],
            });
            return;
          }
          const { fields, problem: p } = formErrorsFrom(error, LABELS, t('reschedule.notMoved'));
          setErrors(fields);
          setProblem(p);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="reschedule-heading">
      <Stack gap="sm">
        <Title order={3} size="h5" id="reschedule-heading">
          {t('reschedule.title')}
        </Title>
        {problem && <FormProblemAlert problem={problem} />}
        {conflicts.length > 0 && (
          <Alert color="red" title={t('reschedule.conflicts', { count: conflicts.length })}>
            <List size="sm">
              {conflicts.map((c) => (
                <List.Item key={`${c.kind}-${c.otherSessionId ?? ''}-${c.userId ?? c.clientId ?? ''}`}>
                  {c.message}
                  {c.otherSessionId && (
                    <>
                      {' '}
                      <Anchor
                        component={Link}
                        to={`/sessions/${encodeURIComponent(c.otherSessionId)}`}
                        c="inherit"
                        underline="always"
                        fw={600}
                      >
                        {t('reschedule.openOther')}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateTimeField
            zone={zone}
            id="reschedule-startsAt"
            label={LABELS.startsAt}
            value={startsAt}
            onChange={(value) => setStartsAt(value)}
            error={errors.startsAt}
            {...requiredField}
          />
          <DateTimeField
            zone={zone}
            id="reschedule-endsAt"
            label={LABELS.endsAt}
            value={endsAt}
            onChange={(value) => setEndsAt(value)}
            error={errors.endsAt}
            {...requiredField}
          />
        </SimpleGrid>
        <TextInput
          id="reschedule-reason"
          label={LABELS.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          maxLength={500}
          {...requiredField}
        />
        <Text size="sm">{t('reschedule.checked')}</Text>
        <Group>
          <Button type="submit" loading={reschedule.isPending}>
            {t('reschedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
