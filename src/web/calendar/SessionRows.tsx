/**
 * Sessions as a list of rows: aligned columns on wide screens, wrapping into lines on a phone
 * (no sideways scrolling). Phase is a swatch AND its name; dosing a symbol AND the word.
 */
import { Anchor, Box, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Phase } from '../../domain/programs/types.ts';
import { useT } from '../i18n/i18n.ts';
import { PHASE_COLORS, PHASE_LABELS } from '../programs/labels.ts';
import { SESSION_STATUS_LABELS as STATUS } from '../sessions/labels.ts';
import { DosingIcon, Swatch } from './icons.tsx';
import { formatDay, formatTimeRange } from './time.ts';

export interface SessionRow {
  key: string;
  name: string;
  phase: Phase;
  kind: 'personal' | 'group';
  dosing: boolean;
  startsAt: string;
  endsAt: string;
  /** Links the name to the session's page. */
  href?: string;
  status?: 'scheduled' | 'completed' | 'cancelled';
  /** A second line under the date, e.g. "7 days before the start". */
  note?: string;
}

interface Props {
  /** Names the list for screen readers, e.g. "Cohort sessions". */
  label: string;
  rows: SessionRow[];
  timezone: string;
  showPhase?: boolean;
}

export function SessionRows({ label, rows, timezone, showPhase = false }: Props) {
  const { t } = useT('calendar');
  return (
    <Box component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {rows.map((s) => (
        <Box
          component="li"
          key={s.key}
          py={6}
          style={{
            borderBottom: '1px solid var(--mantine-color-gray-3)',
            display: 'flex',
            flexWrap: 'wrap',
            columnGap: 'var(--mantine-spacing-md)',
            rowGap: 2,
            alignItems: 'baseline',
          }}
        >
          <Box style={{ flex: '0 0 11rem' }}>
            <Text size="sm" fw={600}>
              <time dateTime={s.startsAt}>{formatDay(s.startsAt, timezone)}</time>
            </Text>
            {s.note && (
              <Text size="xs" c="dimmed">
                {s.note}
              </Text>
            )}
          </Box>
          <Text
            size="sm"
            style={{ flex: '0 0 7rem' }}
            td={s.status === 'cancelled' ? 'line-through' : undefined}
          >
            {formatTimeRange(s.startsAt, s.endsAt, timezone)}
          </Text>
          <Group gap={6} style={{ flex: '1 1 12rem', minWidth: 0 }} wrap="wrap">
            {s.href ? (
              <Anchor component={Link} to={s.href} size="sm" fw={600}>
                {s.name}
              </Anchor>
            ) : (
              <Text size="sm" fw={600}>
                {s.name}
              </Text>
            )}
            <Text size="xs">{s.kind === 'group' ? t('group') : t('personal')}</Text>
            {s.dosing && (
              <Text size="xs" fw={700} c="grape.9">
                <DosingIcon /> {t('dosing')}
              </Text>
            )}
          </Group>
          {showPhase && (
            <Group gap={6} wrap="nowrap" style={{ flex: '0 0 10rem' }}>
              <Swatch color={PHASE_COLORS[s.phase]} size={10} />
              <Text size="sm">{PHASE_LABELS[s.phase]}</Text>
            </Group>
          )}
          {s.status && (
            <Text size="sm" fw={s.status === 'cancelled' ? 700 : undefined} style={{ flex: '0 0 6rem' }}>
              {STATUS[s.status]}
            </Text>
          )}
        </Box>
      ))}
    </Box>
  );
}
