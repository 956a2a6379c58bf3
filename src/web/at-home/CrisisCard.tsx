/** After "I need help": the message and the organization's crisis lines, each a number to call. */
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import type { CheckinResult } from './api.ts';
import type { AtHomeT } from './text.ts';

const dial = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

export function CrisisCard({ crisis, t }: { crisis: NonNullable<CheckinResult['crisis']>; t: AtHomeT }) {
  return (
    <Alert color="red" title={t('helpSent')} role="alert">
      <Stack gap="xs">
        <Text>{crisis.message}</Text>
        {crisis.contacts.map((c) => (
          <Text key={`${c.name}-${c.phone}`}>
            {c.name}
            {c.hours ? ` (${c.hours})` : ''}:{' '}
            <Anchor
              href={dial(c.phone)}
              fw={700}
              c="inherit"
              underline="always"
              aria-label={`${t('callNow')}: ${c.name} ${c.phone}`}
            >
              {c.phone}
            </Anchor>
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
