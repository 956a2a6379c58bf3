import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** Names the scrollable region for screen readers, e.g. "Clients". */
  label: string;
  minWidth: number;
  children: ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens. The scroll region is focusable so keyboard
 * users can scroll it too.
 */
export function ScrollTable({ label, minWidth, children }: Props) {
  return (
    // position: relative keeps visually hidden text inside the scroll box (otherwise it widens the page on phones).
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ position: 'relative' }}
    >
      <Table striped highlightOnHover verticalSpacing="sm">
        {children}
      </Table>
    </Table.ScrollContainer>
  );
}
