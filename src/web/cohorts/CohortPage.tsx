/**
 * One cohort: its details (editable), the roster with each client's status, enrolling a client,
 * and the cohort's sessions in the organization's time zone.
 */
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { SessionRows } from '../calendar/SessionRows.tsx';
import { useOrgTimezone } from '../calendar/time.ts';
import { Section } from '../evidence/Section.tsx';
import { ApiError } from '../http/problem.ts';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type Cohort, cohortKeys, useCohort, useUpdateCohort } from './api.ts';
import {
  type CohortDraft,
  type CohortErrors,
  type CohortField,
  CohortFields,
  checkCohort,
  cohortErrorsFrom,
  focusFirst,
  useChosenRoom,
} from './CohortFields.tsx';
import { EnrollClient } from './EnrollClient.tsx';
import { ENROLLMENT_STATUS_COLORS, ENROLLMENT_STATUS_LABELS } from './labels.ts';

export function CohortPage() {
  const { id = '' } = useParams();
  const query = useCohort(id);
  const canManage = useCan('cohort.manage');
  const canEnroll = useCan('enrollment.manage');
  const canReadClients = useCan('client.read');
  const { timezone } = useOrgTimezone();
  const [editing, setEditing] = useState(false);

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return (
        <NotFoundPage
          title="Cohort not found"
          message="There is no cohort with this address in this organization."
        />
      );
    }
    return (
      <>
        <PageHeader title="Cohort" />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label="Loading cohort" />;
  const cohort = query.data;
  const full = cohort.enrolled >= cohort.capacity;
  const cancelled = cohort.cancelledAt !== null;

  return (
    <Stack gap={0} maw={1000}>
      <Anchor component={Link} to="/cohorts" size="sm" mb="xs">
        ← All cohorts
      </Anchor>
      <PageHeader
        title={cohort.name}
        actions={
          canManage && !editing && !cancelled && <Button onClick={() => setEditing(true)}>Edit</Button>
        }
      >
        <Group gap="xs" mt={4}>
          {cancelled && (
            <Badge color="gray" variant="light" tt="none">
              Cancelled
            </Badge>
          )}
          <Text size="sm">
            {cohort.program.name} (version {cohort.programVersion}) · starts{' '}
            <time dateTime={cohort.startDate}>{formatDate(cohort.startDate)}</time>
          </Text>
        </Group>
      </PageHeader>
      <Stack gap="lg">
        <Section title="Details" id="cohort-details">
          {editing ? (
            <CohortEditor cohort={cohort} onDone={() => setEditing(false)} />
          ) : (
            <DataList
              items={[
                {
                  label: 'Program',
                  value: (
                    <Anchor component={Link} to={`/programs/${cohort.program.id}`}>
                      {cohort.program.name}
                    </Anchor>
                  ),
                },
                { label: 'Start date (day 0)', value: formatDate(cohort.startDate) },
                { label: 'Location', value: cohort.location ?? 'Not set' },
                {
                  label: 'Room',
                  value: cohort.room ? `${cohort.room.name} (holds ${cohort.room.capacity})` : 'No room',
                },
                {
                  label: 'Places',
                  value: `${cohort.enrolled} of ${cohort.capacity} taken${full ? ' (full)' : ''}`,
                },
                {
                  label: 'Facilitators',
                  value: cohort.facilitators.length
                    ? cohort.facilitators.map((f) => f.name).join(', ')
                    : 'None assigned',
                },
              ]}
            />
          )}
        </Section>
        <Section
          title="Roster"
          id="cohort-roster"
          actions={canEnroll && !cancelled && <EnrollClient cohort={cohort} disabled={full} />}
        >
          {full && canEnroll && (
            <Text size="sm" mb="xs">
              Every place is taken. Raise the number of places to enroll more clients.
            </Text>
          )}
          {cohort.roster.length === 0 ? (
            <Text size="sm">No clients are enrolled yet.</Text>
          ) : (
            <ScrollTable label="Roster" minWidth={300}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Client</Table.Th>
                  <Table.Th scope="col">Arm</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cohort.roster.map((r) => (
                  <Table.Tr key={r.enrollmentId}>
                    <Table.Td>
                      {canReadClients ? (
                        <Anchor component={Link} to={`/clients/${r.clientId}`} fw={600}>
                          {r.name}
                        </Anchor>
                      ) : (
                        r.name
                      )}
                    </Table.Td>
                    <Table.Td>{r.arm ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={ENROLLMENT_STATUS_COLORS[r.status]} variant="light" tt="none">
                        {ENROLLMENT_STATUS_LABELS[r.status]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
        </Section>
        <Section title="Sessions" id="cohort-sessions">
          <Text size="sm" mb="xs">
            The cohort's group sessions. Times in {timezone}.{' '}
            <Anchor component={Link} to={`/calendar?view=week&date=${cohort.startDate}`} size="sm">
              Open the week on the calendar
            </Anchor>
          </Text>
          {cohort.sessions.length === 0 ? (
            <Text size="sm">The program has no group sessions.</Text>
          ) : (
            <SessionRows
              label="Cohort sessions"
              timezone={timezone}
              showPhase
              rows={[...cohort.sessions]
                .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
                .map((s) => ({ ...s, key: s.id, href: `/sessions/${s.id}` }))}
            />
          )}
        </Section>
      </Stack>
    </Stack>
  );
}

function draftOf(cohort: Cohort): CohortDraft {
  return {
    name: cohort.name,
    location: cohort.location ?? '',
    roomId: cohort.room?.id ?? '',
    capacity: String(cohort.capacity),
    exceedRoom: cohort.room !== null && cohort.capacity > cohort.room.capacity,
    facilitatorIds: cohort.facilitators.map((f) => f.id),
  };
}

function CohortEditor({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const update = useUpdateCohort(cohort.id);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CohortDraft>(() => draftOf(cohort));
  const room = useChosenRoom(draft.roomId);
  const [base, setBase] = useState(cohort.version);
  const [errors, setErrors] = useState<CohortErrors>({});
  const [other, setOther] = useState<string[]>([]);
  /** The latest cohort when someone else saved first. */
  const [stale, setStale] = useState<Cohort | null>(null);

  const onChange = (patch: Partial<CohortDraft>, field: CohortField) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = checkCohort(draft, room);
    setErrors(local);
    setOther([]);
    if (Object.values(local).some(Boolean)) {
      focusFirst(local);
      return;
    }
    update.mutate(
      {
        version: base,
        name: draft.name.trim(),
        location: draft.location.trim() || null,
        roomId: draft.roomId || null,
        capacity: Number(draft.capacity.trim()),
        ...(draft.exceedRoom ? { exceedRoomCapacity: true } : {}),
        facilitatorIds: draft.facilitatorIds,
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: `${saved.name} saved.` });
          onDone();
        },
        onError: (error) => {
          const current = error instanceof ApiError && error.status === 409 ? error.extra.current : undefined;
          if (current && typeof current === 'object' && 'version' in current) {
            queryClient.setQueryData(cohortKeys.detail(cohort.id), current);
            setStale(current as Cohort);
            return;
          }
          const { fields, other: rest } = cohortErrorsFrom(error);
          setErrors(fields);
          setOther(rest);
          focusFirst(fields);
        },
      },
    );
  };

  const reload = () => {
    if (!stale) return;
    setDraft(draftOf(stale));
    setBase(stale.version);
    setStale(null);
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Edit cohort">
      <Stack gap="sm">
        {stale && (
          <Alert color="orange" role="alert" title="Someone else saved this cohort while you were editing">
            <Stack gap="xs">
              <Text size="sm">
                Your changes have not been saved; they are still in the form. Load the latest version, or keep
                your changes and save again to replace theirs.
              </Text>
              <Group>
                <Button variant="default" size="xs" onClick={reload}>
                  Load the latest (discard my changes)
                </Button>
                <Button
                  size="xs"
                  onClick={() => {
                    if (stale) setBase(stale.version);
                    setStale(null);
                  }}
                >
                  Keep my changes
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {other.length > 0 && (
          <Alert color="red" role="alert" title="Not saved">
            {other.join(' ')}
          </Alert>
        )}
        <CohortFields
          draft={draft}
          onChange={onChange}
          errors={errors}
          currentFacilitators={cohort.facilitators}
        />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={stale !== null}>
            Save cohort
          </Button>
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
