/** One titled part of the outcome dashboard: a landmark named by its heading. */
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  /** A sentence under the heading saying what the part shows. */
  intro?: ReactNode;
  children: ReactNode;
}

export function Section({ id, title, intro, children }: Props) {
  const headingId = `outcomes-${id}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" maw={760}>
          {intro}
        </Text>
      )}
      {children}
    </Stack>
  );
}
