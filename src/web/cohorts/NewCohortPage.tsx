/**
 * A new cohort of a cohort-format program: its start date (program day 0), room, places and
 * facilitators. Before saving, the group sessions it will create are listed with their dates.
 */
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDay, formatTimeRange, isIsoDate, useOrgTimezone } from '../calendar/time.ts';
import { api } from '../http/http.ts';
import { type Preview, useProgram, usePrograms } from '../programs/api.ts';
import { PHASE_LABELS } from '../programs/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { requiredField } from '../ui/required.ts';
import { useCreateCohort } from './api.ts';
import {
  type CohortDraft,
  type CohortErrors,
  type CohortField,
  CohortFields,
  checkCohort,
  cohortErrorsFrom,
  cohortFieldId,
  focusFirst,
  useChosenRoom,
} from './CohortFields.tsx';

export function NewCohortPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const programs = usePrograms('active');
  const cohortPrograms = (programs.data?.items ?? []).filter((p) => p.format === 'cohort');
  const [programId, setProgramId] = useState(params.get('programId') ?? '');
  const [startDate, setStartDate] = useState('');
  const [draft, setDraft] = useState<CohortDraft>({
    name: '',
    location: '',
    roomId: '',
    capacity: '',
    exceedRoom: false,
    facilitatorIds: [],
  });
  const room = useChosenRoom(draft.roomId);
  const [errors, setErrors] = useState<CohortErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const create = useCreateCohort();

  const chosen = cohortPrograms.find((p) => p.id === programId) ? programId : '';

  const onChange = (patch: Partial<CohortDraft>, field: CohortField) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: CohortErrors = {
      ...(chosen ? {} : { programId: 'Choose the program.' }),
      ...(isIsoDate(startDate) ? {} : { startDate: 'Enter the start date (program day 0).' }),
      ...checkCohort(draft, room),
    };
    setErrors(local);
    setOther([]);
    if (Object.values(local).some(Boolean)) {
      focusFirst(local);
      return;
    }
    create.mutate(
      {
        programId: chosen,
        name: draft.name.trim(),
        startDate,
        location: draft.location.trim() || null,
        roomId: draft.roomId || null,
        capacity: Number(draft.capacity.trim()),
        ...(draft.exceedRoom ? { exceedRoomCapacity: true } : {}),
        facilitatorIds: draft.facilitatorIds,
      },
      {
        onSuccess: (cohort) => {
          notifications.show({
            color: 'teal',
            message: `${cohort.name} created with ${cohort.sessions.length} group ${cohort.sessions.length === 1 ? 'session' : 'sessions'}.`,
          });
          navigate(`/cohorts/${cohort.id}`);
        },
        onError: (error) => {
          const { fields, other: rest } = cohortErrorsFrom(error);
          setErrors(fields);
          setOther(rest);
          focusFirst(fields);
        },
      },
    );
  };

  return (
    <Stack gap={0} maw={860}>
      <Anchor component={Link} to="/cohorts" size="sm" mb="xs">
        ← All cohorts
      </Anchor>
      <PageHeader title="New cohort" />
      {programs.isError ? (
        <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />
      ) : !programs.data ? (
        <PageLoader label="Loading programs" />
      ) : cohortPrograms.length === 0 ? (
        <Text>
          No active program has the cohort format. A cohort follows a program whose clients start together:{' '}
          <Anchor component={Link} to="/programs">
            set one up under Programs
          </Anchor>
          .
        </Text>
      ) : (
        <form onSubmit={submit} noValidate aria-label="New cohort">
          <Stack gap="md">
            {other.length > 0 && (
              <Alert color="red" role="alert" title="The cohort was not created">
                {other.join(' ')}
              </Alert>
            )}
            <Text size="sm">Fields marked * are required.</Text>
            <NativeSelect
              id={cohortFieldId('programId')}
              label="Program"
              value={chosen}
              onChange={(e) => {
                setProgramId(e.currentTarget.value);
                setErrors((x) => ({ ...x, programId: undefined }));
              }}
              error={errors.programId}
              data={[
                ...(chosen ? [] : [{ value: '', label: 'Choose…' }]),
                ...cohortPrograms.map((p) => ({
                  value: p.id,
                  label: `${p.name} (version ${p.currentVersion})`,
                })),
              ]}
              {...requiredField}
            />
            <TextInput
              id={cohortFieldId('startDate')}
              label="Start date"
              description="Program day 0: the group sessions are scheduled from it"
              type="date"
              value={startDate}
              onChange={(e) => {
                setStartDate(e.currentTarget.value);
                setErrors((x) => ({ ...x, startDate: undefined }));
              }}
              error={errors.startDate}
              maw={240}
              {...requiredField}
            />
            <CohortFields draft={draft} onChange={onChange} errors={errors} currentFacilitators={[]} />
            {chosen && isIsoDate(startDate) && (
              <GroupSessionsPreview programId={chosen} startDate={startDate} />
            )}
            <Group>
              <Button type="submit" loading={create.isPending}>
                Create cohort
              </Button>
              <Button variant="default" onClick={() => navigate('/cohorts')} disabled={create.isPending}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The group sessions the cohort will create, computed by the server from the program and date. */
function GroupSessionsPreview({ programId, startDate }: { programId: string; startDate: string }) {
  const program = useProgram(programId);
  const { timezone } = useOrgTimezone();
  const definition = program.data?.definition;
  const preview = useQuery({
    queryKey: ['programs', 'preview', programId, program.data?.currentVersion ?? 0, startDate],
    queryFn: () => api.post<Preview>('/api/programs/preview', { definition, startDate }),
    enabled: Boolean(definition),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const group = (preview.data?.sessions ?? []).filter((s) => s.kind === 'group');
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="cohort-preview">
      <Title order={2} size="h5" id="cohort-preview" mb={4}>
        Group sessions this cohort will have
      </Title>
      {preview.isError ? (
        <ErrorAlert error={preview.error} title="No preview" />
      ) : !preview.data ? (
        <Text size="sm">Working out the dates…</Text>
      ) : group.length === 0 ? (
        <Text size="sm">
          The program has no group sessions: each client's personal sessions are made when they enroll.
        </Text>
      ) : (
        <>
          <List size="sm" spacing={2}>
            {group.map((s) => (
              <List.Item key={`${s.planKey}-${s.occurrence}`}>
                <time dateTime={s.startsAt}>{formatDay(s.startsAt, timezone)}</time>,{' '}
                {formatTimeRange(s.startsAt, s.endsAt, timezone)}: {s.name} ({PHASE_LABELS[s.phase]}
                {s.dosing ? ', dosing' : ''})
              </List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            Times in {timezone}. Personal sessions are added for each client when they enroll.
          </Text>
        </>
      )}
    </Paper>
  );
}
