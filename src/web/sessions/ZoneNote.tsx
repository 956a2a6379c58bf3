/** Says which time zone the times are in, when it is not the browser's own. */
import { Text } from '@mantine/core';
import { tKey } from '../i18n/t-key.ts';
import { BROWSER_ZONE } from './time.ts';

export function ZoneNote({ zone }: { zone: string }) {
  if (zone === BROWSER_ZONE) return null;
  return (
    <Text size="sm" mt={4}>
      {tKey('sessions:zoneNote', { zone: zone.replace(/_/g, ' ') })}
    </Text>
  );
}
