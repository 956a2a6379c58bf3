import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { tKey } from '../i18n/t-key.ts';

export interface DataItem {
  label: string;
  value: ReactNode;
}

/** Label/value pairs as a description list, two columns on wider screens. */
export function DataList({ items }: { items: DataItem[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/** The value to show for an empty field. */
export function orNotRecorded(value: string | null | undefined): ReactNode {
  return value ? (
    value
  ) : (
    <Text span fs="italic">
      {tKey('common:notRecorded')}
    </Text>
  );
}
