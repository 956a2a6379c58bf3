/** Says which time zone the times are in, when it is not the browser's own. */
import { Text } from '@mantine/core';
import { BROWSER_ZONE } from './time.ts';

export function ZoneNote({ zone }: { zone: string }) {
  if (zone === BROWSER_ZONE) return null;
  return (
    <Text size="sm" mt={4}>
      Times are in {zone.replace(/_/g, ' ')} (the organization’s time zone).
    </Text>
  );
}
