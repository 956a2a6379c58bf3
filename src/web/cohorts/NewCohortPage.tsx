/**
 * A new cohort of a cohort-format program: its start date (program day 0), room, places and
 * facilitators. Before saving, the group sessions it will create are listed with their dates.
 */
import { Alert, Anchor, Button, Group, List, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDay, formatTimeRange, isIsoDate, useOrgTimezone } from '../calendar/time.ts';
import { api } from '../http/http.ts';
import { useT } from '../i18n/i18n.ts';
import { type Preview, useProgram, usePrograms } from '../programs/api.ts';
import { PHASE_LABELS } from '../programs/labels.ts';
import { DateField } from '../ui/dates/DateField.tsx';
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
  const { t } = useT('cohorts');
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
      ...(chosen ? {} : { programId: t('new.chooseProgram') }),
      ...(isIsoDate(startDate) ? {} : { startDate: t('new.enterStart') }),
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
            message: t('new.created', { name: cohort.name, count: cohort.sessions.length }),
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
        {t('new.allCohorts')}
      </Anchor>
      <PageHeader title={t('new.title')} />
      {programs.isError ? (
        <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />
      ) : !programs.data ? (
        <PageLoader label={t('new.loadingPrograms')} />
      ) : cohortPrograms.length === 0 ? (
        <Text>
          <Trans
            t={t}
            i18nKey="new.noProgram"
            components={{ link: <Anchor component={Link} to="/programs" /> }}
          />
        </Text>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('new.form')}>
          <Stack gap="md">
            {other.length > 0 && (
              <Alert color="red" role="alert" title={t('new.notCreated')}>
                {other.join(' ')}
              </Alert>
            )}
            <Text size="sm">{t('new.requiredNote')}</Text>
            <NativeSelect
              id={cohortFieldId('programId')}
              label={t('new.program')}
              value={chosen}
              onChange={(e) => {
                setProgramId(e.currentTarget.value);
                setErrors((x) => ({ ...x, programId: undefined }));
              }}
              error={errors.programId}
              data={[
                ...(chosen ? [] : [{ value: '', label: t('new.choose') }]),
                ...cohortPrograms.map((p) => ({
                  value: p.id,
                  label: t('new.programOption', { name: p.name, version: p.currentVersion }),
                })),
              ]}
              {...requiredField}
            />
            <DateField
              id={cohortFieldId('startDate')}
              label={t('new.startDate')}
              description={t('new.startHint')}
              value={startDate}
              onChange={(value) => {
                setStartDate(value);
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
                {t('new.create')}
              </Button>
              <Button variant="default" onClick={() => navigate('/cohorts')} disabled={create.isPending}>
                {t('common:cancel')}
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
  const { t } = useT('cohorts');
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
        {t('new.previewTitle')}
      </Title>
      {preview.isError ? (
        <ErrorAlert error={preview.error} title={t('new.noPreview')} />
      ) : !preview.data ? (
        <Text size="sm">{t('new.working')}</Text>
      ) : group.length === 0 ? (
        <Text size="sm">{t('new.noGroup')}</Text>
      ) : (
        <>
          <List size="sm" spacing={2}>
            {group.map((s) => (
              <List.Item key={`${s.planKey}-${s.occurrence}`}>
                <time dateTime={s.startsAt}>{formatDay(s.startsAt, timezone)}</time>,{' '}
                {formatTimeRange(s.startsAt, s.endsAt, timezone)}: {s.name} ({PHASE_LABELS[s.phase]}
                {s.dosing ? t('new.dosing') : ''})
              </List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            {t('new.timesIn', { zone: timezone })}
          </Text>
        </>
      )}
    </Paper>
  );
}
