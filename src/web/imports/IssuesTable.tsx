/** Every problem an import found, one row each: the line of the file, the column, and why. */
import { Table } from '@mantine/core';
import type { ImportIssueDto } from '../../api/imports.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';

const TEXT = {
  label: 'Problems in the file',
  line: 'Line',
  column: 'Column',
  reason: 'Problem',
  wholeRow: '(whole row)',
};

export function IssuesTable({
  issues,
  label = TEXT.label,
}: {
  issues: readonly ImportIssueDto[];
  label?: string;
}) {
  return (
    <ScrollTable label={label} minWidth={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{TEXT.line}</Table.Th>
          <Table.Th scope="col">{TEXT.column}</Table.Th>
          <Table.Th scope="col">{TEXT.reason}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((i) => (
          <Table.Tr key={`${i.line}:${i.column}:${i.message}`}>
            <Table.Td>{i.line}</Table.Td>
            <Table.Td>{i.column ?? TEXT.wholeRow}</Table.Td>
            <Table.Td>{i.message}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
