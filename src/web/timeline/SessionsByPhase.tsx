/**
 * An enrollment's sessions grouped by phase, in program order: date and time, name, kind, a dosing
 * marker, the booking (held until cleared, or booked), attendance, cancellation and the session
 * note (a group session's one note, shared with every attendee), plus the dosing record if any.
 */

import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { storedReason } from '../i18n/stored-reason.ts';
import { isDosing } from '../sessions/api.ts';
import {
  ATTENDANCE_LABELS,
  BOOKING_LABELS,
  formatSessionWhen,
  KIND_LABELS,
  PHASE_ORDER,
  phaseLabel,
} from '../sessions/labels.ts';
import { useOrgTimezone } from '../sessions/time.ts';
import type { TimelineSession } from './api.ts';

interface Props {
  sessions: TimelineSession[];
  /** The program's phases in order. */
  phases: readonly string[];
  /** Distinguishes the ids of headings when a client has several enrollments. */
  idPrefix: string;
}

export function SessionsByPhase({ sessions, phases, idPrefix }: Props) {
  const { t } = useT('timeline');
  const canReadSessions = useCan('session.read');
  const canReadDosing = useCan('dosing.read');
  const { timezone } = useOrgTimezone();
  const order = [...phases, ...PHASE_ORDER.filter((p) => !phases.includes(p))];
  for (const s of sessions) if (!order.includes(s.phase)) order.push(s.phase);
  const groups = order
    .map((phase) => ({
      phase,
      items: sessions
        .filter((s) => s.phase === phase)
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    }))
    .filter((g) => g.items.length > 0);

  if (groups.length === 0) return <Text size="sm">{t('sessions.none')}</Text>;

  return (
    <Stack gap="md">
      {groups.map(({ phase, items }) => (
        <div key={phase}>
          <Title order={5} size="h6" id={`${idPrefix}-phase-${phase}`} mb={4}>
            {t('sessions.phase', { phase: phaseLabel(phase), count: items.length })}
          </Title>
          <Stack
            component="ul"
            gap={6}
            aria-labelledby={`${idPrefix}-phase-${phase}`}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((s) => {
              const cancelled = s.status === 'cancelled';
              return (
                <li key={s.id}>
                  <Stack
                    gap={2}
                    p="xs"
                    style={{
                      borderLeft: `3px solid var(--mantine-color-${isDosing(s) ? 'grape' : 'gray'}-6)`,
                      paddingLeft: 10,
                    }}
                  >
                    <Text size="sm" fw={600} td={cancelled ? 'line-through' : undefined}>
                      <time dateTime={s.startsAt}>{formatSessionWhen(s.startsAt, s.endsAt, timezone)}</time>
                    </Text>
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" span>
                        {canReadSessions ? (
                          <Anchor component={Link} to={`/sessions/${encodeURIComponent(s.id)}`} size="sm">
                            {s.name}
                          </Anchor>
                        ) : (
                          s.name
                        )}
                      </Text>
                      <Badge size="sm" variant="light" color="gray" tt="none">
                        {KIND_LABELS[s.kind]}
                      </Badge>
                      {isDosing(s) && (
                        <Badge size="sm" variant="light" color="grape" tt="none">
                          {t('sessions.dosing')}
                        </Badge>
                      )}
                      {cancelled ? (
                        <Badge size="sm" variant="light" color="red" tt="none">
                          {t('sessions.cancelled')}
                        </Badge>
                      ) : (
                        <Badge
                          size="sm"
                          variant="light"
                          color={s.booking === 'held' ? 'orange' : 'teal'}
                          tt="none"
                        >
                          {s.booking === 'held' ? t('sessions.held') : BOOKING_LABELS[s.booking]}
                        </Badge>
                      )}
                      {s.attendance && (
                        <Badge size="sm" variant="light" color="blue" tt="none">
                          {ATTENDANCE_LABELS[s.attendance]}
                        </Badge>
                      )}
                    </Group>
                    {s.room && <Text size="sm">{t('sessions.room', { name: s.room.name })}</Text>}
                    {cancelled && s.statusReason && (
                      <Text size="sm">
                        {t('sessions.cancelledReason', { reason: storedReason(s.statusReason) })}
                      </Text>
                    )}
                    {s.note && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        <Text span fw={600} size="sm">
                          {s.kind === 'group' ? t('sessions.groupNote') : t('sessions.note')}
                        </Text>
                        {s.note}
                      </Text>
                    )}
                    {s.dosingRecords?.map((r) => (
                      <Text size="sm" key={r.id}>
                        {canReadDosing ? (
                          <Anchor
                            component={Link}
                            to={`/dosing-records/${encodeURIComponent(r.id)}`}
                            size="sm"
                          >
                            {t('sessions.dosingRecord', { dose: r.doseMg, route: r.route })}
                          </Anchor>
                        ) : (
                          t('sessions.dosingRecorded')
                        )}
                      </Text>
                    ))}
                  </Stack>
                </li>
              );
            })}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
