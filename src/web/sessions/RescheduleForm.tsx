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
import { requiredField } from '../ui/required.ts';
import { type Conflict, conflictsFrom, type SessionDetail, useReschedule } from './api.ts';
import { type FormProblem, formErrorsFrom } from './form-problem.ts';
import { fromZoneInput, toZoneInput } from './time.ts';

const LABELS = { startsAt: 'New start', endsAt: 'New end', reason: 'Reason for the change' } as const;
type Field = keyof typeof LABELS;

export function RescheduleForm({ session, zone }: { session: SessionDetail; zone: string }) {
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
    if (!start) local.startsAt = 'Enter the new start date and time.';
    if (!end) local.endsAt = 'Enter the new end date and time.';
    if (start && end && Date.parse(end) <= Date.parse(start))
      local.endsAt = 'The end must be after the start.';
    if (!reason.trim()) local.reason = 'Say why the session moves.';
    setErrors(local);
    const first = (Object.keys(LABELS) as Field[]).find((f) => local[f]);
    if (first) {
      document.getElementById(`reschedule-${first}`)?.focus();
      return;
    }
    reschedule.mutate(
      { startsAt: start, endsAt: end, reason: reason.trim(), version: session.version },
      {
        onSuccess: () => {
          setReason('');
          notifications.show({ color: 'teal', message: 'Session moved. Attendees’ calendars update.' });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            const found = conflictsFrom(error.extra);
            setConflicts(found);
            setProblem({
              title: found.length ? 'The session cannot move to that time' : error.title,
              messages: [error.detail ?? 'Reload the page and try again.'],
            });
            return;
          }
          const { fields, problem: p } = formErrorsFrom(error, LABELS, 'The session was not moved');
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
          Reschedule
        </Title>
        {problem && <FormProblemAlert problem={problem} />}
        {conflicts.length > 0 && (
          <Alert color="red" title={`${conflicts.length === 1 ? 'Conflict' : 'Conflicts'} at the new time`}>
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
                        Open the other session
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id="reschedule-startsAt"
            type="datetime-local"
            label={LABELS.startsAt}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            error={errors.startsAt}
            {...requiredField}
          />
          <TextInput
            id="reschedule-endsAt"
            type="datetime-local"
            label={LABELS.endsAt}
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
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
        <Text size="sm">
          Facilitators, clients and the room are checked for double bookings before it moves.
        </Text>
        <Group>
          <Button type="submit" loading={reschedule.isPending}>
            Move session
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
