/**
 * The next two weeks after today, as a compact list under the day's sessions: the signed-in user's
 * sessions (or everyone's, when a lead switched to all), so a quiet day still shows what is coming.
 */
import { Stack, Text, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { useSession } from '../app/session-context.tsx';
import { useCalendarSessions } from '../calendar/api.ts';
import { SessionRows } from '../calendar/SessionRows.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';

export const COMING_UP_DAYS = 14;

export function ComingUp({ all, zone }: { all: boolean; zone: string }) {
  const { user } = useSession();
  const range = useMemo(() => {
    const start = DateTime.now().setZone(zone).startOf('day').plus({ days: 1 });
    return {
      from: start.toUTC().toISO()!,
      to: start.plus({ days: COMING_UP_DAYS }).toUTC().toISO()!,
      includeCancelled: false,
    };
  }, [zone]);
  const { t } = useT('sessions');
  const query = useCalendarSessions(range, true);
  const items = (query.data?.items ?? [])
    .filter((s) => all || s.facilitators.some((f) => f.id === user.id))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));

  return (
    <Stack component="section" aria-labelledby="coming-up" gap="xs" mt="xl">
      <Title order={2} size="h4" id="coming-up">
        {t('comingUp.title', { days: COMING_UP_DAYS })}
      </Title>
      {query.isError && !query.data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageLoader label={t('comingUp.loading')} />
      ) : items.length === 0 ? (
        <Text size="sm">{all ? t('comingUp.noneAll') : t('comingUp.noneMine')}</Text>
      ) : (
        <SessionRows
          label={t('comingUp.label')}
          timezone={zone}
          showPhase
          rows={items.map((s) => ({
            key: s.id,
            name:
              s.attendees.length && s.kind === 'personal'
                ? `${s.name}: ${s.attendees.map((a) => a.name).join(', ')}`
                : s.name,
            phase: s.phase,
            kind: s.kind,
            dosing: s.dosing,
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            href: `/sessions/${encodeURIComponent(s.id)}`,
          }))}
        />
      )}
    </Stack>
  );
}
