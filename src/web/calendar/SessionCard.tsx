/**
 * One session on the calendar, as a link to its page. Phase is a coloured edge AND its name;
 * dosing and conflicts are marked with a symbol AND words, never colour alone.
 */
import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { PHASE_COLORS, PHASE_LABELS } from '../programs/labels.ts';
import type { CalendarSession } from './api.ts';
import { DosingIcon, WarningIcon } from './icons.tsx';
import { formatTimeRange } from './time.ts';

interface Props {
  session: CalendarSession;
  timezone: string;
  /** More lines (facilitators, attendees) for the day view. */
  detailed?: boolean;
}

export function SessionCard({ session: s, timezone, detailed = false }: Props) {
  const { t } = useT('calendar');
  const cancelled = s.status === 'cancelled';
  const color = PHASE_COLORS[s.phase];
  return (
    <UnstyledButton
      component={Link}
      to={`/sessions/${s.id}`}
      display="block"
      className="threshold-session-card"
      p={6}
      style={{
        borderLeft: `4px solid var(--mantine-color-${color}-7)`,
        background: cancelled ? 'var(--mantine-color-gray-0)' : `var(--mantine-color-${color}-0)`,
        borderRadius: 4,
        width: '100%',
      }}
    >
      <Text size="xs" fw={600} td={cancelled ? 'line-through' : undefined}>
        {formatTimeRange(s.startsAt, s.endsAt, timezone)}
      </Text>
      <Text
        size="sm"
        fw={700}
        td={cancelled ? 'line-through' : undefined}
        style={{ overflowWrap: 'anywhere' }}
      >
        {s.name}
      </Text>
      <Text size="xs">
        {PHASE_LABELS[s.phase]} · {s.kind === 'group' ? t('group') : t('personal')}
        {s.cohort ? ` · ${s.cohort.name}` : ''}
      </Text>
      <Group gap={6} mt={2}>
        {cancelled && (
          <Text size="xs" fw={700}>
            {t('cancelled')}
          </Text>
        )}
        {s.dosing && (
          <Text size="xs" fw={700} c="grape.9">
            <DosingIcon /> {t('dosing')}
          </Text>
        )}
        {s.conflicts.length > 0 && (
          <Text size="xs" fw={700} c="red.9">
            <WarningIcon /> {t('conflicts', { count: s.conflicts.length })}
          </Text>
        )}
      </Group>
      {s.kind === 'personal' && s.attendees.length > 0 && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          {s.attendees.map((a) => a.name).join(', ')}
        </Text>
      )}
      {s.room && (
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          {t('roomName', { name: s.room.name })}
        </Text>
      )}
      {detailed && (
        <>
          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
            {t('facilitators', {
              names: s.facilitators.length ? s.facilitators.map((f) => f.name).join(', ') : t('noneAssigned'),
            })}
          </Text>
          {s.kind === 'group' && (
            <Text size="xs">
              {t('clients', { count: s.attendees.length })}
              {s.room ? t('roomHolds', { capacity: s.room.capacity }) : ''}
            </Text>
          )}
          {s.program && <Text size="xs">{t('program', { name: s.program.name })}</Text>}
        </>
      )}
      {s.conflicts.length > 0 && (
        <Box component="ul" m={0} pl="md" mt={2}>
          {(detailed ? s.conflicts : s.conflicts.slice(0, 1)).map((c) => (
            <Text component="li" size="xs" c="red.9" key={`${c.kind}-${c.otherSessionId ?? ''}-${c.message}`}>
              {c.message}
            </Text>
          ))}
        </Box>
      )}
    </UnstyledButton>
  );
}
