import { Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Buttons or links shown beside the heading. */
  actions?: ReactNode;
  /** Shown under the heading. */
  children?: ReactNode;
}

/** The page's one h1, also used as the browser tab's title. */
export function PageHeader({ title, actions, children }: Props) {
  useDocumentTitle(`${title} · Threshold`);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <div>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {title}
        </Title>
        {children}
      </div>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
