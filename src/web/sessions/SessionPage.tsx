/**
 * One session: when and where, who facilitates, the attendees with attendance buttons and (for a
 * dosing session) "Record dosing" per booked attendee, the session note, and rescheduling or
 * cancelling for roles that schedule.
 */
import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { SettingSection } from '../dosing/SettingSection.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { storedReason } from '../i18n/stored-reason.ts';
import { TrajectorySection } from '../trajectories/TrajectorySection.tsx';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AttendeesSection } from './AttendeesSection.tsx';
import { isDosing, useProgramSession } from './api.ts';
import { CancelSessionForm } from './CancelSessionForm.tsx';
import { formatSessionWhen, phaseLabel, SESSION_STATUS_LABELS } from './labels.ts';
import { RescheduleForm } from './RescheduleForm.tsx';
import { SessionFacilitator } from './SessionFacilitator.tsx';
import { SessionNoteForm } from './SessionNoteForm.tsx';
import { useOrgTimezone } from './time.ts';
import { ZoneNote } from './ZoneNote.tsx';

export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useT('sessions');
  const query = useProgramSession(id);
  const canSchedule = useCan('session.schedule');
  const canReadScores = useCan('response.read');
  const { timezone, loading: zoneLoading } = useOrgTimezone();

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
  if (!query.data || zoneLoading) return <PageLoader label={t('page.loading')} />;

  const s = query.data;
  const cancelled = s.status === 'cancelled';
  const dosing = isDosing(s);
  // A personal session shows its client's scores since baseline (roles that read answers).
  const scoresOf = s.kind === 'personal' && canReadScores ? (s.attendees[0]?.clientId ?? null) : null;

  return (
    <Stack gap={0} maw={1040}>
      <Anchor component={Link} to="/today" size="sm" mb="xs">
        {t('page.backToday')}
      </Anchor>
      <PageHeader title={s.name}>
        <Group gap="xs" mt={4}>
          <Badge variant="light" color="gray" tt="none">
            {t(`page.kindSession.${s.kind}`)}
          </Badge>
          {dosing && (
            <Badge variant="light" color="grape" tt="none">
              {t('page.dosingSession')}
            </Badge>
          )}
          <Badge
            variant="light"
            color={cancelled ? 'red' : s.status === 'completed' ? 'teal' : 'blue'}
            tt="none"
          >
            {SESSION_STATUS_LABELS[s.status]}
          </Badge>
        </Group>
        <ZoneNote zone={timezone} />
      </PageHeader>
      <Stack gap="lg">
        {cancelled && (
          <Alert color="red" title={t('page.cancelledTitle')}>
            {s.statusReason ? t('page.reason', { reason: storedReason(s.statusReason) }) : t('page.noReason')}
          </Alert>
        )}
        {s.conflicts.length > 0 && (
          <Alert color="orange" title={t('page.conflictsTitle')}>
            <List size="sm">
              {s.conflicts.map((c) => (
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
                        {t('page.openOther')}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Paper withBorder p="md" component="section" aria-labelledby="session-details-heading">
          <Title order={2} size="h4" id="session-details-heading" mb="sm">
            {t('page.details')}
          </Title>
          <DataList
            items={[
              { label: t('page.when'), value: formatSessionWhen(s.startsAt, s.endsAt, timezone) },
              { label: t('page.program'), value: s.program.name },
              { label: t('page.cohort'), value: s.cohort ? s.cohort.name : t('page.noCohort') },
              { label: t('page.phase'), value: phaseLabel(s.phase) },
              {
                label: t('page.room'),
                value: s.room
                  ? t('page.roomValue', { name: s.room.name, capacity: s.room.capacity })
                  : t('page.noRoom'),
              },
              {
                label: t('page.facilitators'),
                value: s.facilitators.length
                  ? s.facilitators.map((f) => f.name).join(', ')
                  : t('page.noneAssigned'),
              },
              ...(s.statusReason && !cancelled
                ? [{ label: t('page.lastChange'), value: storedReason(s.statusReason) }]
                : []),
            ]}
          />
        </Paper>
        <AttendeesSection session={s} zone={timezone} />
        {dosing && <SettingSection sessionId={s.id} />}
        {scoresOf && <TrajectorySection clientId={scoresOf} title={t('page.scores')} />}
        <SessionNoteForm session={s} zone={timezone} />
        {canSchedule && !cancelled && (
          <Paper withBorder p="md" component="section" aria-labelledby="session-change-heading">
            <Title order={2} size="h4" id="session-change-heading" mb="sm">
              {s.kind === 'personal' ? t('page.changePersonal') : t('page.changeGroup')}
            </Title>
            <Stack gap="lg">
              {s.kind === 'personal' && <SessionFacilitator session={s} />}
              <RescheduleForm session={s} zone={timezone} />
              <CancelSessionForm session={s} />
            </Stack>
          </Paper>
        )}
        {!canSchedule && !cancelled && <Text size="sm">{t('page.whoChanges')}</Text>}
      </Stack>
    </Stack>
  );
}
