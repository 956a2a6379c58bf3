import { Table, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { ScrollTable } from './ScrollTable.tsx';

interface Props<T extends { id: string }> {
  /** Names the scrollable region for screen readers. */
  label: string;
  minWidth: number;
  /** The visible column headings; an actions column, its heading hidden, follows when `canManage`. */
  columns: readonly string[];
  actionsLabel: string;
  canManage: boolean;
  items: readonly T[];
  /** The id of the item shown as its editor, across the whole row. */
  editing: string | null;
  /** An item's row (a Table.Tr). */
  row: (item: T) => ReactNode;
  editor: (item: T) => ReactNode;
}

/**
 * A list edited in place (rooms, lodging rooms): a table of one row per item whose row turns into
 * its edit form while it is being edited.
 */
export function EditableTable<T extends { id: string }>({
  label,
  minWidth,
  columns,
  actionsLabel,
  canManage,
  items,
  editing,
  row,
  editor,
}: Props<T>) {
  return (
    <ScrollTable label={label} minWidth={minWidth}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c} scope="col">
              {c}
            </Table.Th>
          ))}
          {canManage && (
            <Table.Th scope="col">
              <VisuallyHidden component="span">{actionsLabel}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) =>
          editing === item.id ? (
            <Table.Tr key={item.id}>
              <Table.Td colSpan={columns.length + (canManage ? 1 : 0)}>{editor(item)}</Table.Td>
            </Table.Tr>
          ) : (
            <Fragment key={item.id}>{row(item)}</Fragment>
          ),
        )}
      </Table.Tbody>
    </ScrollTable>
  );
}
