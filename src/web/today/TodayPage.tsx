/**
 * The facilitator's day: today's sessions where the signed-in user facilitates, in time order, each
 * with its time, room and attendees and a link to run it. Leads (who may schedule) can switch to
 * every session of the organization.
 */
import { Anchor, Badge, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { currentFormatter } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { storedReason } from '../i18n/stored-reason.ts';
import { type CalendarSession, isDosing, useTodaySessions } from '../sessions/api.ts';
import {
  ATTENDANCE_LABELS,
  BOOKING_LABELS,
  formatTimeRange,
  KIND_LABELS,
  phaseLabel,
  SESSION_STATUS_LABELS,
} from '../sessions/labels.ts';
import { useOrgTimezone } from '../sessions/time.ts';
import { ZoneNote } from '../sessions/ZoneNote.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ComingUp } from './ComingUp.tsx';
import { IntegrationSlot } from './IntegrationSlot.tsx';

const todayLabel = (zone: string) => currentFormatter(zone).longDate(new Date().toISOString());

export function TodayPage() {
  const canSeeAll = useCan('session.schedule');
  const [params, setParams] = useSearchParams();
  const all = canSeeAll && params.get('all') === 'true';
  const query = useTodaySessions(all);
  const { timezone } = useOrgTimezone();
  const { t } = useT('sessions');

  const toggle = (checked: boolean) => {
    const next = new URLSearchParams(params);
    if (checked) next.set('all', 'true');
    else next.delete('all');
    setParams(next, { replace: true });
  };

  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );

  return (
    <Stack gap={0} maw={960}>
      <PageHeader title={t('today.title')}>
        <Text mt={4}>{todayLabel(timezone)}</Text>
        <ZoneNote zone={timezone} />
      </PageHeader>
      {canSeeAll && (
        <Switch
          mb="md"
          label={t('today.all')}
          checked={all}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
      )}
      {query.isError && !query.data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageLoader label={t('today.loading')} />
      ) : items.length === 0 ? (
        <Text>
          {all ? t('today.noneAll') : t('today.noneMine')}
          {canSeeAll && !all && t('today.switchHint')}
        </Text>
      ) : (
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((s) => (
            <li key={s.id}>
              <SessionCard session={s} zone={timezone} />
            </li>
          ))}
        </Stack>
      )}
      <ComingUp all={all} zone={timezone} />
    </Stack>
  );
}

function SessionCard({ session: s, zone }: { session: CalendarSession; zone: string }) {
  const cancelled = s.status === 'cancelled';
  const { t } = useT('sessions');
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`today-${s.id}`}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text fw={700} fz="lg">
            <time dateTime={s.startsAt}>{formatTimeRange(s.startsAt, s.endsAt, zone)}</time>
          </Text>
          <Title order={2} size="h4" id={`today-${s.id}`}>
            <Anchor component={Link} to={`/sessions/${encodeURIComponent(s.id)}`}>
              {s.name}
            </Anchor>
          </Title>
        </div>
        <Group gap={6}>
          <Badge variant="light" color="gray" tt="none">
            {KIND_LABELS[s.kind]}
          </Badge>
          {isDosing(s) && (
            <Badge variant="light" color="grape" tt="none">
              {t('today.dosing')}
            </Badge>
          )}
          {s.status !== 'scheduled' && (
            <Badge variant="light" color={cancelled ? 'red' : 'teal'} tt="none">
              {SESSION_STATUS_LABELS[s.status]}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" mt={4}>
        {s.program.name}
        {s.cohort ? ` · ${s.cohort.name}` : ''} · {phaseLabel(s.phase)}
      </Text>
      <Text size="sm">{t('today.room', { room: s.room ? s.room.name : t('today.noRoom') })}</Text>
      {s.facilitators.length > 0 && (
        <Text size="sm">
          {t('today.facilitators', { names: s.facilitators.map((f) => f.name).join(', ') })}
        </Text>
      )}
      {s.integration && <IntegrationSlot slot={s.integration} />}
      {cancelled && s.statusReason && (
        <Text size="sm">{t('today.cancelled', { reason: storedReason(s.statusReason) })}</Text>
      )}
      <Text size="sm" fw={600} mt="xs">
        {t('today.attendees', { count: s.attendees.length })}
      </Text>
      {s.attendees.length === 0 ? (
        <Text size="sm">{t('today.nobody')}</Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {s.attendees.map((a) => (
            <li key={a.enrollmentId}>
              <Text size="sm" span>
                {a.name}
                {a.booking === 'held' ? t('today.held', { held: BOOKING_LABELS.held.toLowerCase() }) : ''}
                {a.attendance ? ` · ${ATTENDANCE_LABELS[a.attendance]}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {s.conflicts.length > 0 && (
        <Text size="sm" mt="xs">
          <Badge color="orange" variant="light" tt="none" mr={4} component="span">
            {t('today.conflict')}
          </Badge>
          {s.conflicts.map((c) => c.message).join(' ')}
        </Text>
      )}
    </Paper>
  );
}
