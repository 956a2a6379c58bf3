/**
 * Safety flags raised by a score, each with its reason. A suicide-risk flag stands out: a filled red
 * badge and its reason in bold red, never colour alone (the badge names the flag).
 */
import { Badge, Box, Stack, Text } from '@mantine/core';
import type { SafetyFlag } from '../../domain/instruments/types.ts';
import { tKey } from '../i18n/t-key.ts';
import { flagLabel } from '../ui/labels.ts';

type Flag = Pick<SafetyFlag, 'reason'> & { id: string };

export const SUICIDE_RISK = 'suicide-risk';
export const hasSuicideRisk = (flags: readonly Flag[]) => flags.some((f) => f.id === SUICIDE_RISK);

/** Flags that call for attention are orange; a flag that only describes the experience is neutral. */
const NEUTRAL = new Set(['complete-mystical-experience']);

export function FlagBadge({ id }: { id: string }) {
  const urgent = id === SUICIDE_RISK;
  return (
    <Badge
      color={urgent ? 'red.9' : NEUTRAL.has(id) ? 'grape' : 'orange'}
      variant={urgent ? 'filled' : 'light'}
      tt="none"
      leftSection={urgent ? <span aria-hidden="true">⚠</span> : undefined}
    >
      {flagLabel(id)}
    </Badge>
  );
}

/** Every flag with its reason; `none` is shown when there are none (pass null to show nothing). */
export function FlagList({ flags, none }: { flags: readonly Flag[]; none?: string | null }) {
  if (!flags.length)
    return none === null ? null : <Text size="sm">{none ?? tKey('responses:score.none')}</Text>;
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {flags.map((f) => {
        const urgent = f.id === SUICIDE_RISK;
        return (
          <Box component="li" key={`${f.id}-${f.reason}`}>
            <FlagBadge id={f.id} />
            <Text size="sm" c={urgent ? 'red.9' : undefined} fw={urgent ? 700 : undefined} mt={2}>
              {f.reason}
            </Text>
          </Box>
        );
      })}
    </Stack>
  );
}
