/** A screen with a heading and a sentence instead of the page: not found, closed, failed to load. */
import { Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { ScreenHeading } from '../portal/PortalShell.tsx';

interface Props {
  title: string;
  body: string;
  children?: ReactNode;
}

export function Notice({ title, body, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md">
      <ScreenHeading ref={heading}>{title}</ScreenHeading>
      <Text size="lg">{body}</Text>
      {children}
    </Stack>
  );
}
