/**
 * One cohort: its details (editable), its publishing (price, places, public link), the roster with each client's status, enrolling a client,
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
import { PublishingSection } from '../front-office/PublishingSection.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { AccommodationSection } from '../lodging/AccommodationSection.tsx';
import { PreArrivalSection } from '../pre-arrival/PreArrivalSection.tsx';
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
  const { t } = useT('cohorts');
  const query = useCohort(id);
  const canManage = useCan('cohort.manage');
  const canEnroll = useCan('enrollment.manage');
  const canReadClients = useCan('client.read');
  const canReadLodging = useCan('lodging.read');
  const { timezone } = useOrgTimezone();
  const [editing, setEditing] = useState(false);

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFoundPage title={t('page.notFoundTitle')} message={t('page.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('page.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label={t('page.loading')} />;
  const cohort = query.data;
  const full = cohort.enrolled >= cohort.capacity;
  const cancelled = cohort.cancelledAt !== null;

  return (
    <Stack gap={0} maw={1000}>
      <Anchor component={Link} to="/cohorts" size="sm" mb="xs">
        {t('page.allCohorts')}
      </Anchor>
      <PageHeader
        title={cohort.name}
        actions={
          canManage &&
          !editing &&
          !cancelled && <Button onClick={() => setEditing(true)}>{t('page.edit')}</Button>
        }
      >
        <Group gap="xs" mt={4}>
          {cancelled && (
            <Badge color="gray" variant="light" tt="none">
              {t('page.cancelled')}
            </Badge>
          )}
          <Text size="sm">
            {t('page.subtitle', { program: cohort.program.name, version: cohort.programVersion })}{' '}
            <time dateTime={cohort.startDate}>{formatDate(cohort.startDate)}</time>
          </Text>
        </Group>
      </PageHeader>
      <Stack gap="lg">
        <Section title={t('page.details')} id="cohort-details">
          {editing ? (
            <CohortEditor cohort={cohort} onDone={() => setEditing(false)} />
          ) : (
            <DataList
              items={[
                {
                  label: t('page.program'),
                  value: (
                    <Anchor component={Link} to={`/programs/${cohort.program.id}`}>
                      {cohort.program.name}
                    </Anchor>
                  ),
                },
                { label: t('page.startDate'), value: formatDate(cohort.startDate) },
                { label: t('page.location'), value: cohort.location ?? t('page.notSet') },
                {
                  label: t('page.room'),
                  value: cohort.room
                    ? t('page.roomValue', { name: cohort.room.name, capacity: cohort.room.capacity })
                    : t('page.noRoom'),
                },
                {
                  label: t('page.places'),
                  value: `${t('page.placesValue', { enrolled: cohort.enrolled, capacity: cohort.capacity })}${full ? t('page.full') : ''}`,
                },
                {
                  label: t('page.facilitators'),
                  value: cohort.facilitators.length
                    ? cohort.facilitators.map((f) => f.name).join(', ')
                    : t('page.noneAssigned'),
                },
              ]}
            />
          )}
        </Section>
        <PublishingSection
          cohort={{
            id: cohort.id,
            startDate: cohort.startDate,
            capacity: cohort.capacity,
            cancelled,
          }}
        />
        <Section
          title={t('page.roster')}
          id="cohort-roster"
          actions={canEnroll && !cancelled && <EnrollClient cohort={cohort} disabled={full} />}
        >
          {full && canEnroll && (
            <Text size="sm" mb="xs">
              {t('page.allTaken')}
            </Text>
          )}
          {cohort.roster.length === 0 ? (
            <Text size="sm">{t('page.noClients')}</Text>
          ) : (
            <ScrollTable label={t('page.roster')} minWidth={300}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('page.columns.client')}</Table.Th>
                  <Table.Th scope="col">{t('page.columns.arm')}</Table.Th>
                  <Table.Th scope="col">{t('page.columns.status')}</Table.Th>
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
        {canReadLodging && <AccommodationSection cohortId={cohort.id} />}
        {canManage && <PreArrivalSection cohort={cohort} />}
        <Section title={t('page.sessions')} id="cohort-sessions">
          <Text size="sm" mb="xs">
            {t('page.sessionsIntro', { zone: timezone })}{' '}
            <Anchor component={Link} to={`/calendar?view=week&date=${cohort.startDate}`} size="sm">
              {t('page.openWeek')}
            </Anchor>
          </Text>
          {cohort.sessions.length === 0 ? (
            <Text size="sm">{t('page.noGroupSessions')}</Text>
          ) : (
            <SessionRows
              label={t('page.cohortSessions')}
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
  const { t } = useT('cohorts');
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
          notifications.show({ color: 'teal', message: t('edit.saved', { name: saved.name }) });
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
    <form onSubmit={submit} noValidate aria-label={t('edit.form')}>
      <Stack gap="sm">
        {stale && (
          <Alert color="orange" role="alert" title={t('edit.staleTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('edit.staleBody')}</Text>
              <Group>
                <Button variant="default" size="xs" onClick={reload}>
                  {t('edit.loadLatest')}
                </Button>
                <Button
                  size="xs"
                  onClick={() => {
                    if (stale) setBase(stale.version);
                    setStale(null);
                  }}
                >
                  {t('edit.keepMine')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {other.length > 0 && (
          <Alert color="red" role="alert" title={t('edit.notSaved')}>
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
            {t('edit.save')}
          </Button>
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
