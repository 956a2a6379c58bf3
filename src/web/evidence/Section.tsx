/** A bordered section of a page with its h2 (the evidence and meta-analysis pages). */
import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Id of the heading, for aria-labelledby. */
  id?: string;
  /** Beside the heading (buttons). */
  actions?: ReactNode;
  children: ReactNode;
}

export function Section({ title, id, actions, children }: Props) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id}>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 'var(--mantine-spacing-sm)',
          justifyContent: 'space-between',
          alignItems: 'baseline',
          marginBottom: 'var(--mantine-spacing-sm)',
        }}
      >
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Paper>
  );
}
