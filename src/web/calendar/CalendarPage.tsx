/**
 * The calendar: a week (Monday–Sunday) or one day of program sessions in the organization's time
 * zone, filtered by facilitator and room. The view lives in the URL
 * (?view=week&date=YYYY-MM-DD&facilitatorId=&roomId=). On narrow screens the week is a list of days.
 */
import {
  Anchor,
  Box,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { PHASES } from '../../domain/programs/types.ts';
import { useCan } from '../app/session-context.tsx';
import { useFacilitatorChoices } from '../cohorts/api.ts';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { PHASE_COLORS, PHASE_LABELS } from '../programs/labels.ts';
import { useRooms } from '../rooms/api.ts';
import { DateField } from '../ui/dates/DateField.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type CalendarSession, useCalendarSessions } from './api.ts';
import { DosingIcon, WarningIcon } from './icons.tsx';
import {
  byLocalDate,
  type CalendarState,
  type CalendarView,
  datesOf,
  describeRange,
  rangeOf,
  readState,
  step,
  writeState,
} from './range.ts';
import { SessionCard } from './SessionCard.tsx';
import { isIsoDate, todayIn, useOrgTimezone } from './time.ts';

export function CalendarPage() {
  const { t } = useT('calendar');
  const { timezone, loading } = useOrgTimezone();
  const today = todayIn(timezone);
  const [params, setParams] = useSearchParams();
  const state = readState(params, today);
  const wide = useMediaQuery('(min-width: 62em)') ?? true;
  const canListMembers = useCan('session.schedule');
  const members = useFacilitatorChoices(canListMembers);
  const rooms = useRooms();

  const range = rangeOf(state.view, state.date, timezone);
  const sessions = useCalendarSessions({ ...range, includeCancelled: state.includeCancelled }, !loading);

  // From the address as it is now (window.location), not this render's or the router's last render's:
  // two quick changes must not undo each other.
  const update = (patch: Partial<CalendarState>, replace = false) =>
    setParams(
      writeState({ ...readState(new URLSearchParams(window.location.search), today), ...patch }, today),
      {
        replace,
      },
    );

  const all = sessions.data?.items ?? [];
  const shown = all.filter(
    (s) =>
      (!state.facilitatorId || s.facilitators.some((f) => f.id === state.facilitatorId)) &&
      (!state.roomId || s.room?.id === state.roomId),
  );

  // Facilitators: the members who run sessions (those who staff cohorts see them all), plus anyone on a session shown.
  const facilitators = new Map<string, string>();
  for (const m of members.data ?? []) facilitators.set(m.userId, m.name);
  for (const s of all)
    for (const f of s.facilitators) if (!facilitators.has(f.id)) facilitators.set(f.id, f.name);
  const roomList = rooms.data?.items ?? [];
  const conflicts = shown.filter((s) => s.conflicts.length > 0).length;
  const unit = state.view === 'week' ? 'week' : 'day';

  return (
    <Stack gap="md">
      <PageHeader title={t('title')}>
        <Text size="sm">{t('zoneNote', { zone: timezone })}</Text>
      </PageHeader>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Box>
          <Text component="span" size="sm" fw={500} id="calendar-view-label" display="block" mb={4}>
            {t('view')}
          </Text>
          <SegmentedControl
            aria-labelledby="calendar-view-label"
            value={state.view}
            onChange={(v) => update({ view: v as CalendarView })}
            data={[
              { value: 'week', label: t('week') },
              { value: 'day', label: t('day') },
            ]}
          />
        </Box>
        <Group gap={4} role="group" aria-label={t(`moveBy.${unit}`)}>
          <Button variant="default" onClick={() => update({ date: step(state.view, state.date, -1) })}>
            <span aria-hidden="true">←</span>
            <VisuallyHidden component="span">{t(`previous.${unit}`)}</VisuallyHidden>
          </Button>
          <Button variant="default" onClick={() => update({ date: today })} disabled={state.date === today}>
            {t('today')}
          </Button>
          <Button variant="default" onClick={() => update({ date: step(state.view, state.date, 1) })}>
            <span aria-hidden="true">→</span>
            <VisuallyHidden component="span">{t(`next.${unit}`)}</VisuallyHidden>
          </Button>
        </Group>
        <DateField
          label={t('date')}
          value={state.date}
          onChange={(value) => {
            if (isIsoDate(value)) update({ date: value }, true);
          }}
          style={{ flex: '0 1 170px' }}
        />
        <NativeSelect
          label={t('facilitator')}
          value={state.facilitatorId}
          onChange={(e) => update({ facilitatorId: e.currentTarget.value }, true)}
          data={[
            { value: '', label: t('everyFacilitator') },
            ...[...facilitators].map(([id, name]) => ({ value: id, label: name })),
          ]}
          style={{ flex: '1 1 180px', maxWidth: 280 }}
        />
        <NativeSelect
          label={t('room')}
          value={state.roomId}
          onChange={(e) => update({ roomId: e.currentTarget.value }, true)}
          data={[
            { value: '', label: t('everyRoom') },
            ...roomList.map((r) => ({ value: r.id, label: r.name })),
          ]}
          style={{ flex: '1 1 160px', maxWidth: 240 }}
        />
        <Checkbox
          label={t('showCancelled')}
          checked={state.includeCancelled}
          onChange={(e) => update({ includeCancelled: e.currentTarget.checked }, true)}
          mb={8}
        />
      </Group>
      <Legend />
      <Title order={2} size="h3" aria-live="polite" id="calendar-range">
        {state.view === 'week'
          ? t('weekOf', { range: describeRange('week', state.date, timezone) })
          : describeRange('day', state.date, timezone)}
      </Title>
      {sessions.isError ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : !sessions.data ? (
        <PageLoader label={t('loading')} />
      ) : (
        <>
          <Text size="sm" role="status">
            {shown.length === 0
              ? `${t(`none.${unit}`)}${state.facilitatorId || state.roomId ? t('forFilters') : ''}.`
              : `${t('count', { count: shown.length })}${
                  conflicts ? t('withConflicts', { count: conflicts }) : ''
                }${sessions.isFetching ? t('updating') : ''}.`}
          </Text>
          <Days
            dates={datesOf(state.view, state.date, timezone)}
            sessions={shown}
            timezone={timezone}
            today={today}
            columns={state.view === 'week' && wide}
            detailed={state.view === 'day'}
            dayLink={
              state.view === 'week'
                ? (date) => `/calendar?${writeState({ ...state, view: 'day', date }, today).toString()}`
                : undefined
            }
          />
        </>
      )}
    </Stack>
  );
}

function Days(props: {
  dates: string[];
  sessions: CalendarSession[];
  timezone: string;
  today: string;
  columns: boolean;
  detailed: boolean;
  /** The address of a day's own view (from the week view). */
  dayLink: ((date: string) => string) | undefined;
}) {
  const { dates, sessions, timezone, today, columns, detailed, dayLink } = props;
  const { t } = useT('calendar');
  const { locale } = useFormat();
  const groups = byLocalDate(sessions, timezone);
  const dayName = (d: string, long: boolean) =>
    new Intl.DateTimeFormat(locale, {
      weekday: long ? 'long' : 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${d}T12:00:00Z`));
  return (
    <Box
      style={
        columns
          ? {
              display: 'grid',
              gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
              gap: 'var(--mantine-spacing-xs)',
            }
          : { display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-md)' }
      }
    >
      {dates.map((d) => {
        const items = groups.get(d) ?? [];
        const isToday = d === today;
        return (
          <Box
            key={d}
            component="section"
            aria-labelledby={dates.length > 1 ? `day-${d}` : 'calendar-range'}
            p={columns ? 4 : 0}
            style={
              columns
                ? {
                    border: '1px solid var(--mantine-color-gray-3)',
                    borderRadius: 4,
                    minHeight: 160,
                    background: isToday ? 'var(--mantine-color-blue-0)' : undefined,
                  }
                : undefined
            }
          >
            {dates.length > 1 && (
              <Title order={3} size={columns ? 'h6' : 'h5'} id={`day-${d}`} mb={4}>
                {dayLink ? (
                  <Anchor component={Link} to={dayLink(d)} inherit>
                    {dayName(d, !columns)}
                  </Anchor>
                ) : (
                  dayName(d, !columns)
                )}
                {isToday && (
                  <Text span size="xs" fw={700} ml={4}>
                    {t('todayMark')}
                  </Text>
                )}
              </Title>
            )}
            {items.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('noSessions')}
              </Text>
            ) : (
              <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {items.map((s) => (
                  <li key={s.id}>
                    <SessionCard session={s} timezone={timezone} detailed={detailed} />
                  </li>
                ))}
              </Stack>
            )}
          </Box>
        );
      })}
    </Box>
  );
}

function Legend() {
  const { t } = useT('calendar');
  return (
    <Box component="section" aria-label={t('legend')}>
      <Group gap="md" wrap="wrap">
        {PHASES.map((p) => (
          <Group key={p} gap={6} wrap="nowrap">
            <span
              aria-hidden="true"
              style={{
                width: 12,
                height: 12,
                borderRadius: 2,
                background: `var(--mantine-color-${PHASE_COLORS[p]}-7)`,
              }}
            />
            <Text size="xs">{PHASE_LABELS[p]}</Text>
          </Group>
        ))}
        <Text size="xs">
          <DosingIcon /> {t('dosingSession')}
        </Text>
        <Text size="xs">
          <WarningIcon /> {t('conflictLegend')}
        </Text>
      </Group>
    </Box>
  );
}
